extension RateBook {
    /// The dated rates of a pair, earliest first, optionally limited to a span.
    ///
    /// Rates quoted the other way round (`USD/KZT` when asking for `KZT/USD`) are included through
    /// their ``ExchangeRate/inverted()`` form. Undated rates are left out.
    ///
    /// - Parameters:
    ///   - base: The currency priced.
    ///   - quote: The currency of the price.
    ///   - span: The dates wanted; every date when `nil`.
    /// - Returns: The rates, sorted by date (rates of the same date keep the order they were added in).
    public func history(of base: CurrencyCode, in quote: CurrencyCode, over span: DateSpan? = nil) -> [ExchangeRate] {
        var found: [ExchangeRate] = []
        for position in index[Pair(base, quote)] ?? [] { found.append(rates[position]) }
        for position in index[Pair(quote, base)] ?? [] {
            if let inverse = rates[position].inverted() { found.append(inverse) }
        }
        var dated: [(date: PartialDate, order: Int, rate: ExchangeRate)] = []
        for (order, rate) in found.enumerated() {
            guard let date = rate.date, span?.contains(date) ?? true else { continue }
            dated.append((date.firstDay, order, rate))
        }
        dated.sort { $0.date != $1.date ? $0.date < $1.date : $0.order < $1.order }
        return dated.map(\.rate)
    }

    /// How a pair's rate moved between two dates, using the latest rate on or before each date.
    ///
    /// - Parameters:
    ///   - base: The currency priced.
    ///   - quote: The currency of the price.
    ///   - start: The earlier date.
    ///   - end: The later date.
    /// - Returns: The two rates and the exact absolute and percent change.
    /// - Throws: ``MoneyError`` of kind ``MoneyError/Kind/noRate`` naming the pair and the date that
    ///   has no rate.
    public func change(
        of base: CurrencyCode, in quote: CurrencyCode, from start: PartialDate, to end: PartialDate
    )
        throws -> RateChange
    {
        func rate(on date: PartialDate) throws -> ExchangeRate {
            guard let step = bestStep(from: base, to: quote, on: date) else {
                throw RateBook.noRate(from: base, to: quote, on: date, known: currencies)
            }
            if step.inverse, let inverse = step.rate.inverted() { return inverse }
            return step.rate
        }
        return RateChange(from: try rate(on: start), to: try rate(on: end))
    }
}
