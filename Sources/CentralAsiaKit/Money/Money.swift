public import Foundation

/// An exact amount of one currency: `KZT 1,234.50`.
///
/// Amounts are `Decimal`, never `Double`. Adding, subtracting or comparing amounts in different
/// currencies throws ``MoneyError`` (kind ``MoneyError/Kind/currencyMismatch``) rather than give a
/// silently wrong number; scaling by a plain number is always fine. Convert between currencies with
/// a ``RateBook``.
///
/// ```swift
/// let price = Money(amount: 1234.5, currency: .kzt)
/// let total = try price + Money(amount: 10, currency: .kzt)   // KZT 1,244.50
/// let share = (total * 3 / 7).rounded(.halfEven)             // KZT 533.36
/// ```
///
/// JSON: `{"amount": "1234.50", "currency": "KZT"}`. The amount is a string, written with at least
/// the currency's minor units; decoding accepts any plain decimal string.
public struct Money: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The exact amount.
    public var amount: Decimal
    /// The currency the amount is in.
    public var currency: CurrencyCode

    /// Creates an amount of money.
    ///
    /// - Parameters:
    ///   - amount: The exact amount.
    ///   - currency: Its currency.
    public init(amount: Decimal, currency: CurrencyCode) {
        self.amount = amount
        self.currency = currency
    }

    /// The currency's minor units from the built-in table (2 for KZT), or `nil` when unknown or not
    /// applicable.
    public var minorUnits: Int? { Currency(currency)?.minorUnits }

    /// Whether the amount is below zero.
    public var isNegative: Bool { amount < 0 }

    /// The amount rounded to a number of decimals.
    ///
    /// - Parameters:
    ///   - rule: How to round; see ``RoundingRule``.
    ///   - scale: The number of decimals to keep; the currency's minor units when `nil`. An amount
    ///     whose currency has no minor units (unknown code, "N.A.") and no explicit scale is returned
    ///     unchanged.
    /// - Returns: The rounded amount in the same currency.
    public func rounded(_ rule: RoundingRule = .halfEven, scale: Int? = nil) -> Money {
        guard let places = scale ?? minorUnits else { return self }
        return Money(amount: Money.round(amount, scale: places, rule: rule), currency: currency)
    }

    /// Adds two amounts of the same currency.
    ///
    /// - Throws: ``MoneyError`` when the currencies differ.
    public static func + (lhs: Money, rhs: Money) throws -> Money {
        try lhs.requireSameCurrency(rhs, verb: "add")
        return Money(amount: lhs.amount + rhs.amount, currency: lhs.currency)
    }

    /// Subtracts an amount of the same currency.
    ///
    /// - Throws: ``MoneyError`` when the currencies differ.
    public static func - (lhs: Money, rhs: Money) throws -> Money {
        try lhs.requireSameCurrency(rhs, verb: "subtract")
        return Money(amount: lhs.amount - rhs.amount, currency: lhs.currency)
    }

    /// The amount with its sign flipped.
    public static prefix func - (operand: Money) -> Money {
        Money(amount: -operand.amount, currency: operand.currency)
    }

    /// Scales an amount by a plain number (exact; round afterwards if needed).
    public static func * (lhs: Money, rhs: Decimal) -> Money {
        Money(amount: lhs.amount * rhs, currency: lhs.currency)
    }

    /// Scales an amount by a plain number (exact; round afterwards if needed).
    public static func * (lhs: Decimal, rhs: Money) -> Money { rhs * lhs }

    /// Divides an amount by a plain number, to `Decimal`'s 38 significant digits.
    ///
    /// Dividing by zero gives an amount that is not a number (`Decimal.nan`); check the divisor.
    public static func / (lhs: Money, rhs: Decimal) -> Money {
        Money(amount: lhs.amount / rhs, currency: lhs.currency)
    }

    /// Whether this amount is smaller than another of the same currency.
    ///
    /// - Parameter other: An amount in the same currency.
    /// - Returns: `true` when this amount is smaller.
    /// - Throws: ``MoneyError`` when the currencies differ.
    public func isLess(than other: Money) throws -> Bool {
        try requireSameCurrency(other, verb: "compare")
        return amount < other.amount
    }

    /// The amount formatted with the POSIX conventions: `"KZT 1,234.50"`.
    public var description: String { formatted() }

    private func requireSameCurrency(_ other: Money, verb: String) throws {
        guard currency != other.currency else { return }
        let preposition = verb == "add" ? "to" : verb == "subtract" ? "from" : "with"
        throw MoneyError(
            .currencyMismatch,
            "cannot \(verb) \(other.currency) \(preposition) \(currency): the amounts are in different currencies; convert one first"
        )
    }

    /// Rounds a decimal to `scale` places by `rule`, acting on the magnitude.
    static func round(_ value: Decimal, scale: Int, rule: RoundingRule) -> Decimal {
        var magnitude = value < 0 ? -value : value
        var result = Decimal()
        let mode: NSDecimalNumber.RoundingMode
        switch rule {
        case .halfEven: mode = .bankers
        case .halfUp: mode = .plain
        case .down: mode = .down
        case .up: mode = .up
        }
        NSDecimalRound(&result, &magnitude, scale, mode)
        return value < 0 ? -result : result
    }

    private enum CodingKeys: String, CodingKey {
        case amount, currency
    }

    /// Decodes an amount from its JSON document.
    ///
    /// - Throws: `DecodingError` quoting the value for a malformed amount or currency code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .amount)
        guard let quoted = QuotedDecimal(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .amount, in: container,
                debugDescription: "invalid amount \"\(text)\"; expected digits with an optional sign and point")
        }
        amount = quoted.value
        currency = try container.decode(CurrencyCode.self, forKey: .currency)
    }

    /// Encodes the amount as its JSON document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(plainAmount, forKey: .amount)
        try container.encode(currency, forKey: .currency)
    }

    /// The amount as plain text with at least the currency's minor units: `"1234.50"`.
    public var plainAmount: String {
        let parts = Money.digitParts(of: amount)
        let fraction = Money.padded(parts.fraction, to: minorUnits ?? 0)
        return (parts.negative ? "-" : "") + parts.integer + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Splits a decimal's plain text into sign, integer digits and fraction digits.
    static func digitParts(of value: Decimal) -> (negative: Bool, integer: String, fraction: String) {
        var text = QuotedDecimal.plainText(value)
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        let pieces = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = pieces.first.map(String.init) ?? "0"
        let fraction = pieces.count > 1 ? String(pieces[1]) : ""
        return (negative, integer.isEmpty ? "0" : integer, fraction)
    }

    /// Pads fraction digits with zeros up to `count`.
    static func padded(_ fraction: String, to count: Int) -> String {
        fraction.count >= count ? fraction : fraction + String(repeating: "0", count: count - fraction.count)
    }
}
