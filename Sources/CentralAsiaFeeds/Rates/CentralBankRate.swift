public import CentralAsiaKit

/// One rate from a central bank's file: the per-unit ``ExchangeRate`` and the figures as published.
///
/// Banks publish "N units of foreign currency cost X units of local currency" (`100 KZT = 16,3172
/// RUB`). ``rate`` is the per-unit form (`KZT/RUB 0.163172`, base = the foreign currency, quote =
/// the bank's currency; for the ECB, base = EUR) with the effective date and the bank as source;
/// ``rawValue`` and ``nominal`` keep what the file said, because the scale changes over time and
/// rounding needs the original precision.
///
/// Per-unit precision: the quoted text of the per-unit value has the source's decimals plus
/// ⌈log₁₀ nominal⌉ more (the digits the division by a power of ten shifts in), so `16,3172` per
/// 100 → `0.163172` and `0,0780` per 100 → `0.000780`; the division is exact for powers of ten
/// and rounded half-up otherwise.
///
/// JSON: `{"rate": {…ExchangeRate…}, "rawValue": "16,3172", "nominal": 100, "name": "Тенге",
/// "change": "-0.08", "rawUnitValue": "0,163172"}`; absent optional fields are left out.
public struct CentralBankRate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The per-unit rate, with the effective date and the bank as source.
    public var rate: ExchangeRate
    /// The value as written in the file, decimal comma included (`"16,3172"`).
    public var rawValue: String
    /// The number of foreign units the raw value is for (`100`).
    public var nominal: Int
    /// The currency's name as the file gives it, when it does.
    public var name: String?
    /// The absolute change since the previous fixing, as published (NBK `change`, CBU `Diff`),
    /// in local currency per ``nominal`` units. Not a percentage.
    public var change: QuotedDecimal?
    /// A per-unit value the file states itself (CBR `VunitRate`), as written.
    public var rawUnitValue: String?

    /// Creates a central-bank rate.
    ///
    /// - Parameters:
    ///   - rate: The per-unit rate.
    ///   - rawValue: The value as written.
    ///   - nominal: The number of units it is for.
    ///   - name: The currency's name in the file.
    ///   - change: The published absolute change.
    ///   - rawUnitValue: A per-unit value the file states itself.
    public init(
        rate: ExchangeRate, rawValue: String, nominal: Int, name: String? = nil, change: QuotedDecimal? = nil,
        rawUnitValue: String? = nil
    ) {
        self.rate = rate
        self.rawValue = rawValue
        self.nominal = nominal
        self.name = name
        self.change = change
        self.rawUnitValue = rawUnitValue
    }

    /// `"100 KZT = 16,3172 RUB (KZT/RUB 0.163172)"`.
    public var description: String {
        "\(nominal) \(rate.base) = \(rawValue) \(rate.quote) (\(rate))"
    }

    private enum CodingKeys: String, CodingKey {
        case rate, rawValue, nominal, name, change, rawUnitValue
    }

    /// Decodes a central-bank rate from its JSON document.
    ///
    /// - Throws: `DecodingError` for a missing field, a malformed rate or a nominal below 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rate = try container.decode(ExchangeRate.self, forKey: .rate)
        rawValue = try container.decode(String.self, forKey: .rawValue)
        nominal = try container.decode(Int.self, forKey: .nominal)
        guard nominal >= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .nominal, in: container, debugDescription: "invalid nominal \(nominal); expected 1 or more")
        }
        name = try container.decodeIfPresent(String.self, forKey: .name)
        change = try container.decodeIfPresent(QuotedDecimal.self, forKey: .change)
        rawUnitValue = try container.decodeIfPresent(String.self, forKey: .rawUnitValue)
    }

    /// Encodes the rate as its JSON document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rate, forKey: .rate)
        try container.encode(rawValue, forKey: .rawValue)
        try container.encode(nominal, forKey: .nominal)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(change, forKey: .change)
        try container.encodeIfPresent(rawUnitValue, forKey: .rawUnitValue)
    }
}
