import CentralAsiaKit
import Foundation

/// The JSON form of an instant: ISO 8601 in UTC, with fractional seconds only when there are any.
///
/// Written and read so that an instant survives the trip exactly: the text carries the fewest
/// fraction digits that give back the same `Date`, and reading adds the fraction to the whole
/// seconds the same way ``instant(secondsSince1970:nanoseconds:)`` does when a feed date is parsed.
enum ISOInstant {
    /// Seconds from 1970-01-01 to 2001-01-01, Foundation's reference date.
    private static let referenceOffset = 978_307_200

    /// The instant `seconds` whole seconds and `nanoseconds` after 1970-01-01T00:00:00Z.
    static func instant(secondsSince1970 seconds: Int, nanoseconds: Int) -> Date {
        Date(timeIntervalSinceReferenceDate: Double(seconds - referenceOffset) + Double(nanoseconds) / 1e9)
    }

    /// Up to nine digits after a decimal point as nanoseconds (`"249"` is 249,000,000); digits
    /// past the ninth are dropped.
    static func nanoseconds(_ digits: Substring) -> Int? {
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var value = 0
        for (index, byte) in digits.utf8.prefix(9).enumerated() {
            value += Int(byte - 0x30) * power(of: 10, 8 - index)
        }
        return value
    }

    static func text(_ date: Date) -> String {
        let interval = date.timeIntervalSinceReferenceDate
        let whole = interval.rounded(.down)
        let seconds = whole.magnitude < 1e15 ? Int(whole) + referenceOffset : 0
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let clock = seconds - days * 86_400
        // The calendar day (years 1…9999) is a day-precision `PartialDate`, written `2025-04-01`.
        guard whole.magnitude < 1e15, let civil = PartialDate(year: 1970, month: 1, day: 1)?.addingDays(days) else {
            return date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        }
        var text = civil.description + "T"
        text += padded(clock / 3600, 2) + ":" + padded(clock / 60 % 60, 2) + ":" + padded(clock % 60, 2)
        if interval != whole { text += "." + fraction(of: interval, whole: whole) }
        return text + "Z"
    }

    static func date(_ text: String) -> Date? {
        FeedDate.isoInstant(text)
    }

    /// The fewest fraction digits (at least 3, as milliseconds, at most 17) that read back to
    /// `interval`.
    private static func fraction(of interval: Double, whole: Double) -> String {
        let part = interval - whole
        var digits = ""
        for count in 1...17 {
            let scale = Double(power(of: 10, count))
            let scaled = (part * scale).rounded()
            guard scaled < scale else { continue }
            digits = padded(Int(scaled), count)
            if whole + scaled / scale == interval { break }
        }
        while digits.count > 3, digits.hasSuffix("0") { digits.removeLast() }
        return digits + String(repeating: "0", count: max(0, 3 - digits.count))
    }

    private static func power(of base: Int, _ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { result, _ in result * base }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
