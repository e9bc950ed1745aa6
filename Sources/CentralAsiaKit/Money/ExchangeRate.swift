public import Foundation

/// The price of one unit of a base currency in a quote currency, as a source quoted it.
///
/// `KZT/USD = 0.00191` is `ExchangeRate(base: .kzt, quote: .usd, quoted: "0.00191")`: one tenge
/// costs 0.00191 dollars. The quote keeps its text, so ``precision`` knows that the true rate lies
/// within half a unit of its last decimal.
///
/// A rate that was derived rather than quoted (``inverted()``, a cross rate) carries its bounds
/// explicitly in ``derivedBounds``, because the text of `1 / 0.00008` says nothing about how exact
/// it is; ``bounds`` gives the interval for either kind.
///
/// JSON (keys in this order; `date`, `source` and `changePercent` are left out when absent, and
/// `low`/`high` appear only for a derived rate):
/// `{"base": "KGS", "quote": "USD", "rate": "0.01144", "date": "2025-01-21", "source": "…",
/// "changePercent": "0"}`, or for a derived rate
/// `{"base": "USD", "quote": "UZS", "rate": "12500", "low": "11764.70588…", "high": "13333.33333…"}`.
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
    /// The interval the true rate lies in, for a derived rate; `nil` for a rate as quoted, whose
    /// interval follows from its text (see ``bounds``).
    public var derivedBounds: ClosedRange<Decimal>?

    /// Creates a rate.
    ///
    /// - Parameters:
    ///   - base: The currency of which one unit is priced.
    ///   - quote: The currency of the price.
    ///   - quoted: The rate as quoted.
    ///   - date: The day it applies to.
    ///   - source: Who published it.
    ///   - changePercent: The quoted change in percent.
    ///   - derivedBounds: The interval of the true rate, for a derived rate; `nil` for a quote.
    public init(
        base: CurrencyCode, quote: CurrencyCode, quoted: QuotedDecimal, date: PartialDate? = nil,
        source: String? = nil, changePercent: QuotedDecimal? = nil, derivedBounds: ClosedRange<Decimal>? = nil
    ) {
        self.base = base
        self.quote = quote
        self.quoted = quoted
        self.date = date
        self.source = source
        self.changePercent = changePercent
        self.derivedBounds = derivedBounds
    }

    /// The exact value of the rate.
    public var rate: Decimal { quoted.value }

    /// How far the true rate may lie from ``rate``: half a unit in the last quoted place.
    public var precision: Decimal { quoted.halfUnit }

    /// The interval the true rate lies in: ``derivedBounds`` for a derived rate, otherwise the rate
    /// plus or minus ``precision`` (never below zero). `0.00008` gives `0.000075...0.000085`.
    public var bounds: ClosedRange<Decimal> {
        if let derivedBounds { return derivedBounds }
        let low = rate - precision
        return (low < 0 ? 0 : low)...(rate + precision)
    }

    /// The width of ``bounds`` relative to the rate: how imprecise the rate is (`0.00008` → 0.125).
    /// `nil` for a zero rate.
    public var relativeUncertainty: Decimal? {
        guard rate != 0 else { return nil }
        let width = bounds.upperBound - bounds.lowerBound
        return width / (rate < 0 ? -rate : rate)
    }

    /// The same rate seen from the other side: base and quote swapped, the exact reciprocal rate,
    /// and bounds `1/high ... 1/low`.
    ///
    /// The result is a derived rate: its ``derivedBounds`` are set, its ``quoted`` text is the
    /// reciprocal to `Decimal`'s 38 significant digits, and ``changePercent`` is dropped (the
    /// reciprocal's change is not the quoted one). Date and source are kept.
    ///
    /// ```swift
    /// let uzs = ExchangeRate(base: .uzs, quote: .usd, quoted: QuotedDecimal("0.00008")!)
    /// uzs.inverted()?.rate    // 12500, between 1/0.000085 and 1/0.000075
    /// ```
    ///
    /// - Returns: The inverse, or `nil` when the rate's interval reaches zero (a rate of `0`, or one
    ///   too imprecise to invert).
    public func inverted() -> ExchangeRate? {
        let interval = bounds
        guard rate > 0, interval.lowerBound > 0 else { return nil }
        return ExchangeRate(
            base: quote, quote: base, quoted: QuotedDecimal(1 / rate), date: date, source: source,
            changePercent: nil, derivedBounds: (1 / interval.upperBound)...(1 / interval.lowerBound))
    }

    /// `BASE/QUOTE rate`, as tickers print it: `"KZT/USD 0.00191"`.
    public var description: String { "\(base)/\(quote) \(quoted)" }

    private enum CodingKeys: String, CodingKey {
        case base, quote, rate, date, source, changePercent, low, high
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
        let low = try container.decodeIfPresent(QuotedDecimal.self, forKey: .low)
        let high = try container.decodeIfPresent(QuotedDecimal.self, forKey: .high)
        switch (low, high) {
        case (nil, nil):
            derivedBounds = nil
        case (let low?, let high?) where low.value <= high.value:
            derivedBounds = low.value...high.value
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .high, in: container,
                debugDescription:
                    "invalid bounds \"\(low?.text ?? "null")\"...\"\(high?.text ?? "null")\"; expected both, low <= high"
            )
        }
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
        if let derivedBounds {
            try container.encode(QuotedDecimal(derivedBounds.lowerBound), forKey: .low)
            try container.encode(QuotedDecimal(derivedBounds.upperBound), forKey: .high)
        }
    }
}
