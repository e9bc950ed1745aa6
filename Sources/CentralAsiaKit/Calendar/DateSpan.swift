/// A span of calendar dates, such as "Aug. 22-23" or "14-15 May 2017".
///
/// JSON: `{"start": "2024-08-22", "end": "2024-08-23"}`.
public struct DateSpan: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first date of the span.
    public let start: PartialDate
    /// The last date of the span.
    public let end: PartialDate

    /// Creates a span.
    ///
    /// - Parameters:
    ///   - start: The first date.
    ///   - end: The last date.
    /// - Returns: `nil` when `end` comes before `start`.
    public init?(start: PartialDate, end: PartialDate) {
        guard start.firstDay <= end.lastDay else { return nil }
        self.start = start
        self.end = end
    }

    /// Whether a date falls within the span (every day of it).
    ///
    /// - Parameter date: The date to test.
    /// - Returns: `true` when the date lies between the span's first and last day.
    public func contains(_ date: PartialDate) -> Bool {
        start.firstDay <= date.firstDay && date.lastDay <= end.lastDay
    }

    /// The number of days from the span's first day to its last, both included ("Aug. 22-23" covers 2).
    public var dayCount: Int { end.lastDay.dayNumber - start.dayNumber + 1 }

    /// `start/end` in ISO 8601 interval form: `"2024-08-22/2024-08-23"`.
    public var description: String { "\(start)/\(end)" }

    private enum CodingKeys: String, CodingKey { case start, end }

    /// Decodes a span, checking that it does not end before it starts.
    ///
    /// - Throws: `DecodingError` when a date is malformed or the span is reversed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(PartialDate.self, forKey: .start)
        let end = try container.decode(PartialDate.self, forKey: .end)
        guard let span = DateSpan(start: start, end: end) else {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: container, debugDescription: "span ends \"\(end)\" before it starts \"\(start)\"")
        }
        self = span
    }

    /// Encodes the span as `{"start": …, "end": …}`.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
