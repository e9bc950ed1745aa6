import CentralAsiaKit
import Foundation
import Testing

/// A quoted decimal that a test requires to parse.
func quoted(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> QuotedDecimal {
    try #require(QuotedDecimal(text), sourceLocation: sourceLocation)
}

/// The exact value of a decimal text that a test requires to parse.
func decimal(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Decimal {
    try quoted(text, sourceLocation: sourceLocation).value
}

@Suite struct TickerParserTests {
    private func quote(_ base: CurrencyCode, _ rate: String, _ change: String) throws -> ExchangeRate {
        ExchangeRate(
            base: base, quote: .usd, quoted: try #require(QuotedDecimal(rate)),
            changePercent: try quoted(change))
    }

    /// Checks a ticker of five quotes against USD (KGS, KZT, TJS, UZS, TMT) repeated eight times.
    private func expectEightCycles(of result: TickerParser.Result, rates: [String], changes: [String]) throws {
        let ticker = try #require(result.ticker)
        #expect(ticker.repetitions == 8)
        let codes: [CurrencyCode] = [.kgs, .kzt, .tjs, .uzs, .tmt]
        #expect(ticker.quotes == (try (0..<5).map { try quote(codes[$0], rates[$0], changes[$0]) }))
        #expect(result.diagnostics == [])
    }

    @Test(.enabled(if: Fixture.exists(Fixture.referencePage)))
    func readsFiveQuotesAndEightRepetitionsOfTheReferencePage() throws {
        try expectEightCycles(
            of: TickerParser.parse(bytes: Array(try Data(contentsOf: Fixture.referencePage))),
            rates: ["0.01144", "0.00191", "0.09174", "0.00008", "0.28571"], changes: ["0", "0", "0", "0", "-0.14"])
    }

    @Test func readsFiveQuotesAndEightRepetitionsOfTheFixture() throws {
        try expectEightCycles(
            of: TickerParser.parse(try Fixture.text("ticker-eight-cycles.txt")),
            rates: ["0.01150", "0.00187", "0.09133", "0.00008", "0.28571"], changes: ["0.52", "-0", "0", "0", "-0.14"])
    }

    @Test(arguments: [
        ("• KZT/USD = 0.00191 0%", "0"),
        ("  • KZT/USD = 0.00191 -0%", "-0"),
        ("KZT/USD = 0.00191 0.76%", "0.76"),
        ("   KZT/USD = 0.00191 -0.14%", "-0.14"),
        ("\t•\tKZT/USD   =   0.00191   -0.14%   ", "-0.14"),
        ("•KZT/USD=0.00191 0%", "0"),
    ])
    func readsEveryLineVariant(line: String, change: String) throws {
        let result = TickerParser.parse(line)
        #expect(result.ticker?.quotes == [try quote(.kzt, "0.00191", change)])
        #expect(result.ticker?.repetitions == 1)
        #expect(result.diagnostics == [])
    }

    @Test func keepsNegativeZeroAsQuoted() throws {
        let ticker = try #require(TickerParser.parse("• UZS/USD = 0.00008 -0%").ticker)
        #expect(ticker.quotes[0].changePercent?.text == "-0")
        #expect(ticker.quotes[0].changePercent?.isNegative == true)
        #expect(ticker.quotes[0].quoted.significantDigits == 1)
    }

    @Test func readsFourCurrencyMarqueeWithPartialLastCycle() throws {
        let cycle = ["KGS/USD = 0.01144 0%", "KZT/USD = 0.00191 0%", "TJS/USD = 0.09174 0%", "UZS/USD = 0.00008 0%"]
        let lines = (Array(repeating: cycle, count: 3).flatMap { $0 } + cycle.prefix(2)).map { "  • " + $0 }
        let ticker = try #require(TickerParser.parse(lines.joined(separator: "\n")).ticker)
        #expect(ticker.quotes.map(\.base) == [.kgs, .kzt, .tjs, .uzs])
        #expect(ticker.repetitions == 4)
    }

    @Test func findsQuotesMixedIntoOtherText() throws {
        let text = """
            Proxy banner | example.org
            ||||
              • KGS/USD = 0.01144 0%
            A headline about KZT/USD rates
              • KZT/USD = 0.00191 0%
              • Written by Staff Reporter
            """
        let result = TickerParser.parse(text)
        #expect(result.ticker?.quotes.map(\.base) == [.kgs, .kzt])
        #expect(result.diagnostics == [])
    }

    @Test func returnsNoTickerForTextWithoutQuotes() {
        #expect(TickerParser.parse("just words\n\n").ticker == nil)
        #expect(TickerParser.parse("").ticker == nil)
        #expect(TickerParser.parse("").diagnostics == [])
    }

    @Test(arguments: [
        ("  • KZT/USD = 0.0O191 0%", "1:15: warning: malformed rate \"0.0O191\""),
        ("  • KZX/USD = 0.00191 0%", "1:5: warning: unknown currency code \"KZX\"; did you mean \"KZT\"?"),
        ("  • QQQ/USD = 0.00191 0%", "1:5: warning: unknown currency code \"QQQ\""),
        ("  • kzt/USD = 0.00191 0%", "1:5: warning: invalid currency code \"kzt\"; expected three capital letters"),
        ("  • KZT/USD =", "1:14: warning: missing rate after \"KZT/USD =\""),
        ("  • KZT/USD =   ", "1:17: warning: missing rate after \"KZT/USD =\""),
        ("  • KZT/USD = 0.00191", "1:22: warning: missing change after rate \"0.00191\""),
        (
            "  • KZT/USD = 0.00191 0.76",
            "1:23: warning: malformed change \"0.76\"; expected a percentage such as \"-0.14%\""
        ),
        (
            "  • KZT/USD = 0.00191 x%",
            "1:23: warning: malformed change \"x%\"; expected a percentage such as \"-0.14%\""
        ),
        ("  • KZT/USD = -0.00191 0%", "1:15: warning: malformed rate \"-0.00191\""),
        ("  • KZT/USD = 0.00191 0% extra", "1:26: warning: unexpected text \"extra\" after the quote"),
    ])
    func diagnosesBrokenQuoteLines(line: String, expected: String) {
        let result = TickerParser.parse(line)
        #expect(result.diagnostics.map(\.description) == [expected])
        #expect(result.ticker == nil)
    }

    @Test func keepsGoodQuotesAroundABrokenLine() throws {
        let text = "• KGS/USD = 0.01144 0%\n  • KZT/USD = 0.0O191 0%\n  • TJS/USD = 0.09174 0%\n"
        let result = TickerParser.parse(text)
        #expect(result.ticker?.quotes.map(\.base) == [.kgs, .tjs])
        #expect(result.diagnostics.map(\.description) == ["2:15: warning: malformed rate \"0.0O191\""])
    }

    @Test func reportsARepeatedBrokenLineEachTime() {
        let result = TickerParser.parse("KZT/USD = 0.0O191 0%\nKZT/USD = 0.0O191 0%  \n")
        #expect(
            result.diagnostics.map(\.description)
                == ["1:11: warning: malformed rate \"0.0O191\"", "2:11: warning: malformed rate \"0.0O191\""])
    }

    @Test func matchesOneLineForOtherParsers() throws {
        var scanner = TextScanner("title\n  • TMT/USD = 0.28571 -0.14%\n  • Written by A. Writer\n")
        var matches: [TickerParser.LineMatch] = []
        while let line = scanner.nextLine() { matches.append(TickerParser.match(line, in: scanner)) }
        #expect(matches.count == 3)
        #expect(matches[0] == .notTicker)
        #expect(matches[2] == .notTicker)
        guard case .quote(let rate, let location) = matches[1] else {
            Issue.record("expected a quote, got \(matches[1])")
            return
        }
        #expect(rate == (try quote(.tmt, "0.28571", "-0.14")))
        #expect(location == CentralAsiaKit.SourceLocation(offset: 12, line: 2, column: 5))
    }

    @Test func accumulatorCountsCyclesByTheFirstPair() throws {
        var accumulator = TickerParser.Accumulator()
        #expect(accumulator.isEmpty)
        #expect(accumulator.ticker == nil)
        let kgs = try quote(.kgs, "0.01144", "0")
        let kzt = try quote(.kzt, "0.00191", "0")
        for rate in [kgs, kzt, kgs, kzt, kgs] { accumulator.add(rate) }
        #expect(accumulator.ticker == Ticker(quotes: [kgs, kzt], repetitions: 3))
        #expect(accumulator.repetitions == 3)
    }

    @Test func keepsEachDistinctQuoteOfAPairAndCountsCyclesByThePair() throws {
        var accumulator = TickerParser.Accumulator()
        let kgs = try quote(.kgs, "0.01144", "0")
        let kgsLater = try quote(.kgs, "0.01145", "0.09")
        let kzt = try quote(.kzt, "0.00191", "0")
        for rate in [kgs, kzt, kgsLater, kzt, kgs, kgsLater] { accumulator.add(rate) }
        #expect(accumulator.ticker == Ticker(quotes: [kgs, kzt, kgsLater], repetitions: 4))
    }

    @Test func survivesSeededRandomBytes() {
        var generator = SplitMix64(seed: 0x5EED_0002)
        let alphabet = Array("•KZTUSD/=.0123456789%- \n\r\tO".utf8) + [0xE2, 0x80, 0xA2, 0xFF, 0xC3]
        for round in 0..<300 {
            let count = Int(generator.next() % 200)
            let bytes = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let result = TickerParser.parse(bytes: bytes)
            let lines = bytes.split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0x0A || $0 == 0x0D })
            #expect(result.diagnostics.count <= lines.count, "round \(round), seed 0x5EED0002")
        }
    }
}
