public import CentralAsiaKit

extension RateFeed {
    /// What a rate file yielded: its format and date, the rates read, and what was skipped.
    ///
    /// JSON: `{"format": "cbr", "date": "2025-09-20", "rates": [{…CentralBankRate…}],
    /// "diagnostics": [{…}]}`; `date` is left out when absent.
    public struct Result: Sendable, Hashable, Codable {
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

        private enum CodingKeys: String, CodingKey { case format, date, rates, diagnostics }

        /// Decodes a result from its JSON document.
        ///
        /// - Throws: `DecodingError` for a missing or malformed field.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            format = try container.decode(Format.self, forKey: .format)
            date = try container.decodeIfPresent(PartialDate.self, forKey: .date)
            rates = try container.decode([CentralBankRate].self, forKey: .rates)
            diagnostics = try container.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
        }

        /// Encodes the result as its JSON document.
        ///
        /// - Throws: Whatever the encoder throws.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(format, forKey: .format)
            try container.encodeIfPresent(date, forKey: .date)
            try container.encode(rates, forKey: .rates)
            try container.encode(diagnostics, forKey: .diagnostics)
        }

        /// The rate for a currency, when the file has one.
        ///
        /// - Parameter code: The foreign currency (for the ECB, the quote currency).
        /// - Returns: The first rate that involves it.
        public subscript(code: CurrencyCode) -> CentralBankRate? {
            rates.first { $0.rate.base == code || ($0.rate.base == format.localCurrency && $0.rate.quote == code) }
        }
    }
}
