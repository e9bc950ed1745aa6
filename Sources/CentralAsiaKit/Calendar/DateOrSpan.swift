/// A single date or a span of dates, as a news item states when something happened.
///
/// JSON: a date is its ISO 8601 string (`"2024-04-24"`); a span is an object
/// (`{"start": "2024-08-22", "end": "2024-08-23"}`), so a field such as a visit's `date` can hold either.
public enum DateOrSpan: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One date, at any precision.
    case date(PartialDate)
    /// A span from one date to another.
    case span(DateSpan)

    /// The date, or the start of the span.
    public var start: PartialDate {
        switch self {
        case .date(let date): date
        case .span(let span): span.start
        }
    }

    /// The date, or the end of the span.
    public var end: PartialDate {
        switch self {
        case .date(let date): date
        case .span(let span): span.end
        }
    }

    /// The date, when this is a single date.
    public var date: PartialDate? {
        if case .date(let date) = self { return date }
        return nil
    }

    /// The span, when this is a span.
    public var span: DateSpan? {
        if case .span(let span) = self { return span }
        return nil
    }

    /// Whether every day of `date` falls within the date or the span.
    ///
    /// - Parameter date: The date to test.
    /// - Returns: `true` when `date` lies between the first and the last day covered.
    public func contains(_ date: PartialDate) -> Bool {
        switch self {
        case .date(let own): own.contains(date)
        case .span(let span): span.contains(date)
        }
    }

    /// The ISO 8601 text: `"2024-04-24"`, or `"2024-08-22/2024-08-23"` for a span.
    public var description: String {
        switch self {
        case .date(let date): date.description
        case .span(let span): span.description
        }
    }

    /// Decodes a date string or a `{"start", "end"}` object.
    ///
    /// - Throws: `DecodingError` when the value is neither, or holds a malformed date or a reversed span.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if (try? container.decode(String.self)) != nil {
            self = .date(try container.decode(PartialDate.self))
        } else {
            self = .span(try container.decode(DateSpan.self))
        }
    }

    /// Encodes a date as its string and a span as `{"start", "end"}`.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .date(let date): try date.encode(to: encoder)
        case .span(let span): try span.encode(to: encoder)
        }
    }
}
