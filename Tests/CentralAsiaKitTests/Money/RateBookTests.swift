import CentralAsiaKit
import Foundation
import Testing

/// A date that a test requires to parse.
func day(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> PartialDate {
    try #require(PartialDate(text), sourceLocation: sourceLocation)
}

@Suite struct RateBookTests {
    static func rate(
        _ base: CurrencyCode, _ quote: CurrencyCode, _ text: String, on date: String? = nil
    ) throws
        -> ExchangeRate
    {
        ExchangeRate(base: base, quote: quote, quoted: try quoted(text), date: date.flatMap { PartialDate($0) })
    }

    /// The five ticker quotes of 21 January 2025.
    static func tickerBook() throws -> RateBook {
        RateBook([
            try rate(.kgs, .usd, "0.01144", on: "2025-01-21"), try rate(.kzt, .usd, "0.00191", on: "2025-01-21"),
            try rate(.tjs, .usd, "0.09174", on: "2025-01-21"), try rate(.uzs, .usd, "0.00008", on: "2025-01-21"),
            try rate(.tmt, .usd, "0.28571", on: "2025-01-21"),
        ])
    }

    private func money(_ text: String, _ currency: CurrencyCode) throws -> Money {
        Money(amount: try decimal(text), currency: currency)
    }

    @Test func convertsDirectlyWithBoundsFromTheQuotedPrecision() throws {
        let result = try Self.tickerBook().convert(try money("1000000", .uzs), to: .usd)
        #expect(result.value == (try money("80", .usd)))
        #expect(result.low == 75)
        #expect(result.high == 85)
        #expect(result.path == [.uzs, .usd])
        #expect(result.rates == [try Self.rate(.uzs, .usd, "0.00008", on: "2025-01-21")])
        #expect(result.dates == [PartialDate("2025-01-21")].compactMap { $0 })
        #expect(result.isCarriedForward == false)
        #expect(result.description == "1000000 UZS = 80 USD (75…85) via UZS→USD")
        let cross = try Self.tickerBook().convert(Money(amount: 5000, currency: .kzt), to: .kgs)
        #expect(cross.description == "5000 KZT = 834.8 KGS (832.2…837.4) via KZT→USD→KGS")
        #expect(cross.justifiedScale == 1)
    }

    @Test func convertsThroughTheInverseWithReciprocalBounds() throws {
        let result = try Self.tickerBook().convert(try money("80", .usd), to: .uzs)
        #expect(result.value == (try money("1000000", .uzs)))
        #expect(result.low == 80 / (try decimal("0.000085")))
        #expect(result.high == 80 / (try decimal("0.000075")))
        #expect(QuotedDecimal(result.low).text == "941176.4705882352941176470588235294117")
        #expect(QuotedDecimal(result.high).text == "1066666.6666666666666666666666666666666")
        #expect(result.path == [.usd, .uzs])
    }

    @Test func convertsAcrossTheDollarPivot() throws {
        let result = try Self.tickerBook().convert(try money("5000", .kzt), to: .kgs)
        #expect(result.path == [.kzt, .usd, .kgs])
        #expect(result.value.currency == .kgs)
        #expect(result.value.amount == 5000 * (try decimal("0.00191")) / (try decimal("0.01144")))
        #expect(result.low == 5000 * (try decimal("0.001905")) / (try decimal("0.011445")))
        #expect(result.high == 5000 * (try decimal("0.001915")) / (try decimal("0.011435")))
        #expect(QuotedDecimal(result.value.amount).text == "834.7902097902097902097902097902097902")
        #expect(QuotedDecimal(result.low).text == "832.24115334207077326343381389252948885")
        #expect(QuotedDecimal(result.high).text == "837.34149540883253170091823349365981635")
        #expect(result.rates.map(\.base) == [.kzt, .kgs])
    }

    @Test func keepsBoundsOrderedForNegativeAmounts() throws {
        let result = try Self.tickerBook().convert(try money("-1000000", .uzs), to: .usd)
        #expect(result.value.amount == -80)
        #expect(result.bounds == -85 ... -75)
    }

    @Test func prefersTheMostPrecisePath() throws {
        var book = try Self.tickerBook()
        book.add(try Self.rate(.kzt, .kgs, "0.2"))
        let viaDollar = try book.convert(try money("100", .kzt), to: .kgs)
        #expect(viaDollar.path == [.kzt, .usd, .kgs])
        book.add(try Self.rate(.kzt, .kgs, "0.16696"))
        let direct = try book.convert(try money("100", .kzt), to: .kgs)
        #expect(direct.path == [.kzt, .kgs])
        #expect(direct.value == (try money("16.696", .kgs)))
        #expect(direct.bounds == (try decimal("16.6955"))...(try decimal("16.6965")))
    }

    @Test func crossesTwoPivots() throws {
        let book = RateBook([
            try Self.rate(.kzt, .rub, "0.16317"), try Self.rate(.eur, .rub, "100.5"), try Self.rate(.gbp, .eur, "1.2"),
        ])
        let result = try book.convert(try money("1000", .kzt), to: .gbp)
        #expect(result.path == [.kzt, .rub, .eur, .gbp])
        #expect(result.value.amount == 1000 * (try decimal("0.16317")) / (try decimal("100.5")) / (try decimal("1.2")))
    }

    @Test func usesOnlyTheConfiguredPivots() throws {
        let rates = [try Self.rate(.kzt, .rub, "0.16317"), try Self.rate(.kgs, .rub, "1.0945")]
        #expect(try RateBook(rates).convert(try money("1", .kzt), to: .kgs).path == [.kzt, .rub, .kgs])
        #expect(throws: MoneyError.self) { try RateBook(rates, pivots: [.usd]).convert(try money("1", .kzt), to: .kgs) }
    }

    @Test func returnsTheSameAmountForTheSameCurrency() throws {
        let result = try RateBook().convert(try money("12.5", .kzt), to: .kzt)
        #expect(result.value == (try money("12.5", .kzt)))
        #expect(result.path == [.kzt])
        #expect(result.rates.isEmpty)
    }

    static func datedBook() throws -> RateBook {
        RateBook([
            try rate(.uzs, .usd, "0.00008", on: "2025-01-20"), try rate(.uzs, .usd, "0.00007", on: "2025-01-22"),
            try rate(.usd, .uzs, "12950.5", on: "2025-01-18"),
        ])
    }

    @Test func carriesTheLatestEarlierRateForward() throws {
        let result = try Self.datedBook().convert(try money("1000000", .uzs), to: .usd, on: PartialDate("2025-01-21"))
        #expect(result.value.amount == 80)
        #expect(result.dates.map(\.description) == ["2025-01-20"])
        #expect(result.isCarriedForward)
        #expect(result.requestedDate == PartialDate("2025-01-21"))
    }

    @Test func usesTheRateOfTheDayWithoutCarrying() throws {
        let result = try Self.datedBook().convert(try money("1000000", .uzs), to: .usd, on: PartialDate("2025-01-22"))
        #expect(result.value.amount == 70)
        #expect(!result.isCarriedForward)
        let latest = try Self.datedBook().convert(try money("1000000", .uzs), to: .usd)
        #expect(latest.value.amount == 70)
        #expect(!latest.isCarriedForward)
    }

    @Test func usesAnInverseQuoteWhenItIsTheLatest() throws {
        let result = try Self.datedBook().convert(try money("12950.5", .uzs), to: .usd, on: PartialDate("2025-01-19"))
        #expect(result.value.amount == 1)
        #expect(result.rates == [try Self.rate(.usd, .uzs, "12950.5", on: "2025-01-18")])
        #expect(result.isCarriedForward)
    }

    @Test func fallsBackToUndatedRates() throws {
        var book = try Self.datedBook()
        book.add(try Self.rate(.uzs, .usd, "0.00009"))
        let early = try book.convert(try money("1000000", .uzs), to: .usd, on: PartialDate("2025-01-01"))
        #expect(early.value.amount == 90)
        #expect(early.dates == [])
        #expect(!early.isCarriedForward)
        #expect(try book.convert(try money("1000000", .uzs), to: .usd).value.amount == 70)
    }

    @Test func namesWhatIsMissing() throws {
        #expect(
            throws: MoneyError(
                .noRate,
                "no rate from \"KZT\" to \"GBP\" on or before 2025-01-21; rates exist for KGS, KZT, TJS, TMT, USD, UZS")
        ) {
            try Self.tickerBook().convert(try money("1", .kzt), to: .gbp, on: PartialDate("2025-01-21"))
        }
        #expect(
            throws: MoneyError(.noRate, "no rate from \"KZT\" to \"GBP\"; rates exist for KGS, KZT, TJS, TMT, USD, UZS")
        ) {
            try Self.tickerBook().convert(try money("1", .kzt), to: .gbp)
        }
        #expect(
            throws: MoneyError(
                .noRate, "no rate from \"UZS\" to \"USD\" on or before 2025-01-17; rates exist for USD, UZS")
        ) {
            try Self.datedBook().convert(try money("1", .uzs), to: .usd, on: PartialDate("2025-01-17"))
        }
        #expect(throws: MoneyError(.noRate, "no rate from \"KZT\" to \"USD\"; the rate book is empty")) {
            try RateBook().convert(try money("1", .kzt), to: .usd)
        }
    }

    @Test func suggestsACodeForAnUnknownCurrency() throws {
        #expect(throws: MoneyError(.unknownCurrency, "unknown currency code \"KZX\"; did you mean \"KZT\"?")) {
            try Self.tickerBook().convert(Money(amount: 1, currency: "KZX"), to: .usd)
        }
        #expect(throws: MoneyError(.unknownCurrency, "unknown currency code \"QQQ\"")) {
            try Self.tickerBook().convert(Money(amount: 1, currency: .usd), to: "QQQ")
        }
    }

    @Test func acceptsCodesOutsideTheTableWhenTheBookHasThem() throws {
        let book = RateBook([try Self.rate("XCG", .usd, "0.55866")])
        #expect(try book.convert(Money(amount: 100, currency: "XCG"), to: .usd).value.amount == (try decimal("55.866")))
    }

    @Test func listsTheHistoryOfAPairOverASpan() throws {
        let book = try Self.datedBook()
        let all = book.history(of: .uzs, in: .usd)
        #expect(all.map { $0.date?.description ?? "" } == ["2025-01-18", "2025-01-20", "2025-01-22"])
        #expect(all[0].rate == 1 / (try decimal("12950.5")))
        let (start, end) = (try day("2025-01-19"), try day("2025-01-21"))
        let span = try #require(DateSpan(start: start, end: end))
        #expect(book.history(of: .uzs, in: .usd, over: span).map(\.quoted.text) == ["0.00008"])
        #expect(book.history(of: .kzt, in: .usd).isEmpty)
    }

    @Test func measuresTheChangeBetweenTwoDates() throws {
        let change = try Self.datedBook().change(
            of: .uzs, in: .usd, from: try day("2025-01-20"), to: try day("2025-01-23"))
        #expect(change.absolute == (try decimal("-0.00001")))
        #expect(change.percent == -12.5)
        #expect(change.start.quoted.text == "0.00008")
        #expect(change.end.quoted.text == "0.00007")
        #expect(change.description == "UZS/USD 0.00008 → 0.00007 (-0.00001, -12.5%)")
        #expect(
            try TickerTests.sortedJSON(change)
                == #"{"absolute":"-0.00001","base":"UZS","end":{"base":"UZS","date":"2025-01-22","quote":"USD","rate":"0.00007"},"#
                + #""percent":"-12.5","quote":"USD","start":{"base":"UZS","date":"2025-01-20","quote":"USD","rate":"0.00008"}}"#
        )
        #expect(try JSONDecoder().decode(RateChange.self, from: JSONEncoder().encode(change)) == change)
    }

    @Test func failsAChangeWithoutAnEarlyRate() throws {
        #expect(
            throws: MoneyError(
                .noRate, "no rate from \"UZS\" to \"USD\" on or before 2024-12-31; rates exist for USD, UZS")
        ) {
            try Self.datedBook().change(
                of: .uzs, in: .usd, from: try day("2024-12-31"), to: try day("2025-01-23"))
        }
    }

    @Test func roundTripsThroughJSON() throws {
        let book = try Self.datedBook()
        let decoded = try JSONDecoder().decode(RateBook.self, from: JSONEncoder().encode(book))
        #expect(decoded == book)
        #expect(decoded.pivots == [.usd, .rub, .eur])
        let json = try TickerTests.sortedJSON(RateBook([try Self.rate(.kzt, .usd, "0.00191")], pivots: [.rub]))
        #expect(json == #"{"pivots":["RUB"],"rates":[{"base":"KZT","quote":"USD","rate":"0.00191"}]}"#)
    }
}

@Suite struct ConversionTests {
    @Test func encodesItsJSONDocument() throws {
        let conversion = try RateBookTests.tickerBook().convert(
            Money(amount: 1_000_000, currency: .uzs), to: .usd, on: PartialDate("2025-01-22"))
        #expect(
            try TickerTests.sortedJSON(conversion)
                == #"{"amount":"1000000","carriedForward":true,"dates":["2025-01-21"],"from":"UZS","high":"85","low":"75","#
                + #""on":"2025-01-22","path":["UZS","USD"],"rates":[{"base":"UZS","date":"2025-01-21","quote":"USD","rate":"0.00008"}],"#
                + #""to":"USD","value":"80"}"#)
        #expect(try JSONDecoder().decode(Conversion.self, from: JSONEncoder().encode(conversion)) == conversion)
    }

    @Test func writesNullForNoRequestedDate() throws {
        let conversion = try RateBookTests.tickerBook().convert(Money(amount: 1, currency: .usd), to: .kzt)
        #expect(try TickerTests.sortedJSON(conversion).contains(#""on":null"#))
        #expect(try JSONDecoder().decode(Conversion.self, from: JSONEncoder().encode(conversion)) == conversion)
    }
}
