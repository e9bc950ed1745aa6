public import Foundation

/// The price of one unit of a base currency in a quote currency, as a source quoted it.
///
/// `KZT/USD = 0.00191` is `ExchangeRate(base: .kzt, quote: .usd, quoted: "0.00191")`: one tenge
/// costs 0.00191 dollars. The quote keeps its text, so ``precision`` knows that the true rate lies
/// within half a unit of its last decimal.
///
/// JSON (keys in this order; `date`, `source` and `changePercent` are left out when absent):
/// `{"base": "KGS", "quote": "USD", "rate": "0.01144", "date": "2025-01-21", "source": "…",
/// "changePercent": "0"}`.
public struct ExchangeRate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The currency of which one unit is priced.
    public var base: CurrencyCode
    /// The currency the price is given in.
    public var quote: CurrencyCode
    /// The rate exactly as quoted.
    public var quoted: QuotedDecimal
    /// The day the rate applies to, when known (day precision expected).
    public var date: PartialDate?
    /// Who published the rate ("timesca.com ticker", "NBK", …), when known.
    public var source: String?
    /// The change since the previous quote, in percent, as quoted (`"-0.14"`, `"-0"`).
    public var changePercent: QuotedDecimal?

    /// Creates a rate.
    ///
    /// - Parameters:
    ///   - base: The currency of which one unit is priced.
    ///   - quote: The currency of the price.
    ///   - quoted: The rate as quoted.
    ///   - date: The day it applies to.
    ///   - source: Who published it.
    ///   - changePercent: The quoted change in percent.
    public init(
        base: CurrencyCode, quote: CurrencyCode, quoted: QuotedDecimal, date: PartialDate? = nil,
        source: String? = nil, changePercent: QuotedDecimal? = nil
    ) {
        self.base = base
        self.quote = quote
        self.quoted = quoted
        self.date = date
        self.source = source
        self.changePercent = changePercent
    }

    /// The exact value of the rate.
    public var rate: Decimal { quoted.value }

    /// How far the true rate may lie from ``rate``: half a unit in the last quoted place.
    public var precision: Decimal { quoted.halfUnit }

    /// `BASE/QUOTE rate`, as tickers print it: `"KZT/USD 0.00191"`.
    public var description: String { "\(base)/\(quote) \(quoted)" }

    private enum CodingKeys: String, CodingKey {
        case base, quote, rate, date, source, changePercent
    }

    /// Decodes a rate from its JSON document.
    ///
    /// - Throws: `DecodingError` for a malformed code, rate or date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        base = try container.decode(CurrencyCode.self, forKey: .base)
        quote = try container.decode(CurrencyCode.self, forKey: .quote)
        quoted = try container.decode(QuotedDecimal.self, forKey: .rate)
        date = try container.decodeIfPresent(PartialDate.self, forKey: .date)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        changePercent = try container.decodeIfPresent(QuotedDecimal.self, forKey: .changePercent)
    }

    /// Encodes the rate as its JSON document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(base, forKey: .base)
        try container.encode(quote, forKey: .quote)
        try container.encode(quoted, forKey: .rate)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(changePercent, forKey: .changePercent)
    }
}
