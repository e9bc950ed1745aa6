public import Foundation

/// How a rate moved between two dates: the two rates compared and the exact change.
///
/// JSON: `{"base": "KZT", "quote": "USD", "start": { …rate… }, "end": { …rate… },
/// "absolute": "0.00002", "percent": "1.0471204188…"}`; `percent` is `null` when the start rate is 0.
public struct RateChange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The rate at the start (the latest on or before the start date).
    public var start: ExchangeRate
    /// The rate at the end (the latest on or before the end date).
    public var end: ExchangeRate
    /// `end - start`, exact.
    public var absolute: Decimal
    /// `(end - start) / start * 100`, to `Decimal`'s 38 significant digits; `nil` when the start rate is 0.
    public var percent: Decimal?

    /// Creates a change from two rates of the same pair, computing the differences.
    ///
    /// - Parameters:
    ///   - start: The earlier rate.
    ///   - end: The later rate.
    public init(from start: ExchangeRate, to end: ExchangeRate) {
        self.start = start
        self.end = end
        absolute = end.rate - start.rate
        percent = start.rate == 0 ? nil : (end.rate - start.rate) / start.rate * 100
    }

    /// `KZT/USD 0.00191 → 0.00193 (+0.00002, +1.04712…%)`.
    public var description: String {
        let sign = absolute < 0 ? "" : "+"
        var text = "\(start) → \(end.quoted) (\(sign)\(QuotedDecimal(absolute))"
        if let percent { text += ", \(sign)\(QuotedDecimal(percent))%" }
        return text + ")"
    }

    private enum CodingKeys: String, CodingKey {
        case base, quote, start, end, absolute, percent
    }

    /// Decodes a change, recomputing the differences from the two rates.
    ///
    /// - Throws: `DecodingError` for a malformed rate.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            from: try container.decode(ExchangeRate.self, forKey: .start),
            to: try container.decode(ExchangeRate.self, forKey: .end))
    }

    /// Encodes the change as its JSON document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start.base, forKey: .base)
        try container.encode(start.quote, forKey: .quote)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(QuotedDecimal(absolute), forKey: .absolute)
        try container.encode(percent.map(QuotedDecimal.init), forKey: .percent)
    }
}
