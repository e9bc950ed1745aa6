import Foundation

/// The JSON form of an instant: ISO 8601 in UTC, with fractional seconds only when there are any.
enum ISOInstant {
    static func text(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: seconds.rounded(.down) != seconds)
        return date.formatted(style)
    }

    static func date(_ text: String) -> Date? {
        (try? Date.ISO8601FormatStyle().parse(text))
            ?? (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
    }
}
