import Foundation

/// A set of exchange rates from one or many sources and dates, and the conversions they allow.
///
/// ``convert(_:to:on:)`` looks for a path from one currency to another: a direct quote, the inverse
/// of a quote, or a chain through one or two ``pivots`` (USD, RUB, EUR by default). Among the paths
/// it finds it takes the most precise one, the one with the narrowest bounds relative to its value,
/// and then the shortest.
///
/// For each step it uses the latest rate on or before the requested date (any date when none is
/// asked); among rates of that same date it takes the most precise. An undated rate counts as
/// valid on every date, but a dated rate on or before the date is preferred to it. When the rate
/// used is older than the requested date, the conversion says it was carried forward.
///
/// ```swift
/// let book = RateBook(TickerParser.parse(text).ticker?.quotes ?? [])
/// let result = try book.convert(Money(amount: 1_000_000, currency: .uzs), to: .usd)
/// // 80 USD, between 75 and 85, path [UZS, USD]
/// ```
///
/// JSON: `{"pivots": ["USD", "RUB", "EUR"], "rates": [ … ]}`.
public struct RateBook: Sendable, Hashable, Codable {
    /// The pivot currencies used when no direct rate exists: USD, RUB, EUR.
    public static let defaultPivots: [CurrencyCode] = [.usd, .rub, .eur]

    /// Every rate in the book, in the order added.
    public private(set) var rates: [ExchangeRate]
    /// The currencies a conversion may pass through, in order of preference for equally precise paths.
    public var pivots: [CurrencyCode]
    private(set) var index: [Pair: [Int]] = [:]

    /// Creates a book.
    ///
    /// - Parameters:
    ///   - rates: The rates, from any sources and dates.
    ///   - pivots: The currencies a conversion may pass through.
    public init(_ rates: [ExchangeRate] = [], pivots: [CurrencyCode] = RateBook.defaultPivots) {
        self.rates = []
        self.pivots = pivots
        add(contentsOf: rates)
    }

    /// Adds a rate.
    ///
    /// - Parameter rate: The rate.
    public mutating func add(_ rate: ExchangeRate) {
        // Each pair's positions stay sorted by date (undated first, then the order added), so a
        // lookup walks back from the newest rate.
        let position = rates.count
        rates.append(rate)
        var positions = index.removeValue(forKey: Pair(rate.base, rate.quote)) ?? []
        var slot = positions.endIndex
        if let date = rate.date {
            while slot > positions.startIndex, let earlier = rates[positions[slot - 1]].date, earlier > date {
                slot -= 1
            }
        } else {
            while slot > positions.startIndex, rates[positions[slot - 1]].date != nil { slot -= 1 }
        }
        positions.insert(position, at: slot)
        index[Pair(rate.base, rate.quote)] = positions
    }

    /// Adds rates.
    ///
    /// - Parameter newRates: The rates.
    public mutating func add(contentsOf newRates: some Sequence<ExchangeRate>) {
        for rate in newRates { add(rate) }
    }

    /// The currencies that have at least one rate, in alphabetical order.
    public var currencies: [CurrencyCode] {
        Array(Set(rates.flatMap { [$0.base, $0.quote] })).sorted()
    }

    /// Converts an amount into another currency.
    ///
    /// - Parameters:
    ///   - money: The amount to convert.
    ///   - target: The currency wanted.
    ///   - date: The day the conversion is for; the latest rates when `nil`.
    /// - Returns: The value, its bounds, the path, the rates and their dates.
    /// - Throws: ``MoneyError`` of kind ``MoneyError/Kind/unknownCurrency`` for a code that is
    ///   neither in the ISO 4217 table nor in the book (with a "did you mean" where one is close),
    ///   or ``MoneyError/Kind/noRate`` naming the pair, the date and the currencies that do have rates.
    public func convert(_ money: Money, to target: CurrencyCode, on date: PartialDate? = nil) throws -> Conversion {
        for code in [money.currency, target] where !Currency.isKnown(code) {
            let known = currencies
            if !known.contains(code) { throw RateBook.unknownCurrency(code.rawValue, known: known) }
        }
        if money.currency == target {
            return Conversion(
                amount: money, value: money, low: money.amount, high: money.amount, path: [target], rates: [],
                dates: [], requestedDate: date)
        }
        var viable: [(steps: [Step], path: [CurrencyCode])] = []
        for path in candidatePaths(from: money.currency, to: target) {
            var steps: [Step] = []
            for hop in 0..<(path.count - 1) {
                guard let step = bestStep(from: path[hop], to: path[hop + 1], on: date) else { break }
                steps.append(step)
            }
            if steps.count == path.count - 1 { viable.append((steps, path)) }
        }
        guard var best = viable.first else {
            throw RateBook.noRate(from: money.currency, to: target, on: date, known: currencies)
        }
        if viable.count > 1 {
            // The narrowest relative bounds win; on a tie, the earlier (shorter) path.
            var bestWidth = RateBook.relativeWidth(of: best.steps)
            for candidate in viable.dropFirst() {
                let width = RateBook.relativeWidth(of: candidate.steps)
                if width < bestWidth { (best, bestWidth) = (candidate, width) }
            }
        }
        return RateBook.conversion(of: money, steps: best.steps, path: best.path, on: date)
    }

    /// Builds the "unknown currency" error, with a suggestion when one is close.
    static func unknownCurrency(_ text: String, known: [CurrencyCode]) -> MoneyError {
        var message = "unknown currency code \"\(text)\""
        if let suggestion = Currency.suggestion(for: text, preferring: known) {
            message += "; did you mean \"\(suggestion)\"?"
        }
        return MoneyError(.unknownCurrency, message)
    }

