/// An error from money arithmetic, amount parsing or currency conversion.
///
/// Each error says in one sentence what went wrong and quotes the value at fault:
/// `cannot add USD to KZT: the amounts are in different currencies`,
/// `no rate from "KZT" to "GBP" on or before 2025-01-21; rates exist for KGS, KZT, USD`.
public struct MoneyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as an open set.
    public struct Kind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The kind's name.
        public var rawValue: String
        /// Creates a kind from its name.
        ///
        /// - Parameter rawValue: The kind's name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Two amounts in different currencies were combined or compared.
        public static let currencyMismatch = Kind(rawValue: "currencyMismatch")
        /// Text could not be read as an amount.
        public static let invalidAmount = Kind(rawValue: "invalidAmount")
        /// A currency code is malformed or not known.
        public static let unknownCurrency = Kind(rawValue: "unknownCurrency")
        /// No rate, or chain of rates, links two currencies.
        public static let noRate = Kind(rawValue: "noRate")
        /// A rate cannot be used (zero, or too imprecise to invert).
        public static let unusableRate = Kind(rawValue: "unusableRate")
        /// The kind's name.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var kind: Kind
    /// One sentence, with the offending value quoted.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - message: One sentence that quotes the offending value.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
