import CentralAsiaKit
import Testing

/// Agreement frames read from context, one text per case, written for these tests: documents counted with or
/// without a number and what became of them, names in a hyphenated pair, parties meant and not named (the two
/// sides, a meeting of an organisation, "our" relations), titles that hold a name or joined words, and texts
/// that give none.
@Suite struct AgreementFrameTests {
    static let reference = PartialDate(year: 2025, month: 1, day: 21)

    /// The partnerships of a text, described, with their counts of documents.
    static func read(_ text: String) -> [String] {
        DiplomacyExtractor.standard.extract(from: text, reference: reference).partnerships.map {
            $0.description + ($0.documentCount.map { " ×\($0)" } ?? "")
        }
    }

    /// Documents counted, with a number or as a batch, and the status their verb's form gives.
    @Test(arguments: [
        (
            "Kyrgyzstan and Tajikistan are expected to sign several intergovernmental and interagency agreements.",
            ["agreement KG–TJ (planned)"]
        ),
        (
            "An extensive package of intergovernmental, interdepartmental and commercial documents was signed by Kazakhstan and Azerbaijan.",
            ["agreement KZ–AZ (signed)"]
        ),
        (
            "Tajikistan and Uzbekistan will adopt 12 resolutions and two statements.",
            ["agreement TJ–UZ (planned) ×12", "jointStatement TJ–UZ (planned) ×2"]
        ),
        (
            "Eight agreements between Kazakhstan and China are to be signed in June.",
            ["agreement KZ–CN (planned, 2025-06) ×8"]
        ),
        ("Turkmenistan and Iran approved a set of declarations.", ["declaration TM–IR (adopted)"]),
        ("Agreements on transit were signed by Kazakhstan and Turkmenistan.", ["agreement KZ–TM (signed)"]),
    ])
    func readsDocumentsCounted(text: String, expected: [String]) {
        #expect(Self.read(text) == expected)
    }

    /// Parties meant and not named: both names of a hyphenated pair, the text's two sides, the organisation
    /// that met, "our" relations between the two sides.
    @Test(arguments: [
        (
            "A Kyrgyz-Tajik agreement on water use was signed on Monday.",
            ["agreement KG–TJ \"agreement on water use\" (signed)"]
        ),
        (
            "A Kyrgyz-Tajik agreement on water use was due to be signed the same day.",
            ["agreement KG–TJ \"agreement on water use\" (planned, 2025-01-21)"]
        ),
        (
            "Kazakhstan and Uzbekistan held talks in Tashkent. The two sides were about to sign a treaty on good neighbourliness.",
            ["treaty KZ–UZ \"treaty on good neighbourliness\" (planned)"]
        ),
        (
            "Kazakhstan hosted a meeting of the Shanghai Cooperation Organisation. The summit is expected to adopt the Astana Declaration.",
            ["declaration CN–KZ–KG–RU–TJ–UZ–IN–PK–IR–BY \"Astana Declaration\" (planned)"]
        ),
        (
            "Russia and Kazakhstan held talks in Moscow. Putin said the talks would consolidate our allied relations.",
            ["alliance RU–KZ (discussed)"]
        ),
        (
            "Turkish and Kazakh officials said the Turkish-Kazakh strategic partnership would be reaffirmed.",
            ["strategicPartnership TR–KZ (discussed)"]
        ),
        (
            "Kazakhstan and Turkey value the strategic partnership that has been attained.",
            ["strategicPartnership KZ–TR (discussed)"]
        ),
        (
            "The United States, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan issue this Joint Declaration at the C5+1 meeting.",
            ["declaration US–KZ–KG–TJ–TM–UZ \"Joint Declaration\" (adopted)"]
        ),
        (
            "Kazakhstan hosted the summit of the Shanghai Cooperation Organisation. The summit, held under the motto \"Shared Dialogue\", is expected to adopt the Astana Declaration.",
            ["declaration CN–KZ–KG–RU–TJ–UZ–IN–PK–IR–BY \"Astana Declaration\" (planned)"]
        ),
        (
            "Kazakhstan and China signed an agreement on trade at the SCO summit.",
            ["agreement KZ–CN \"agreement on trade\" (signed)"]
        ),
    ])
    func readsPartiesFromContext(text: String, expected: [String]) {
        #expect(Self.read(text) == expected)
    }

