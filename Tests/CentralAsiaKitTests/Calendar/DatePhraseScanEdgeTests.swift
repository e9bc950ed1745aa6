import CentralAsiaKit
import Testing

/// The edges of a scan: leads whose next words are missing or only look alike, phrases and words cut by the
/// ends of the searched range, and Russian leads in capitals.
@Suite struct DatePhraseScanEdgeTests {
    static let pageDay = PartialDate(year: 2025, month: 1, day: 21)

    /// A text, the part searched (from the end of `before` to the end of `through`, both prefixes of the text),
    /// and the phrases found there, each as `text = value` and its qualifier, if any.
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let before: String
        let through: String
        let found: [String]
        init(_ text: String, before: String = "", through: String? = nil, _ found: [String]) {
            (self.text, self.before, self.through, self.found) = (text, before, through ?? text, found)
        }
        var range: Range<Int> { before.utf8.count..<through.utf8.count }
        var testDescription: String { "\(text) [\(range)]" }
    }

    /// The phrases found in a case's range.
    static func phrases(in form: Case) -> [String] {
        let phrases = DatePhraseParser().find(inUTF8: Array(form.text.utf8), range: form.range, reference: pageDay)
        return phrases.map { phrase in
            "\(phrase.text) = \(phrase.value)" + (phrase.qualifier.map { " (\($0))" } ?? "")
        }
    }

    static let leads: [Case] = [
        Case("by the end of 2025", ["by the end of 2025 = 2025 (byEndOf)"]),
        Case("By The End Of March 2024", ["By The End Of March 2024 = 2024-03 (byEndOf)"]),
        Case("by the", []),
        Case("at the end of", []),
        Case("in late", []),
        Case("in mid 2024", ["in mid 2024 = 2024 (mid)"]),
        Case("the start of 2024", ["the start of 2024 = 2024 (beginningOf)"]),
        Case("the state of 2024", []),
        Case("at the end of the talks in 2024", ["in 2024 = 2024"]),
        Case("in\u{A0}2024", ["in\u{A0}2024 = 2024"]),
        Case("in2024", []),
    ]

    @Test(arguments: leads)
    func readsLeadsOnlyWithAllTheirWords(_ form: Case) {
        #expect(Self.phrases(in: form) == form.found)
    }

    static let cuts: [Case] = [
        Case("Talks on 21 January 2025 ended.", through: "Talks on 21 January", ["on 21 January = 2025-01-21"]),
        Case("Talks on 21 January 2025 ended.", through: "Talks on 21 January 20", ["on 21 January = 2025-01-21"]),
        Case("Talks on 21 January 2025 ended.", through: "Talks on 21 Janu", []),
        Case("Talks on 21 January 2025 ended.", through: "Talks o", []),
        Case("He met them on 5 Decembers ago.", through: "He met them on 5 December", ["on 5 December = 2024-12-05"]),
        Case("by the end of 2025", through: "by the en", []),
        Case("by the end of 2025", before: "by the end ", []),
        Case("by the end of 2025", before: "by ", ["the end of 2025 = 2025 (endOf)"]),
        Case("within 2024", before: "with", ["in 2024 = 2024"]),
        Case("within 2024", before: "wi", []),
    ]

    @Test(arguments: cuts)
    func readsOnlyTheSearchedRange(_ form: Case) {
        #expect(Self.phrases(in: form) == form.found)
    }

    static let russianLeads: [Case] = [
        Case("В ТЕЧЕНИЕ 2024 ГОДА", ["В ТЕЧЕНИЕ 2024 ГОДА = 2024"]),
        Case("НАЧИНАЯ С 2020 ГОДА", ["НАЧИНАЯ С 2020 ГОДА = 2020 (since)"]),
        Case("за весь 2023 год", ["за весь 2023 год = 2023"]),
        Case("до конца 2025 года", ["до конца 2025 года = 2025 (byEndOf)"]),
        Case("в конце", []),
        Case("в Казахстане", []),
        Case("в конференции 2024 года", ["2024 года = 2024"]),
        Case("Ёлка в конце декабря", ["в конце декабря = 2024-12 (endOf)"]),
    ]

    @Test(arguments: russianLeads)
    func readsRussianLeadsInAnyCase(_ form: Case) {
        #expect(Self.phrases(in: form) == form.found)
    }
}
