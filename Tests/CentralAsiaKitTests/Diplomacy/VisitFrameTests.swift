import Testing

@testable import CentralAsiaKit

/// Visit frames, one text per case, written for these tests: a journey cue puts its subject at the place
/// after it, a presence cue puts everyone its clause names at its place (or the paragraph's, the last
/// event's, the dateline's); hosts, calls, invitations, conditions and denials give nothing. The page's date
/// is Tuesday, 21 January 2025.
@Suite struct VisitFrameTests {
    static let reference = PartialDate(year: 2025, month: 1, day: 21)

    /// The visits of a text, described.
    static func visits(_ text: String) -> [String] {
        TravelExtractor().extract(from: text, reference: reference).visits.map(\.description)
    }

    @Test(arguments: [
        (
            "Foreign Minister Bakhtiyor Saidov traveled to Brussels for talks on Monday.",
            ["Bakhtiyor Saidov → Brussels, BE (unspecified, completed, 2025-01-20)"]
        ),
        ("Emomali Rahmon left for Baku on Monday.", ["Emomali Rahmon → Baku, AZ (unspecified, completed, 2025-01-20)"]),
        ("Serdar Berdimuhamedov arrived in Minsk.", ["Serdar Berdimuhamedov → Minsk, BY (unspecified, completed)"]),
        ("Putin is expected in Astana next month.", ["Vladimir Putin → Astana, KZ (unspecified, planned, 2025-02)"]),
        (
            "President Sadyr Japarov will make his first trip abroad next week, heading to Ankara.",
            ["Sadyr Japarov → Ankara, TR (unspecified, planned, 2025-01-27/2025-02-02)"]
        ),
        (
            "Ilham Aliyev and Recep Tayyip Erdogan led their delegations to Ashgabat for the forum of Turkic states.",
            [
                "Ilham Aliyev → Ashgabat, TM (multilateral, completed)",
                "Recep Tayyip Erdoğan → Ashgabat, TM (multilateral, completed)",
            ]
        ),
        (
            "Mirziyoyev is currently in the Chinese capital on a state visit.",
            ["Shavkat Mirziyoyev → Beijing, CN (state, ongoing, 2025-01-21)"]
        ),
    ])
    func readsAJourney(text: String, expected: [String]) {
        #expect(Self.visits(text) == expected)
    }

    @Test(arguments: [
        (
            "Secretary of State Antony Blinken met Uzbek President Shavkat Mirziyoyev in Tashkent today.",
            ["Antony Blinken → Tashkent, UZ (unspecified, completed, 2025-01-21)"]
        ),
        (
            "The summit in Astana brought together Xi Jinping, Vladimir Putin and their host, Kassym-Jomart Tokayev.",
            [
                "Xi Jinping → Astana, KZ (multilateral, completed)",
                "Vladimir Putin → Astana, KZ (multilateral, completed)",
            ]
        ),
        (
            "Talks in the Kremlin ended with a joint statement by Putin and Tokayev.",
            ["Kassym-Jomart Tokayev → Moscow, RU (unspecified, completed)"]
        ),
        (
            "Putin met Tokayev in Moscow, while Mirziyoyev stayed in Tashkent.",
            ["Kassym-Jomart Tokayev → Moscow, RU (unspecified, completed)"]
        ),
        (
            "SAMARKAND, January 20 — Tokayev and Japarov took part in the summit of Turkic states.",
            [
                "Kassym-Jomart Tokayev → Samarkand, UZ (multilateral, completed, 2025-01-20)",
                "Sadyr Japarov → Samarkand, UZ (multilateral, completed, 2025-01-20)",
            ]
        ),
        (
            "January 20, 2025, Minsk\nVladimir Putin held talks with Serdar Berdimuhamedov.",
            [
                "Vladimir Putin → Minsk, BY (unspecified, completed, 2025-01-20)",
                "Serdar Berdimuhamedov → Minsk, BY (unspecified, completed, 2025-01-20)",
            ]
        ),
        (
            "BISHKEK, January 21 — Japarov met Tokayev on Monday.",
            ["Kassym-Jomart Tokayev → Bishkek, KG (unspecified, completed, 2025-01-20)"]
        ),
    ])
    func readsAPresence(text: String, expected: [String]) {
        #expect(Self.visits(text) == expected)
    }

