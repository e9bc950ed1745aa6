/// A currency ticker as a page shows it: the distinct quotes of its marquee, and how many times the
/// marquee ran.
///
/// JSON: `{"repetitions": 8, "quotes": [{"base": "KGS", "quote": "USD", "rate": "0.01144",
/// "changePercent": "0"}, …]}`.
public struct Ticker: Sendable, Hashable, Codable {
    /// The distinct quotes, in the order first seen.
    public var quotes: [ExchangeRate]
    /// How many times the marquee ran: the number of times its first currency pair appears
    /// (a partial last cycle counts).
    public var repetitions: Int

    /// Creates a ticker.
    ///
    /// - Parameters:
    ///   - quotes: The distinct quotes, in the order first seen.
    ///   - repetitions: How many times the marquee ran.
    public init(quotes: [ExchangeRate], repetitions: Int) {
        self.quotes = quotes
        self.repetitions = repetitions
    }

    private enum CodingKeys: String, CodingKey {
        case repetitions, quotes
    }

    /// Decodes a ticker from its JSON document.
    ///
    /// - Throws: `DecodingError` for a malformed quote or a negative repetition count.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        repetitions = try container.decode(Int.self, forKey: .repetitions)
        guard repetitions >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .repetitions, in: container,
                debugDescription: "invalid repetitions \(repetitions); expected 0 or more")
        }
        quotes = try container.decode([ExchangeRate].self, forKey: .quotes)
    }

    /// Encodes the ticker as its JSON document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(repetitions, forKey: .repetitions)
        try container.encode(quotes, forKey: .quotes)
    }
}
