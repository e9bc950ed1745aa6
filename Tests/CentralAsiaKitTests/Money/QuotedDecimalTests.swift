import Foundation
import Testing

@testable import CentralAsiaKit

@Suite struct QuotedDecimalTests {
    /// Quoted texts, the text kept, the exact value (as a plain decimal) and whether a minus sign was quoted.
    static let readable: [(text: String, kept: String, value: String, isNegative: Bool)] = [
        ("0.00191", "0.00191", "0.00191", false),
        ("-0.14", "-0.14", "-0.14", true),
        ("-0", "-0", "0", true),
        ("+1.50", "1.50", "1.5", false),
        ("12", "12", "12", false),
        ("1234567890123456789", "1234567890123456789", "1234567890123456789", false),
        ("12345678901234567890.5", "12345678901234567890.5", "12345678901234567890.5", false),
    ]

    @Test(arguments: readable)
    func readsAQuotedDecimal(text: String, kept: String, value: String, isNegative: Bool) throws {
        let quote = try #require(QuotedDecimal(text))
        #expect(quote.text == kept)
        #expect(QuotedDecimal.plainText(quote.value) == value)
        #expect(quote.isNegative == isNegative)
    }

    /// Texts that are not plain decimals.
    static let unreadable = [
        "", "1,5", "0.0O191", "1e5", ".5", "5.", "+", "-", "1-2", "--1", "+-1", "1.2.3", "٣", "1 ",
    ]

    @Test(arguments: unreadable)
    func rejectsWhatIsNotAPlainDecimal(text: String) {
        #expect(QuotedDecimal(text) == nil)
    }
}
