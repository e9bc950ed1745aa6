import CentralAsiaKit
import Foundation
import Testing

@Suite struct MoneyTests {
    private func money(_ text: String, _ currency: CurrencyCode) throws -> Money {
        Money(amount: try #require(QuotedDecimal(text)).value, currency: currency)
    }

    @Test func addsAndSubtractsInOneCurrency() throws {
        let sum = try (try money("1234.5", .kzt)) + (try money("10.25", .kzt))
        #expect(sum == (try money("1244.75", .kzt)))
        let difference = try (try money("1", .kzt)) - (try money("1.5", .kzt))
        #expect(difference == (try money("-0.5", .kzt)))
        #expect(try (try money("1", .kzt)).isLess(than: try money("2", .kzt)))
    }

    @Test func refusesArithmeticAcrossCurrencies() throws {
        let tenge = try money("100", .kzt)
        let dollars = try money("1", .usd)
        #expect(
            throws: MoneyError(
                .currencyMismatch, "cannot add USD to KZT: the amounts are in different currencies; convert one first")
        ) {
            try tenge + dollars
        }
        #expect(
            throws: MoneyError(
                .currencyMismatch,
                "cannot subtract USD from KZT: the amounts are in different currencies; convert one first")
        ) {
            try tenge - dollars
        }
        #expect(
            throws: MoneyError(
                .currencyMismatch,
                "cannot compare USD with KZT: the amounts are in different currencies; convert one first")
        ) {
            try tenge.isLess(than: dollars)
        }
    }

    @Test func scalesByAPlainNumber() throws {
        #expect(try money("12.5", .usd) * 3 == (try money("37.5", .usd)))
        #expect(Decimal(2) * (try money("0.01", .usd)) == (try money("0.02", .usd)))
        #expect(-(try money("5", .usd)) == (try money("-5", .usd)))
        #expect(try money("10", .usd) / 4 == (try money("2.5", .usd)))
    }

    @Test(arguments: [
        ("2.345", RoundingRule.halfEven, "2.34"), ("2.345", .halfUp, "2.35"), ("2.345", .down, "2.34"),
        ("2.345", .up, "2.35"), ("2.355", .halfEven, "2.36"), ("2.355", .halfUp, "2.36"), ("2.355", .down, "2.35"),
        ("2.355", .up, "2.36"), ("-2.345", .halfEven, "-2.34"), ("-2.345", .halfUp, "-2.35"),
        ("-2.345", .down, "-2.34"), ("-2.345", .up, "-2.35"), ("2.341", .up, "2.35"), ("-2.349", .down, "-2.34"),
        ("2.34", .up, "2.34"),
    ])
    func roundsToMinorUnits(amount: String, rule: RoundingRule, expected: String) throws {
        #expect(try money(amount, .kzt).rounded(rule) == (try money(expected, .kzt)))
    }

    @Test func encodesRoundingRulesByName() throws {
        #expect(try TickerTests.sortedJSON(RoundingRule.allCases) == #"["halfEven","halfUp","down","up"]"#)
        #expect(
            try JSONDecoder().decode([RoundingRule].self, from: JSONEncoder().encode(RoundingRule.allCases))
                == RoundingRule.allCases)
    }

    @Test func roundsToAnExplicitScaleOrCurrencyUnits() throws {
        #expect(try money("1234.5678", .usd).rounded(.halfUp, scale: 0) == (try money("1235", .usd)))
        #expect(try money("2.5", .jpy).rounded(.halfEven) == (try money("2", .jpy)))
        #expect(try money("0.12345", .bhd).rounded(.halfUp) == (try money("0.123", .bhd)))
        #expect(try money("1.23456", .xau).rounded() == (try money("1.23456", .xau)))
    }

    @Test(arguments: [
        ("1234.5", "KZT", "en_US_POSIX", "KZT 1,234.50"), ("1234567.891", "KZT", "en_US_POSIX", "KZT 1,234,567.891"),
        ("-12.5", "USD", "en_US_POSIX", "USD -12.50"), ("0", "JPY", "en_US_POSIX", "JPY 0"),
        ("999", "UZS", "en_US_POSIX", "UZS 999.00"), ("1234.5", "KZT", "de_DE", "KZT 1.234,50"),
        ("1234.5", "KZT", "ru_RU", "KZT 1\u{00A0}234,50"),
    ])
    func formatsForPeople(amount: String, code: String, locale: String, expected: String) throws {
        let value = try money(amount, try #require(CurrencyCode(code)))
        #expect(value.formatted(locale: Locale(identifier: locale)) == expected)
    }

    @Test func describesItselfInPosixFormat() throws {
        #expect(try money("1234.5", .kzt).description == "KZT 1,234.50")
    }

    @Test(arguments: [
        ("1,000,000", "1000000"), ("-12.5", "-12.5"), ("+3", "3"), ("\u{2212}7", "-7"), ("  42  ", "42"),
        (".5", "0.5"), ("1 234.5", "1234.5"), ("0.00008", "0.00008"),
    ])
    func parsesAmountsPeopleType(text: String, expected: String) throws {
        #expect(try Money.parseAmount(text) == (try #require(QuotedDecimal(expected))).value)
    }

    @Test func parsesAmountsWithALocale() throws {
        let russian = Locale(identifier: "ru_RU")
        #expect(try Money.parseAmount("1 234,50", locale: russian) == Decimal(string: "1234.5"))
        #expect(try Money.parseAmount("1\u{00A0}234,50", locale: russian) == Decimal(string: "1234.5"))
        #expect(try Money.parseAmount("1.234,50", locale: Locale(identifier: "de_DE")) == Decimal(string: "1234.5"))
    }

    @Test func parsesAmountsWithACurrencyCode() throws {
        #expect(try Money(parsing: "1000000 UZS") == (try money("1000000", .uzs)))
        #expect(try Money(parsing: "KZT 1,234.50") == (try money("1234.5", .kzt)))
        #expect(try Money(parsing: "kzt -3") == (try money("-3", .kzt)))
        #expect(try Money(parsing: "12.5", currency: .usd) == (try money("12.5", .usd)))
        #expect(try Money(parsing: "1 234,50 KGS", locale: Locale(identifier: "ru_RU")) == (try money("1234.5", .kgs)))
    }

    @Test(arguments: [
        ("", "invalid amount \"\": no digits"), ("abc", "invalid amount \"abc\": unexpected \"a\""),
        ("1,00", "invalid amount \"1,00\": digit groups after a separator need three digits"),
        ("1234,567", "invalid amount \"1234,567\": digit groups after a separator need three digits"),
        ("1.2.3", "invalid amount \"1.2.3\": unexpected \".\""),
        ("12.", "invalid amount \"12.\": no digits after the decimal separator"),
        ("-", "invalid amount \"-\": no digits"), ("1e5", "invalid amount \"1e5\": unexpected \"e\""),
    ])
    func rejectsMalformedAmountsQuotingThem(text: String, message: String) {
        #expect(throws: MoneyError(.invalidAmount, message)) { try Money.parseAmount(text) }
    }

    @Test func rejectsAnAmountWithoutCurrency() {
        #expect(throws: MoneyError(.invalidAmount, "invalid amount \"1,000\": no currency code")) {
            try Money(parsing: "1,000")
        }
        #expect(throws: MoneyError(.invalidAmount, "invalid amount \"KZT 1x\": unexpected \"x\"")) {
            try Money(parsing: "KZT 1x")
        }
    }

    @Test func encodesAmountWithMinorUnitsAsString() throws {
        let value = try money("1234.5", .kzt)
        #expect(try TickerTests.sortedJSON(value) == #"{"amount":"1234.50","currency":"KZT"}"#)
        for sample in [value, try money("-0.001", .usd), try money("7", .jpy), try money("1.5", .xau)] {
            #expect(try JSONDecoder().decode(Money.self, from: JSONEncoder().encode(sample)) == sample)
        }
    }

    @Test func rejectsMalformedJSONAmounts() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Money.self, from: Data(#"{"amount":"1,5","currency":"KZT"}"#.utf8))
        }
    }
}

extension CurrencyCode {
    static let jpy: CurrencyCode = "JPY"
    static let bhd: CurrencyCode = "BHD"
    static let xau: CurrencyCode = "XAU"
    static let gbp: CurrencyCode = "GBP"
}
