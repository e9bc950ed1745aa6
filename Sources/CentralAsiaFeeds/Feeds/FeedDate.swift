public import CentralAsiaKit
public import Foundation

/// A date as a feed wrote it, read without a locale: the calendar day it names and, when it gives
/// a time and a known zone, the instant.
///
/// Accepted (the forms FeedKit's users reported and more):
/// - RFC 822 and variants: `Tue, 21 Jan 2025 10:00:00 +0600`, `Tues, 21 Jan 25 10:00 GMT`,
///   `21 Jan 2025 10:00:00 +06:00`, a missing weekday or seconds, `EST`/`PDT`/`UT`/`Z`/`CET`/`MSK`,
///   `January 21, 2025`, and Java's `Tue Jan 28 15:28:56 CET 2020`;
/// - RFC 3339 / ISO 8601: `2025-01-21T10:00:00.123+06:00`, `2025-01-21 10:00:00Z`,
///   `2025-01-21T10:00` (no zone), `2025-01-21`;
/// - W3C-DTF's year and year-month (`2003`, `2003-12`), which name a year or a month, not a day;
/// - asctime (`Sun Jan  4 16:29:06 2004`), which names no zone, so only the day is kept;
/// - zones such as `Etc/GMT`, `Etc/GMT-5`, `GMT+03:00` and `UTC+5`; an offset no zone has
///   (`-99:99`) makes the date malformed;
/// - slashed dates `2006/09/15` and `2006/09/15 08:19:53 +0300`;
/// - `21.01.2025` and `21.01.2025, 14:57`.
///
/// The ``day`` is the day in the writer's own zone (`Tue, 21 Jan 2025 01:00 +0600` is 21 January,
/// though it is still 20 January in UTC). ``instant`` is `nil` when the text has no time, no zone,
/// or a zone abbreviation that is ambiguous (`ALMT`); ``unknownZone`` names the latter.
///
/// JSON: `{"raw": "Tue, 21 Jan 2025 10:00:00 +0600", "day": "2025-01-21",
/// "instant": "2025-01-21T04:00:00Z", "unknownZone": "ALMT"}`; absent fields are left out. Fractions
/// of a second are read to the nanosecond (as far as a `Date` holds them) and written as
/// milliseconds or with the few more digits that give back the same `Date`.
public struct FeedDate: Sendable, Hashable, Codable {
    /// The text as written.
    public var raw: String
    /// The calendar day it names, in its own zone (a year or a month when the text names no day).
    public var day: PartialDate
    /// The instant, when the text gives a time and a known zone.
    public var instant: Date?
    /// A zone abbreviation that was not understood, when there was one.
    public var unknownZone: String?

    /// Creates a date.
    ///
    /// - Parameters:
    ///   - raw: The text as written.
    ///   - day: The calendar day.
    ///   - instant: The instant, if known.
    ///   - unknownZone: An unrecognised zone abbreviation, if any.
    public init(raw: String, day: PartialDate, instant: Date? = nil, unknownZone: String? = nil) {
        self.raw = raw
        self.day = day
        self.instant = instant
        self.unknownZone = unknownZone
    }

    /// Reads a feed date.
    ///
    /// - Parameter text: The date as written.
    /// - Returns: `nil` when the text is none of the accepted forms or names no real day.
    public init?(_ text: String) {
        let trimmed = text.trimmed
        guard
            let parsed = FeedDate.parseISO(trimmed) ?? FeedDate.parseYearOrMonth(trimmed)
                ?? FeedDate.parseSlashed(trimmed) ?? FeedDate.parseDotted(trimmed) ?? FeedDate.parseRFC822(trimmed)
        else { return nil }
        self = parsed
        raw = text
    }

    private enum CodingKeys: String, CodingKey { case raw, day, instant, unknownZone }

