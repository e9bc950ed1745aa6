public import Foundation

/// The answer of ``RateBook/convert(_:to:on:)``: the converted amount, how exact it is, and how it
/// was reached.
///
/// ``low`` and ``high`` follow from the precision of every rate used: a rate quoted as `0.00008`
/// may be anything from `0.000075` to `0.000085`, so 1,000,000 UZS is 80 USD, between 75 and 85.
///
/// JSON (`on` is `null` when no date was asked):
/// ```json
/// {"amount": "1000000", "from": "UZS", "to": "USD", "value": "80", "low": "75", "high": "85",
///  "path": ["UZS", "USD"], "rates": [{"base": "UZS", "quote": "USD", "rate": "0.00008"}],
///  "dates": ["2025-01-21"], "on": "2025-01-22", "carriedForward": true}
/// ```
public struct Conversion: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The amount that was converted.
    public var amount: Money
    /// The converted amount, exact to `Decimal`'s 38 significant digits.
    public var value: Money
    /// The smallest value the rates' precision allows.
    public var low: Decimal
    /// The largest value the rates' precision allows.
    public var high: Decimal
    /// The currencies passed through, from the source to the target (`[UZS, USD]`,
    /// `[KZT, USD, KGS]`).
    public var path: [CurrencyCode]
    /// The rates used, one per step of the path, as the book holds them (a step may use a rate
    /// against its direction, through its inverse).
    public var rates: [ExchangeRate]
    /// The distinct dates of the rates used, earliest first; empty when the rates are undated.
    public var dates: [PartialDate]
    /// The date asked for, if any.
    public var requestedDate: PartialDate?
    /// Whether a rate from before ``requestedDate`` was used because none was quoted on it.
    public var isCarriedForward: Bool

    /// Creates a conversion.
    ///
    /// - Parameters:
    ///   - amount: The amount converted.
    ///   - value: The result.
    ///   - low: The smallest possible result.
    ///   - high: The largest possible result.
    ///   - path: The currencies passed through.
    ///   - rates: The rates used.
    ///   - dates: The distinct dates of the rates used.
    ///   - requestedDate: The date asked for.
    ///   - isCarriedForward: Whether an earlier rate stood in for the requested date.
    public init(
        amount: Money, value: Money, low: Decimal, high: Decimal, path: [CurrencyCode], rates: [ExchangeRate],
        dates: [PartialDate], requestedDate: PartialDate? = nil, isCarriedForward: Bool = false
    ) {
        self.amount = amount
        self.value = value
        self.low = low
        self.high = high
        self.path = path
        self.rates = rates
        self.dates = dates
        self.requestedDate = requestedDate
        self.isCarriedForward = isCarriedForward
    }

    /// The interval the true value lies in.
    public var bounds: ClosedRange<Decimal> { low...high }

    /// The latest date of the rates used, or `nil` when they are undated.
    public var latestDate: PartialDate? { dates.last }

    /// `1000000 UZS = 80 USD (75…85) via UZS→USD`.
    public var description: String {
        "\(QuotedDecimal(amount.amount)) \(amount.currency) = \(QuotedDecimal(value.amount)) \(value.currency) "
            + "(\(QuotedDecimal(low))…\(QuotedDecimal(high))) via "
            + path.map(\.rawValue).joined(separator: "→")
    }

    private enum CodingKeys: String, CodingKey {
        case amount, from, to, value, low, high, path, rates, dates, on, carriedForward
    }

    /// Decodes a conversion from its JSON document.
    ///
    /// - Throws: `DecodingError` for a malformed decimal, code or date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let from = try container.decode(CurrencyCode.self, forKey: .from)
        let to = try container.decode(CurrencyCode.self, forKey: .to)
        amount = Money(amount: try container.decode(QuotedDecimal.self, forKey: .amount).value, currency: from)
        value = Money(amount: try container.decode(QuotedDecimal.self, forKey: .value).value, currency: to)
        low = try container.decode(QuotedDecimal.self, forKey: .low).value
        high = try container.decode(QuotedDecimal.self, forKey: .high).value
        path = try container.decode([CurrencyCode].self, forKey: .path)
        rates = try container.decode([ExchangeRate].self, forKey: .rates)
        dates = try container.decode([PartialDate].self, forKey: .dates)
        requestedDate = try container.decodeIfPresent(PartialDate.self, forKey: .on)
        isCarriedForward = try container.decode(Bool.self, forKey: .carriedForward)
    }

    /// Encodes the conversion as its JSON document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(QuotedDecimal(amount.amount), forKey: .amount)
        try container.encode(amount.currency, forKey: .from)
        try container.encode(value.currency, forKey: .to)
        try container.encode(QuotedDecimal(value.amount), forKey: .value)
        try container.encode(QuotedDecimal(low), forKey: .low)
        try container.encode(QuotedDecimal(high), forKey: .high)
        try container.encode(path, forKey: .path)
        try container.encode(rates, forKey: .rates)
        try container.encode(dates, forKey: .dates)
        try container.encode(requestedDate, forKey: .on)
        try container.encode(isCarriedForward, forKey: .carriedForward)
    }
}
