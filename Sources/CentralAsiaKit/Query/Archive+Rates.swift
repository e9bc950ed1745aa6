extension Archive {
    /// Converts an amount with every rate the archive holds; see ``RateBook/convert(_:to:on:)``.
    ///
    /// Cost: a handful of hash lookups and a walk back over the pair's rates (sorted by date).
    ///
    /// - Parameters:
    ///   - money: The amount.
    ///   - target: The currency wanted.
    ///   - date: The day the conversion is for; the latest rates when `nil`.
    /// - Returns: The conversion with its bounds, path and rates.
    /// - Throws: ``MoneyError`` when a currency is unknown or no rate connects the two.
    public func convert(_ money: Money, to target: CurrencyCode, on date: PartialDate? = nil) throws -> Conversion {
        try rateBook.convert(money, to: target, on: date)
    }

    /// A pair's dated rates, earliest first, optionally within a span (O(r log r) for the pair's r rates).
    ///
    /// - Parameters:
    ///   - base: The currency priced.
    ///   - quote: The currency of the price.
    ///   - span: The dates wanted; all when `nil`.
    /// - Returns: The rates, the other-way quotes inverted.
    public func series(of base: CurrencyCode, in quote: CurrencyCode, over span: DateSpan? = nil) -> [ExchangeRate] {
        rateBook.history(of: base, in: quote, over: span)
    }

    /// How a pair's rate moved between two dates (the latest rate on or before each).
    ///
    /// - Parameters:
    ///   - base: The currency priced.
    ///   - quote: The currency of the price.
    ///   - start: The earlier date.
    ///   - end: The later date.
    /// - Returns: The two rates and the exact change.
    /// - Throws: ``MoneyError`` when either date has no rate.
    public func change(
        of base: CurrencyCode, in quote: CurrencyCode, from start: PartialDate, to end: PartialDate
    )
        throws -> RateChange
    {
        try rateBook.change(of: base, in: quote, from: start, to: end)
    }
}
