import CentralAsiaKit
import Foundation
import Testing

@Suite struct TickerTests {
    static func sortedJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func encodesRepetitionsAndQuotes() throws {
        let rate = ExchangeRate(
            base: .kgs, quote: .usd, quoted: try #require(QuotedDecimal("0.01144")),
            changePercent: try quoted("-0"))
        let ticker = Ticker(quotes: [rate], repetitions: 8)
        #expect(
            try Self.sortedJSON(ticker)
                == #"{"quotes":[{"base":"KGS","changePercent":"-0","quote":"USD","rate":"0.01144"}],"repetitions":8}"#)
        let decoded = try JSONDecoder().decode(Ticker.self, from: JSONEncoder().encode(ticker))
        #expect(decoded == ticker)
    }

    @Test func rejectsNegativeRepetitions() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Ticker.self, from: Data(#"{"repetitions":-1,"quotes":[]}"#.utf8))
        }
    }
}
