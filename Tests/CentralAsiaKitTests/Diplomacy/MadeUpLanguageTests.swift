import Testing

@testable import CentralAsiaKit

/// The frame engine reads any language value: a small made-up language ("zz"), whose few phrases are given
/// new roles, is read by the same engine as English and Russian. Its words are taken from the tokenizer's
/// vocabulary, which is compiled from ``VisitFramePhrases/all``: a language of the package is added there.
@Suite struct MadeUpLanguageTests {
    /// "zz": "arrived" is a plan (it is a future form in zz), its place comes after "at" only, "met" puts
    /// everyone at the place after "at", "phone" rules a sentence out, and "summit" is an event.
    static let zz = VisitFramePhrases(
        language: Language(rawValue: "zz") ?? .english,
        cues: [
            .init(words: ["arrived"], role: .journey, status: .planned),
            .init(words: ["met"], role: .presence, status: .completed),
            .init(words: ["visited"], role: .journey, status: .completed, placeFollows: true),
        ],
        destinationMarkers: ["at"], placeMarkers: ["at"], planWords: [], cancelWords: ["postponed"],
        blockerWords: ["phone"], eventWords: ["summit"], residentTitles: [], capitalWords: [], cityWords: [],
        clauseBreakers: [], pronouns: [], possessiveMarks: [], possessiveEnding: nil, landmarks: [], todayWords: [],
        arrivalWords: [], visitNouns: ["visit"], kinds: [(["private"], .state)], visitMarkers: ["to"],
        conditionWords: [], listJoiners: ["and"], articles: [], cityLink: nil, participleEnding: nil,
        subjectMayFollow: false, placeMayPrecede: false, placeReferences: [], absenceMarkers: [],
        relativePronouns: [])

    /// The visits of a text read with ``zz``.
    static func visits(_ text: String) -> [String] {
        let extractor = TravelExtractor().reading(with: VisitFrameTable(zz))
        let prose = ProseText(text, finder: .standard)
        return extractor.extractInOwnLanguage(prose, reference: nil).visits.map(\.description)
    }

    @Test(arguments: [
        ("Tokayev arrived at Moscow.", ["Kassym-Jomart Tokayev → Moscow, RU (unspecified, planned)"]),
        ("Tokayev arrived in Moscow.", []),
        (
            "Tokayev visited Tashkent and Bishkek.",
            [
                "Kassym-Jomart Tokayev → Tashkent, UZ (unspecified, completed)",
                "Kassym-Jomart Tokayev → Bishkek, KG (unspecified, completed)",
            ]
        ),
        ("Putin met Tokayev at Astana on a private visit.", ["Vladimir Putin → Astana, KZ (state, completed)"]),
        ("Putin met Tokayev at the summit at Astana.", ["Vladimir Putin → Astana, KZ (multilateral, completed)"]),
        ("Putin met Tokayev at Astana by phone.", []),
        ("Postponed: Tokayev arrived at Moscow.", ["Kassym-Jomart Tokayev → Moscow, RU (unspecified, cancelled)"]),
    ])
    func readsAMadeUpLanguage(text: String, expected: [String]) {
        #expect(Self.visits(text) == expected)
    }

    /// A word the vocabulary lacks is found: a language of the package must be in ``VisitFramePhrases/all``.
    @Test func findsAWordTheVocabularyLacks() {
        let missing = Self.zz.words.union(["zzvisit"]).filter { ProseText.id(of: $0) < 0 }
        #expect(missing == ["zzvisit"])
    }
}
