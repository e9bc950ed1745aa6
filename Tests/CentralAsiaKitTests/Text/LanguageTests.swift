import Foundation
import Testing

@testable import CentralAsiaKit

/// A text's language found by itself, one text per case (written for these tests), and the code's JSON.
@Suite struct LanguageTests {
    @Test(arguments: [
        ("Tokayev arrived in Moscow on a state visit.", Language.english),
        ("Токаев прибыл в Москву с государственным визитом.", .russian),
        ("ТОКАЕВ ПРИБЫЛ В МОСКВУ", .russian),
        ("Путин встретился с Дональдом Трампом (Donald Trump) и Xi Jinping в Анкоридже.", .russian),
        ("The Kazakh daily «Егемен Қазақстан» wrote that Tokayev met Mirziyoyev in Tashkent.", .english),
        ("Visit: визит и поездка в Ташкент", .russian),
        ("Summit: the саммит of the ШОС", .english),
        ("12.11.2025 — 14:30", .english),
        ("", .english),
    ])
    func detectsTheLanguageOfAText(text: String, expected: Language) {
        #expect(Language.detect(in: text) == expected)
    }

    /// Where the Cyrillic letter falls decides which part of the scan finds it: in an ASCII word of eight
    /// bytes, across two, in the tail after the last whole word, or nowhere among other non-ASCII letters.
    @Test(arguments: [
        ("abcdefgЖ", true), ("abcdefgЖxyz", true), ("abcdefghЖ", true), ("Жabc", true), ("abcdefghijЖ", true),
        ("Café «Astana» — Ağa Xan", false), ("abcdefghijklmnop", false), ("", false),
    ])
    func findsACyrillicLetter(text: String, found: Bool) {
        var text = text
        #expect(text.withUTF8(Language.containsCyrillic) == found)
    }

    @Test(arguments: [
        ("en", true), ("ru", true), ("kk", true), ("EN", false), ("eng", false), ("", false), ("r1", false),
    ])
    func validatesACode(code: String, valid: Bool) {
        #expect((Language(rawValue: code) != nil) == valid)
    }

    @Test func encodesAsItsCode() throws {
        let data = try JSONEncoder().encode([Language.english, .russian])
        #expect(String(decoding: data, as: UTF8.self) == #"["en","ru"]"#)
        #expect(try JSONDecoder().decode([Language].self, from: data) == [.english, .russian])
    }

    @Test func rejectsABadCodeWhenDecoding() {
        #expect {
            try JSONDecoder().decode([Language].self, from: Data(#"["RU"]"#.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription == #"invalid language code "RU" (expected two lower-case letters)"#
        }
    }

    @Test func describesItselfByItsCode() {
        #expect(Language.russian.description == "ru")
        #expect(Language(rawValue: "kk")?.description == "kk")
    }
}