    /// Builds the "no rate" error, naming the currencies that have rates.
    static func noRate(
        from source: CurrencyCode, to target: CurrencyCode, on date: PartialDate?, known: [CurrencyCode]
    )
        -> MoneyError
    {
        var message = "no rate from \"\(source)\" to \"\(target)\""
        if let date { message += " on or before \(date)" }
        if known.isEmpty {
            message += "; the rate book is empty"
        } else {
            let shown = known.prefix(12).map(\.rawValue).joined(separator: ", ")
            message += "; rates exist for \(shown)" + (known.count > 12 ? " and \(known.count - 12) more" : "")
        }
        return MoneyError(.noRate, message)
    }

    /// Direct, then through one pivot, then through two.
    private func candidatePaths(from source: CurrencyCode, to target: CurrencyCode) -> [[CurrencyCode]] {
        let usable = pivots.filter { $0 != source && $0 != target }
        var paths: [[CurrencyCode]] = [[source, target]]
        for pivot in usable { paths.append([source, pivot, target]) }
        for first in usable {
            for second in usable where second != first { paths.append([source, first, second, target]) }
        }
        return paths
    }

    /// The rate to use for one step: the latest on or before `date`, then the most precise.
    func bestStep(from source: CurrencyCode, to target: CurrencyCode, on date: PartialDate?) -> Step? {
        var best: Step?
        func consider(_ positions: [Int]?, inverse: Bool) {
            guard let positions else { return }
            var groupDate: PartialDate??
            // Walk back from the newest rate; stop after the first date that has a usable rate.
            for position in positions.reversed() {
                let rate = rates[position]
                if let groupDate, rate.date != groupDate { break }
                if let date, let rateDate = rate.date, rateDate.firstDay > date.lastDay { continue }
                guard rate.rate > 0, !inverse || rate.bounds.lowerBound > 0 else { continue }
                groupDate = .some(rate.date)
                let candidate = Step(rate: rate, inverse: inverse)
                if let current = best, !candidate.isPreferred(to: current) { continue }
                best = candidate
            }
        }
        consider(index[Pair(source, target)], inverse: false)
        consider(index[Pair(target, source)], inverse: true)
        return best
    }

    /// `(high - low) / value` of a chain of steps, for an amount of 1.
    private static func relativeWidth(of steps: [Step]) -> Decimal {
        let (value, low, high) = chain(amount: 1, steps: steps)
        return value == 0 ? Decimal.greatestFiniteMagnitude : (high - low) / value
    }

    /// Multiplies forward rates first and divides by inverse ones last, to stay exact where possible.
    private static func chain(amount: Decimal, steps: [Step]) -> (value: Decimal, low: Decimal, high: Decimal) {
        var value = amount
        var low = amount
        var high = amount
        var divisor = Decimal(1)
        var lowDivisor = Decimal(1)
        var highDivisor = Decimal(1)
        for step in steps {
            let bounds = step.rate.bounds
            if step.inverse {
                divisor *= step.rate.rate
                lowDivisor *= bounds.upperBound
                highDivisor *= bounds.lowerBound
            } else {
                value *= step.rate.rate
                low *= bounds.lowerBound
                high *= bounds.upperBound
            }
        }
        if divisor != 1 {
            value /= divisor
            low /= lowDivisor
            high /= highDivisor
        }
        return amount < 0 ? (value, high, low) : (value, low, high)
    }

    private static func conversion(
        of money: Money, steps: [Step], path: [CurrencyCode], on date: PartialDate?
    )
        -> Conversion
    {
        let (value, low, high) = chain(amount: money.amount, steps: steps)
        let dates = Array(Set(steps.compactMap(\.rate.date))).sorted()
        var carried = false
        if let date {
            carried = steps.contains { step in step.rate.date.map { $0.lastDay < date.firstDay } ?? false }
        }
        return Conversion(
            amount: money, value: Money(amount: value, currency: path[path.count - 1]), low: low, high: high,
            path: path, rates: steps.map(\.rate), dates: dates, requestedDate: date, isCarriedForward: carried)
    }

    private enum CodingKeys: String, CodingKey {
        case pivots, rates
    }

    /// Decodes a book from its JSON document.
    ///
    /// - Throws: `DecodingError` for a malformed rate or code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try container.decode([ExchangeRate].self, forKey: .rates),
            pivots: try container.decode([CurrencyCode].self, forKey: .pivots))
    }

    /// Encodes the book as its JSON document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pivots, forKey: .pivots)
        try container.encode(rates, forKey: .rates)
    }
}

extension RateBook {
    /// An ordered currency pair, the key of the book's index.
    struct Pair: Hashable, Sendable {
        let base: CurrencyCode
        let quote: CurrencyCode
        init(_ base: CurrencyCode, _ quote: CurrencyCode) {
            self.base = base
            self.quote = quote
        }
    }

    /// One step of a path: a rate, used as quoted or through its inverse.
    struct Step: Hashable, Sendable {
        let rate: ExchangeRate
        let inverse: Bool

        /// Later dates win; undated rates lose to dated ones; then the narrower bounds win.
        func isPreferred(to other: Step) -> Bool {
            switch (rate.date, other.rate.date) {
            case (let mine?, let theirs?) where mine != theirs:
                return mine > theirs
            case (_?, nil):
                return true
            case (nil, _?):
                return false
            default:
                let mine = rate.relativeUncertainty ?? Decimal.greatestFiniteMagnitude
                let theirs = other.rate.relativeUncertainty ?? Decimal.greatestFiniteMagnitude
                return mine < theirs
            }
        }
    }
}
