import CentralAsiaKit
import Testing

/// Agreement and level patterns, one sentence per case, written for these tests: formats named with
/// qualifiers, levels joined by "and", levels reaffirmed or furthered, lists split by ";", instruments of an
/// organisation and its members, and texts that give none.
@Suite struct AgreementPatternTests {
    static let reference = PartialDate(year: 2025, month: 1, day: 21)

    /// The partnerships of a sentence, described.
    static func partnerships(_ text: String) -> [String] {
        DiplomacyExtractor.standard.extract(from: text, reference: reference).partnerships.map(\.description)
    }

    @Test(arguments: [
        (
            "The ministers praised the C5+1 regional diplomatic platform.",
            ["format US–KZ–KG–TJ–TM–UZ \"C5+1\" (discussed)"]
        ),
        (
            "Japarov and Mirziyoyev reaffirmed the strategic partnership and alliance between Kyrgyzstan and Uzbekistan.",
            ["strategicPartnership KG–UZ (discussed)", "alliance KG–UZ (discussed)"]
        ),
        (
            "The talks will further strengthen the strategic partnership between Kazakhstan and China.",
            ["strategicPartnership KZ–CN (discussed)"]
        ),
        ("Kazakhstan and Azerbaijan are strategic partners.", ["strategicPartnership KZ–AZ (existing)"]),
        (
            "Tokayev and Aliyev signed a memorandum on energy; a memorandum on transport; and an agreement on customs.",
            [
                "memorandum KZ–AZ \"memorandum on energy\" (signed)",
                "memorandum KZ–AZ \"memorandum on transport\" (signed)",
                "agreement KZ–AZ \"agreement on customs\" (signed)",
            ]
        ),
        (
            "Belarus and the SCO signed a resolution on the admission of Belarus.",
            ["agreement CN–KZ–KG–RU–TJ–UZ–IN–PK–IR–BY \"resolution on the admission of Belarus\" (signed)"]
        ),
        (
            "Uzbekistan and the United States signed a Critical Minerals MOU in Tashkent.",
            ["memorandum UZ–US \"Critical Minerals MOU\" (signed)"]
        ),
        ("Kazakhstan and the EU signed a partnership agreement in Brussels.", ["agreement KZ–EU (signed)"]),
    ])
    func readsAnAgreementPattern(text: String, expected: [String]) {
        #expect(Self.partnerships(text) == expected)
    }

    /// A count of documents signed in any voice, with qualifiers between the count and the noun.
    @Test(arguments: [
        (
            "A package of 15 documents was inked after the talks between Tokayev and Mirziyoyev.",
            "agreement KZ–UZ (signed)", 15
        ),
        ("Kazakhstan and Uzbekistan concluded 12 agreements.", "agreement KZ–UZ (signed)", 12),
        ("Tokayev and Xi signed 41 bilateral documents.", "agreement KZ–CN (signed)", 41),
    ])
    func readsACountOfDocuments(text: String, expected: String, count: Int) {
        let found = DiplomacyExtractor.standard.extract(from: text, reference: Self.reference).partnerships
        #expect(found.map(\.description) == [expected])
        #expect(found.map(\.documentCount) == [count])
    }

    /// An instrument named again in passing is the one already read of its kind and parties.
    @Test func anInstrumentNamedAgainIsOne() {
        #expect(
            Self.partnerships(
                "Kazakhstan and the United States held the Strategic Partnership Dialogue in Astana. The Dialogue between Kazakhstan and the United States covers trade."
            ) == ["dialogue KZ–US \"Strategic Partnership Dialogue\" (existing)"])
    }

    @Test(arguments: [
        "Kazakhstan unveiled a national strategy for water.",
        "Kazakhstan values its strategic partnership.",
        "Kyrgyzstan and Uzbekistan do not have a strategic partnership.",
    ])
    func readsNoAgreement(text: String) {
        #expect(Self.partnerships(text).isEmpty)
    }
}
