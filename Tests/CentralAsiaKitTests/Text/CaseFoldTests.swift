import Testing

@testable import CentralAsiaKit

/// Texts compared whatever their case, as the partnership reader compares titles and topics: the answer
/// `lowercased() ==` gives, without lower-cased copies of ASCII text.
@Suite struct CaseFoldTests {
    @Test(
        arguments: [
            ("Memorandum on Energy", "memorandum ON energy", true),
            ("Agreement on Trade", "Agreement on Trade", true),
            ("Agreement on Trade", "Agreement on Trades", false),
            ("Agreement on Trade", "Agreement in Trade", false),
            ("", "", true),
            ("[Annex]", "[ANNEX]", true),
            ("[Annex]", "{annex}", false),
            ("Şuşa Declaration", "şuşa declaration", true),
            ("ДОГОВОР о дружбе", "договор О ДРУЖБЕ", true),
            ("Договор", "Договоры", false),
            ("\u{212A}ey Terms", "key terms", true),
            ("Key Terms", "\u{212A}ey terms", true),
            ("Caf\u{E9}", "CAFE\u{301}", true),
        ])
    func answersAsLowercasedDoes(_ left: String, _ right: String, _ equal: Bool) {
        #expect(left.equalsIgnoringCase(right) == equal)
        #expect((left.lowercased() == right.lowercased()) == equal)
    }

    @Test(
        arguments: [
            (nil, nil, true), ("Energy", nil, false), (nil, "Energy", false), ("Energy", "ENERGY", true),
            ("Energy", "Transport", false),
        ] as [(String?, String?, Bool)])
    func comparesOptionalTexts(_ left: String?, _ right: String?, _ equal: Bool) {
        #expect(left.equalsIgnoringCase(right) == equal)
    }
}