    @Test(arguments: [
        (
            "Rahmon wrapped up his three-day visit to Tokyo on Friday.",
            ["Emomali Rahmon → Tokyo, JP (unspecified, completed, 2025-01-17)"]
        ),
        (
            "Tokayev's visit to Baku last week produced a new energy deal.",
            ["Kassym-Jomart Tokayev → Baku, AZ (unspecified, completed, 2025-01-13/2025-01-19)"]
        ),
        (
            "Putin’s state visit to Astana next month will open a new chapter.",
            ["Vladimir Putin → Astana, KZ (state, planned, 2025-02)"]
        ),
        (
            "Japarov, who is paying a state visit to Uzbekistan, laid a wreath in Tashkent.",
            ["Sadyr Japarov → Tashkent, UZ (state, ongoing)"]
        ),
        (
            "Aliyev arrived in Kazakhstan's capital on Monday.",
            ["Ilham Aliyev → Astana, KZ (unspecified, completed, 2025-01-20)"]
        ),
    ])
    func readsAVisitByItsNoun(text: String, expected: [String]) {
        #expect(Self.visits(text) == expected)
    }

    @Test(arguments: [
        "Tokayev spoke by phone with Putin on Monday.",
        "Mirziyoyev met students in Tashkent.",
        "Japarov invited Rahmon to attend the summit in Bishkek.",
        "If Putin travels to Astana, he will meet Tokayev.",
        "Rahmon did not travel to Moscow.",
        "Xi Jinping traveled across the Kazakh steppe by train.",
        "ASTANA, January 21 — Aliyev attended a ceremony in Springfieldia.",
        "Has Putin met Tokayev in Moscow?",
        "Tokayev received Ambassador Daniel Rosenblum in Astana.",
    ])
    func readsNoVisit(text: String) {
        #expect(Self.visits(text).isEmpty)
    }

    /// A place named in one paragraph is not the place of the next one's meeting.
    @Test func aPlaceStaysInItsParagraph() {
        #expect(
            Self.visits("Putin met Tokayev in Moscow.\nMirziyoyev met Xi Jinping.")
                == ["Kassym-Jomart Tokayev → Moscow, RU (unspecified, completed)"])
    }

    /// A meeting at a summit is at the summit's place, even after another place was named.
    @Test func aSummitKeepsItsPlace() {
        #expect(
            Self.visits(
                "ASTANA, July 4 — Tokayev opened the summit of the SCO.\nGuterres toured a plaza in Almaty.\nPutin is also taking part in the summit."
            ) == ["Vladimir Putin → Astana, KZ (multilateral, ongoing, 2024-07-04)"])
    }

    /// Every word of the English frame phrases is in the tokenizer's vocabulary: a word missing from it
    /// would never match.
    @Test func everyFrameWordIsInTheVocabulary() {
        let missing = VisitFramePhrases.english.words.filter { ProseText.id(of: $0) < 0 }
        #expect(missing.isEmpty, "not in the vocabulary: \(missing.sorted())")
    }

    /// The English relative date words, compiled to vocabulary indices: each word's weekday, day offset, step
    /// and unit, `nil` where it has none.
    @Test(
        arguments: [
            ("sunday", 0, nil, nil, nil), ("friday", 5, nil, nil, nil), ("yesterday", nil, -1, nil, nil),
            ("tomorrow", nil, 1, nil, nil), ("last", nil, nil, -1, nil), ("coming", nil, nil, 1, nil),
            ("month", nil, nil, nil, PartialDate.Precision.month), ("week", nil, nil, nil, .day),
            ("visit", nil, nil, nil, nil),
        ] as [(String, Int?, Int?, Int?, PartialDate.Precision?)])
    func compilesRelativeDateWords(
        word: String, weekday: Int?, days: Int?, step: Int?, unit: PartialDate.Precision?
    ) {
        let id = ProseText.id(of: word)
        let table = RelativeDateTable.english
        #expect(table.weekday(id) == weekday)
        #expect(table.dayOffset(id) == days)
        #expect(table.step(id) == step)
        #expect(table.unit(id) == unit)
    }

    /// A word that is no token's (-1) or no word's (-2) has no relative date.
    @Test(arguments: [Int32(-1), -2])
    func readsNoRelativeDateOfAnUnknownWord(id: Int32) {
        let table = RelativeDateTable.english
        #expect(table.weekday(id) == nil && table.dayOffset(id) == nil && table.step(id) == nil)
        #expect(table.unit(id) == nil)
    }
}
