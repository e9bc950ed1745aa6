public import CentralAsiaKit

extension RateFeed {
    /// What a rate file yielded: its format and date, the rates read, and what was skipped.
    public struct Result: Sendable, Hashable {
        /// The format the file was read as.
        public var format: Format
        /// The file's effective date, when it states one.
        public var date: PartialDate?
        /// The rates read, in file order.
        public var rates: [CentralBankRate]
        /// What was skipped or repaired, and why.
        public var diagnostics: [Diagnostic]

        /// Creates a result.
        ///
        /// - Parameters:
        ///   - format: The format.
        ///   - date: The effective date.
        ///   - rates: The rates.
        ///   - diagnostics: The diagnostics.
        public init(format: Format, date: PartialDate?, rates: [CentralBankRate], diagnostics: [Diagnostic] = []) {
            self.format = format
            self.date = date
            self.rates = rates
            self.diagnostics = diagnostics
        }

        /// The per-unit rates, ready for a rate book.
        public var exchangeRates: [ExchangeRate] { rates.map(\.rate) }

        /// The rate for a currency, when the file has one.
        ///
        /// - Parameter code: The foreign currency (for the ECB, the quote currency).
        /// - Returns: The first rate that involves it.
        public subscript(code: CurrencyCode) -> CentralBankRate? {
            rates.first { $0.rate.base == code || ($0.rate.base == format.localCurrency && $0.rate.quote == code) }
        }
    }
}
