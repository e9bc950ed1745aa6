public import Foundation

extension PartialDate {
    /// Creates the day-precision date on which an instant falls at a time zone, in the Gregorian calendar.
    ///
    /// - Parameters:
    ///   - date: The instant.
    ///   - timeZone: The zone whose calendar day is wanted; a news site's own zone for its dates.
    /// - Returns: `nil` when the day is outside the years 1…9999.
    public init?(_ date: Date, timeZone: TimeZone) {
        let parts = Self.gregorian(timeZone).dateComponents([.era, .year, .month, .day], from: date)
        guard parts.era == 1, let year = parts.year, let month = parts.month, let day = parts.day else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    /// Creates a date from calendar components, at the precision they give.
    ///
    /// Only `year`, `month` and `day` are read (and `era`, which must be absent or 1, AD); a day needs a month.
    ///
    /// - Parameter components: Gregorian components, such as those of ``dateComponents``.
    /// - Returns: `nil` without a year, with a day but no month, or when the date does not exist.
    public init?(dateComponents components: DateComponents) {
        guard components.era == nil || components.era == 1, let year = components.year else { return nil }
        self.init(year: year, month: components.month, day: components.day)
    }

    /// Today's date at a time zone.
    ///
    /// - Parameter timeZone: The zone whose calendar day is wanted; the system's by default.
    /// - Returns: The day-precision date of the current instant at `timeZone`.
    public static func today(in timeZone: TimeZone = .current) -> PartialDate {
        PartialDate(Date(), timeZone: timeZone) ?? PartialDate(uncheckedYear: 1970, month: 1, day: 1)
    }

    /// The known parts as calendar components: `year`, and `month` and `day` when known.
    public var dateComponents: DateComponents {
        DateComponents(year: year, month: month, day: day)
    }

    /// The instant the date begins at a time zone: midnight (or the first instant that exists) of its first day.
    ///
    /// - Parameter timeZone: The zone whose calendar is used.
    /// - Returns: The instant, or `nil` when Foundation cannot compute it.
    public func startDate(in timeZone: TimeZone) -> Date? {
        Self.gregorian(timeZone).date(from: firstDay.dateComponents)
    }

    /// The time the date covers at a time zone: from the start of its first day to the start of the day
    /// after its last day (a year is a whole year long).
    ///
    /// - Parameter timeZone: The zone whose calendar is used.
    /// - Returns: The interval, or `nil` when Foundation cannot compute it.
    public func dateInterval(in timeZone: TimeZone) -> DateInterval? {
        let calendar = Self.gregorian(timeZone)
        let (year, month, day) = Self.civil(fromDays: lastDay.dayNumber + 1)
        guard let start = calendar.date(from: firstDay.dateComponents),
            let end = calendar.date(from: DateComponents(year: year, month: month, day: day)), start <= end
        else { return nil }
        return DateInterval(start: start, end: end)
    }

    /// The Gregorian calendar at a time zone.
    static func gregorian(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}

extension DateSpan {
    /// The time the span covers at a time zone: from the start of its first day to the start of the day
    /// after its last day.
    ///
    /// - Parameter timeZone: The zone whose calendar is used.
    /// - Returns: The interval, or `nil` when Foundation cannot compute it.
    public func dateInterval(in timeZone: TimeZone) -> DateInterval? {
        guard let start = start.dateInterval(in: timeZone), let end = end.dateInterval(in: timeZone) else {
            return nil
        }
        return DateInterval(start: start.start, end: max(start.end, end.end))
    }
}