    /// Titles that hold a name with its marks, or capitalised words joined by "and".
    @Test(arguments: [
        (
            "Kazakhstan and the United States issued a Joint Statement on the C5+1 Summit.",
            ["jointStatement KZ–US \"Joint Statement on the C5+1 Summit\" (adopted)"]
        ),
        (
            "Kyrgyzstan and Japan signed a Joint Declaration of Friendship and Cooperation.",
            ["declaration KG–JP \"Joint Declaration of Friendship and Cooperation\" (signed)"]
        ),
    ])
    func readsATitle(text: String, expected: [String]) {
        #expect(Self.read(text) == expected)
    }

    /// A dialogue raised to a higher one is the same dialogue, elevated; the level inside its title is no
    /// level of its own.
    @Test func readsADialogueElevated() {
        #expect(
            Self.read(
                "Kazakhstan and Japan held the Strategic Partnership Dialogue in Tokyo. Both sides agreed to elevate it to an Enhanced Strategic Partnership Dialogue."
            ) == ["dialogue KZ–JP \"Strategic Partnership Dialogue\" (elevated)"])
    }

    /// A document a headline names, with no date told, is dated on the page's day; one dated in the text keeps
    /// its date, and a level stays undated.
    @Test(arguments: [
        (
            "Kazakhstan and China Sign Trade Agreement\nThe ministers met in Beijing.",
            ["agreement KZ–CN \"Trade Agreement\" (signed, 2025-01-21)"]
        ),
        (
            "Kazakhstan and China Sign Trade Agreement\nOn January 19, Kazakhstan and China signed the Trade Agreement.",
            ["agreement KZ–CN \"Trade Agreement\" (signed, 2025-01-19)"]
        ),
        (
            "Kazakhstan and China Reaffirm Strategic Partnership\nThe ministers met in Beijing.",
            ["strategicPartnership KZ–CN (discussed)"]
        ),
    ])
    func datesAHeadlineDocument(text: String, expected: [String]) {
        #expect(Self.read(text) == expected)
    }

    /// Every item of a long list split by ";" takes the verb said before the list.
    @Test func readsEveryItemOfALongList() {
        let text =
            "Kazakhstan and Kyrgyzstan signed a memorandum on energy in the border regions; a memorandum on the "
            + "joint upkeep of the mountain roads and passes; a memorandum on the training of customs officers "
            + "and border guards; a memorandum on veterinary checks at the crossings of the shared border; a "
            + "memorandum establishing a council of regional governors."
        #expect(Self.read(text).map { $0.hasSuffix("(signed)") } == Array(repeating: true, count: 5))
    }

    @Test(arguments: [
        "The Collective Security Treaty Organization met in Moscow.",
        "Kazakhstan signed a memorandum between its ministry of energy and a private company.",
        "Kazakhstan and Uzbekistan prepared several documents.",
        "Kazakhstan and Uzbekistan held talks. The two sides praised the Treaty on Eternal Friendship.",
        "The minister said our strategic partnership grows.",
        "The SCO Initiative on World Unity was praised by Kazakhstan and China.",
        "The two sides signed several documents.",
    ])
    func readsNoAgreement(text: String) {
        #expect(Self.read(text).isEmpty)
    }
}

/// An article is read by its anchored sentences: a plural document noun that opens its sentence anchors it,
/// so the article reads what its whole text reads.
@Suite struct AgreementAnchorTests {
    @Test(arguments: [
        (
            [
                "The SCO summit took place in Astana.",
                "Declarations of the SCO Heads of State Council on water were adopted.",
            ],
            ["declaration CN–KZ–KG–RU–TJ–UZ–IN–PK–IR–BY (adopted)"]
        ),
        (
            ["Transit was on the agenda.", "Agreements on transit were signed by Kazakhstan and Turkmenistan."],
            ["agreement KZ–TM (signed)"]
        ),
    ])
    func readsAnArticleAsItsWholeText(paragraphs: [String], expected: [String]) {
        let article = NewsArticle(title: "Summit", paragraphs: paragraphs)
        let anchored = DiplomacyExtractor.standard.extract(
            from: article, position: 1, reference: AgreementFrameTests.reference)
        #expect(anchored.partnerships.map(\.description) == expected)
    }
}
