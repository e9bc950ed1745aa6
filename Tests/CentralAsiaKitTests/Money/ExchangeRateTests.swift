import CentralAsiaKit
import Foundation
import Testing

@Suite struct ExchangeRateTests {
    private func rate(
        _ base: CurrencyCode, _ quote: CurrencyCode, _ text: String, date: String? = nil
    ) throws
        -> ExchangeRate
    {
        ExchangeRate(base: base, quote: quote, quoted: try quoted(text), date: date.flatMap { PartialDate($0) })
    }

    @Test func derivesBoundsFromTheQuotedPrecision() throws {
        let uzs = try rate(.uzs, .usd, "0.00008")
        #expect(uzs.bounds == (try decimal("0.000075"))...(try decimal("0.000085")))
        #expect(uzs.relativeUncertainty == Decimal(string: "0.125"))
        #expect(try rate(.kzt, .usd, "0").bounds == 0...(try decimal("0.5")))
    }

    @Test func invertsExactlyWithReciprocalBounds() throws {
        let uzs = try rate(.uzs, .usd, "0.00008", date: "2025-01-21")
        let inverse = try #require(uzs.inverted())
        #expect(inverse.base == .usd)
        #expect(inverse.quote == .uzs)
        #expect(inverse.rate == 12500)
        #expect(inverse.quoted.text == "12500")
        #expect(inverse.date == uzs.date)
        #expect(inverse.bounds == (1 / (try decimal("0.000085")))...(1 / (try decimal("0.000075"))))
        #expect(inverse.derivedBounds == inverse.bounds)
        #expect(
            try TickerTests.sortedJSON(inverse)
                == #"{"base":"USD","date":"2025-01-21","high":"13333.33333333333333333333333333333333","#
                + #""low":"11764.70588235294117647058823529411764","quote":"UZS","rate":"12500"}"#)
    }

    @Test func refusesToInvertAZeroRate() throws {
        #expect(try rate(.kzt, .usd, "0").inverted() == nil)
        #expect(try rate(.kzt, .usd, "0.00000").inverted() == nil)
    }

    @Test func invertingTwiceGivesTheRateBack() throws {
        let kzt = try rate(.kzt, .usd, "0.00191")
        let once = try #require(kzt.inverted())
        let twice = try #require(once.inverted())
        #expect(twice.base == .kzt)
        #expect(try abs(twice.rate - kzt.rate) < decimal("0.000000000000000000000000000001"))
    }

    @Test func keepsTheTickerJSONShape() throws {
        let quote = ExchangeRate(
            base: .tmt, quote: .usd, quoted: try quoted("0.28571"), changePercent: try quoted("-0.14"))
        #expect(
            try TickerTests.sortedJSON(quote)
                == #"{"base":"TMT","changePercent":"-0.14","quote":"USD","rate":"0.28571"}"#)
    }

    @Test func roundTripsQuotedAndDerivedRates() throws {
        let quoted = ExchangeRate(
            base: .kgs, quote: .usd, quoted: try quoted("0.01144"), date: PartialDate("2025-01-21"), source: "NBKR",
            changePercent: try quoted("0"))
        for sample in [quoted, try #require(quoted.inverted())] {
            #expect(try JSONDecoder().decode(ExchangeRate.self, from: JSONEncoder().encode(sample)) == sample)
        }
    }

    @Test func rejectsHalfOrReversedBounds() {
        for json in [
            #"{"base":"USD","quote":"UZS","rate":"12500","low":"11000"}"#,
            #"{"base":"USD","quote":"UZS","rate":"12500","low":"13000","high":"12000"}"#,
        ] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(ExchangeRate.self, from: Data(json.utf8)) }
        }
    }
}
