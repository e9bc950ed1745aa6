/// A language's relative date words ("on Monday", "yesterday", "next month") compiled to vocabulary indices:
/// a token is looked up by its index, without making its word a string or hashing it.
struct RelativeDateTable: Sendable {
    /// The weekday each word names (0 is Sunday), by vocabulary index.
    private let weekdays: [Int?]
    /// The days from the text's own day each word names ("yesterday" -1), by vocabulary index.
    private let days: [Int?]
    /// The steps from the text's own week, month or year each word names ("next" +1), by vocabulary index.
    private let steps: [Int?]
    /// The unit each word counts steps in ("month"), by vocabulary index.
    private let units: [PartialDate.Precision?]

    /// Compiles a language's relative date words (lower case, each in ``ProseText/vocabulary``).
    ///
    /// - Parameters:
    ///   - weekdays: Weekday names and their weekdays (0 is Sunday).
    ///   - days: Day words and their distance from the text's day.
    ///   - steps: Step words and the steps they take.
    ///   - units: Unit words and the precision of a date they step.
    init(
        weekdays: [String: Int], days: [String: Int], steps: [String: Int], units: [String: PartialDate.Precision]
    ) {
        self.weekdays = RelativeDateTable.byIndex(weekdays)
        self.days = RelativeDateTable.byIndex(days)
        self.steps = RelativeDateTable.byIndex(steps)
        self.units = RelativeDateTable.byIndex(units)
    }

    /// English.
    static let english = RelativeDateTable(
        weekdays: EnglishDateWords.weekdays, days: EnglishDateWords.relativeDays,
        steps: EnglishDateWords.relativeSteps, units: EnglishDateWords.relativeUnits)

    /// A table's values laid out by the vocabulary index of their words.
    private static func byIndex<Value>(_ table: [String: Value]) -> [Value?] {
        var values = [Value?](repeating: nil, count: ProseText.vocabulary.words.count)
        for (word, value) in table {
            let id = ProseText.id(of: word)
            // A table word missing from the vocabulary would never match; the tests' debug builds stop here.
            assert(id >= 0, "\"\(word)\" is a date word but not in ProseText.vocabulary")
            if id >= 0 { values[Int(id)] = value }
        }
        return values
    }

    /// The value of a vocabulary index in one of the tables (-1, no word, has none).
    @inline(__always)
    private static func value<Value>(_ table: [Value?], _ id: Int32) -> Value? {
        id >= 0 && Int(id) < table.count ? table[Int(id)] : nil
    }

    /// The weekday a token's word names.
    func weekday(_ id: Int32) -> Int? { RelativeDateTable.value(weekdays, id) }
    /// The days from the text's day a token's word names.
    func dayOffset(_ id: Int32) -> Int? { RelativeDateTable.value(days, id) }
    /// The steps a token's word takes.
    func step(_ id: Int32) -> Int? { RelativeDateTable.value(steps, id) }
    /// The unit a token's word steps in.
    func unit(_ id: Int32) -> PartialDate.Precision? { RelativeDateTable.value(units, id) }
}

extension TravelExtractor {
    /// The date a relative phrase in a range of tokens names from the text's day: a weekday ("on Monday": the
    /// nearest on or before the day, or on or after it for a plan), a day word ("yesterday"), or a step of
    /// weeks, months or years ("last week", "next month", "this year").
    func relativeDate(
        in tokens: Range<Int>, of prose: ProseText, reference: PartialDate?, forward: Bool
    )
        -> DateOrSpan?
    {
        guard let reference, reference.day != nil else { return nil }
        let words = relativeDates
        for position in tokens {
            let id = prose.id(position)
            guard id >= 0 else { continue }
            if let day = words.weekday(id) {
                return reference.nearest(weekday: day, forward: forward).map(DateOrSpan.date)
            }
            if let days = words.dayOffset(id) {
                return reference.addingDays(days).map(DateOrSpan.date)
            }
            if let unit = words.unit(id), position > tokens.lowerBound, let steps = words.step(prose.id(position - 1)) {
                return reference.stepping(steps, unit)
            }
        }
        return nil
    }
}