    /// Decodes a date from its JSON document.
    ///
    /// - Throws: `DecodingError` for a missing field, a malformed day or instant.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        raw = try container.decode(String.self, forKey: .raw)
        day = try container.decode(PartialDate.self, forKey: .day)
        unknownZone = try container.decodeIfPresent(String.self, forKey: .unknownZone)
        instant = nil
        if let text = try container.decodeIfPresent(String.self, forKey: .instant) {
            guard let date = ISOInstant.date(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .instant, in: container,
                    debugDescription: "invalid instant \"\(text)\"; expected ISO 8601 such as 2025-01-21T04:00:00Z")
            }
            instant = date
        }
    }

    /// Encodes the date as its JSON document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(raw, forKey: .raw)
        try container.encode(day, forKey: .day)
        try container.encodeIfPresent(instant.map(ISOInstant.text), forKey: .instant)
        try container.encodeIfPresent(unknownZone, forKey: .unknownZone)
    }

    static let zones: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
        "PST": -8, "PDT": -7, "WET": 0, "WEST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    ]

    /// Builds a date from parts; `offset` in seconds east of UTC, `nil` when unknown.
    static func make(
        _ year: Int, _ month: Int, _ day: Int, time: (Int, Int, Int, Int)?, offset: Int?, unknownZone: String? = nil
    ) -> FeedDate? {
        guard let date = PartialDate(year: year, month: month, day: day) else { return nil }
        var instant: Date?
        if let (hour, minute, second, nanoseconds) = time {
            guard hour < 24, minute < 60, second < 61 else { return nil }
            if let offset {
                let seconds = date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second - offset
                instant = ISOInstant.instant(secondsSince1970: seconds, nanoseconds: nanoseconds)
            }
        }
        return FeedDate(raw: "", day: date, instant: instant, unknownZone: unknownZone)
    }

    /// `HH:mm[:ss[.fff]]`: hour, minute, second and nanoseconds (digits past the ninth dropped).
    static func time(_ text: Substring) -> (Int, Int, Int, Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count <= 2, parts[1].count == 2,
            let hour = PartialDate.asciiNumber(parts[0]), let minute = PartialDate.asciiNumber(parts[1])
        else { return nil }
        var second = 0
        var fraction = 0
        if parts.count == 3 {
            let pieces = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard pieces[0].count == 2, let whole = PartialDate.asciiNumber(pieces[0]) else { return nil }
            second = whole
            if pieces.count == 2 {
                guard let value = ISOInstant.nanoseconds(pieces[1]) else { return nil }
                fraction = value
            }
        }
        return (hour, minute, second, fraction)
    }

    /// `+0600`, `-05:00`, `+06`, a known abbreviation, `GMT+03:00`, `UTC+5` or `Etc/GMT-5`;
    /// seconds east of UTC. `nil` for an offset no zone has (hours over 14, minutes over 59).
    static func offset(_ text: Substring) -> Int? {
        if let hours = zones[text.uppercased()] { return hours * 3600 }
        if let etc = etcZoneOffset(text) { return etc }
        for prefix in ["GMT", "UTC", "UT"] where text.uppercased().hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
            // `GMT+3` writes its hours with one digit.
            return numericOffset(rest.count == 2 ? "\(sign)0\(rest.dropFirst())" : rest)
        }
        return numericOffset(text)
    }

    /// `+0600`, `-05:00`, `+06`: seconds east of UTC, or `nil` for an impossible offset.
    private static func numericOffset(_ text: Substring) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let written = text.dropFirst()
        let body = written.replacingOccurrences(of: ":", with: "")
        guard body.count == 2 || body.count == 4, written.count == body.count || body.count == 4,
            let value = PartialDate.asciiNumber(Substring(body))
        else { return nil }
        let (hours, minutes) = body.count == 4 ? (value / 100, value % 100) : (value, 0)
        guard hours <= maxOffsetHours, minutes < 60, hours < maxOffsetHours || minutes == 0 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return sign == "-" ? -seconds : seconds
    }

    /// The largest offset from UTC any zone uses, in hours (Kiribati, +14:00).
    private static let maxOffsetHours = 14

    /// The IANA `Etc/` zones: `Etc/UTC`, `Etc/GMT`, and `Etc/GMT-5`, whose POSIX sign is inverted
    /// (`Etc/GMT-5` is five hours east of UTC).
    private static func etcZoneOffset(_ text: Substring) -> Int? {
        let upper = text.uppercased()
        guard upper.hasPrefix("ETC/") else { return nil }
        let name = upper.dropFirst("ETC/".count)
        if ["UTC", "GMT", "UCT", "ZULU", "UNIVERSAL", "GREENWICH", "GMT0"].contains(name) { return 0 }
        guard name.hasPrefix("GMT"), let sign = name.dropFirst(3).first, sign == "+" || sign == "-",
            let hours = PartialDate.asciiNumber(name.dropFirst(4)), hours <= maxOffsetHours
        else { return nil }
        return (sign == "+" ? -hours : hours) * 3600
    }

    private static func parseISO(_ text: String) -> FeedDate? {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 10, utf8[4] == 0x2D, utf8[7] == 0x2D,
            let year = PartialDate.asciiNumber(text.prefix(4)),
            let month = PartialDate.asciiNumber(text.dropFirst(5).prefix(2)),
            let day = PartialDate.asciiNumber(text.dropFirst(8).prefix(2))
        else { return nil }
        var rest = text.dropFirst(10)
        if rest.isEmpty { return make(year, month, day, time: nil, offset: nil) }
        guard rest.first == "T" || rest.first == "t" || rest.first == " " else { return nil }
        rest = rest.dropFirst()
        let zoneStart = rest.firstIndex { $0 == "Z" || $0 == "z" || $0 == "+" || $0 == "-" || $0 == " " }
        let timeText = zoneStart.map { rest[..<$0] } ?? rest
        guard let clock = time(timeText) else { return nil }
        guard let zoneStart else { return make(year, month, day, time: clock, offset: nil) }
        let zoneText = rest[zoneStart...].trimmedSpaces
        guard let seconds = offset(Substring(zoneText)) else { return nil }
        return make(year, month, day, time: clock, offset: seconds)
    }

    /// The instant of an RFC 3339 timestamp (`2025-01-21T04:00:00Z`, `2025-01-21T10:00:00.5+06:00`);
    /// `nil` for anything else, including a timestamp without a zone.
    static func isoInstant(_ text: String) -> Date? {
        guard text.utf8.count > 10, text.utf8.dropFirst(10).first.map({ $0 == 0x54 || $0 == 0x74 }) == true else {
            return nil
        }
        return parseISO(text)?.instant
    }

    private static func parseDotted(_ text: String) -> FeedDate? {
        let pieces = text.split(whereSeparator: { $0 == "," || $0 == " " })
        guard let first = pieces.first, pieces.count <= 2 else { return nil }
        guard let day = PartialDate(dottedDay: first) else { return nil }
        var clock: (Int, Int, Int, Int)?
        if pieces.count == 2 {
            guard let parsed = time(pieces[1]) else { return nil }
            clock = parsed
        }
        return make(day.year, day.month ?? 1, day.day ?? 1, time: clock, offset: nil)
    }

    static func monthNumber(_ token: Substring) -> Int? {
        // Either a name or abbreviation of the package's one month table, or a prefix of an English name.
        guard token.count >= 3 else { return nil }
        return MonthNames.month(named: token, prefixes: true)
    }

    /// Java's `Date.toString()`: `Tue Jan 28 15:28:56 CET 2020` (weekday already dropped).
    private static func parseJavaStyle(_ tokens: ArraySlice<Substring>) -> FeedDate? {
        let parts = Array(tokens)
        guard parts.count == 5, let month = monthNumber(parts[0]), let day = PartialDate.asciiNumber(parts[1]),
            let clock = time(parts[2]), parts[4].count == 4, let year = PartialDate.asciiNumber(parts[4])
        else { return nil }
        if let seconds = offset(parts[3]) { return make(year, month, day, time: clock, offset: seconds) }
        guard parts[3].allSatisfy(\.isLetter) else { return nil }
        return make(year, month, day, time: clock, offset: nil, unknownZone: String(parts[3]))
    }

    private static func parseRFC822(_ text: String) -> FeedDate? {
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })[...]
        guard let first = tokens.first else { return nil }
        // A leading weekday, spelled any way ("Tue", "Tues", "Tuesday").
        if first.allSatisfy(\.isLetter), monthNumber(first) == nil { tokens = tokens.dropFirst() }
        guard tokens.count >= 3 else { return nil }
        if let java = parseJavaStyle(tokens) { return java }
        if let asctime = parseAsctime(tokens) { return asctime }
        let a = tokens[tokens.startIndex]
        let b = tokens[tokens.startIndex + 1]
        let yearToken = tokens[tokens.startIndex + 2]
        let day: Int
        let month: Int
        if let number = PartialDate.asciiNumber(a), let name = monthNumber(b) {
            (day, month) = (number, name)
        } else if let name = monthNumber(a), let number = PartialDate.asciiNumber(b) {
            (day, month) = (number, name)
        } else {
            return nil
        }
        guard yearToken.count == 4 || yearToken.count == 2, var year = PartialDate.asciiNumber(yearToken) else {
            return nil
        }
        if yearToken.count == 2 { year += year < 50 ? 2000 : 1900 }
        var rest = tokens.dropFirst(3)
        guard let clockToken = rest.first else { return make(year, month, day, time: nil, offset: nil) }
        guard let clock = time(clockToken) else { return nil }
        rest = rest.dropFirst()
        guard let zoneToken = rest.first, rest.count == 1 else {
            return rest.isEmpty ? make(year, month, day, time: clock, offset: nil) : nil
        }
        if let seconds = offset(zoneToken) { return make(year, month, day, time: clock, offset: seconds) }
        guard zoneToken.allSatisfy(\.isLetter) else { return nil }
        return make(year, month, day, time: clock, offset: nil, unknownZone: String(zoneToken))
    }
}
