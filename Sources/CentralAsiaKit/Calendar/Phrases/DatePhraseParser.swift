/// Reads English date phrases — "21 January 2025", "April 24, 2024", "Aug. 22-23", "by the end of 2025" —
/// as ``DatePhrase`` values, inferring the year of a phrase that has none from a reference date.
///
/// Forms read (a hyphen or an en dash may join the days of a span, with or without spaces):
/// - day first: `21 January 2025`, `08 December 2025`, `21st of January`, `14-15 May 2017`,
///   `30 May - 2 June 2024`;
/// - month first: `April 24, 2024`, `Dec. 10`, `Sept. 3`, `November 11–12`, `May 30 - June 2, 2024`;
/// - months and years: `March 2024`, `March-April 2024`, `2023-2024`;
/// - two dates joined by words: `from May 30 to June 2, 2024`, `from 12 to 15 May 2017`,
///   `between 2020 and 2024` (both ends name a day, or both a month, or both a year);
/// - after leading words: `in 2024`, `on February 24-25`, `by the end of 2025`, `early 2024`, `mid-2024`,
///   `late March`, `since 2020` (see ``DatePhrase/Qualifier``). A year alone, a range of years or a month alone
///   is a date only after such words, except that ``parse(_:reference:)`` also takes a year or years alone.
///   A year alone must lie in 1800…2199 ("in 1000 villages" is no date); a year in a full date in 1000…2999.
///
/// Month names must be capitalised ("May", not "may"); leading words may be in either case. A phrase that
/// names no real day ("31 April 2024") is not a date. A phrase without a year takes its year from the
/// `reference` date by the parser's ``YearInference``; without a reference date it yields nothing.
///
/// ```swift
/// let parser = DatePhraseParser()
/// let reference = PartialDate(year: 2025, month: 1, day: 21)
/// parser.parse("December 10", reference: reference)?.value   // .date(2024-12-10)
/// parser.find(in: "Talks held on Aug. 22-23 continue in 2025.", reference: reference).map(\.text)
/// // ["on Aug. 22-23", "in 2025"]
/// ```
public struct DatePhraseParser: Sendable {
    /// How the year of a phrase that does not write one is chosen.
    public struct YearInference: Sendable, Hashable, CustomStringConvertible {
        private enum Rule: Sendable, Hashable { case notAfter, notBefore, nearest }
        private let rule: Rule

        /// The latest year that does not put the date after the reference date: what a report of past
        /// events means. "December 10" read on 2025-01-21 is 2024-12-10. The default.
        public static let notAfterReference = YearInference(rule: .notAfter)
        /// The earliest year that does not put the date before the reference date: what an announcement of
        /// plans means. "February 24-25" read on 2025-01-21 is 2025-02-24/2025-02-25.
        public static let notBeforeReference = YearInference(rule: .notBefore)
        /// The year that puts the date nearest the reference date, in the past on a tie.
        public static let nearest = YearInference(rule: .nearest)

        /// The rule's name: `notAfterReference`, `notBeforeReference` or `nearest`.
        public var description: String {
            switch rule {
            case .notAfter: "notAfterReference"
            case .notBefore: "notBeforeReference"
            case .nearest: "nearest"
            }
        }

        /// The date or span the match names in the chosen year, or `nil` when no year near the reference
        /// gives a real date.
        fileprivate func resolve(_ build: (Int) -> DateOrSpan?, reference: PartialDate) -> DateOrSpan? {
            let window = 8
            switch rule {
            case .notAfter:
                // The year tried is the end's: a span that wraps ("December 30 - January 2") may end in the
                // year after the reference and still start before it.
                for year in stride(from: reference.year + 1, through: reference.year - window, by: -1) {
                    if let value = build(year), value.start.firstDay <= reference.lastDay { return value }
                }
            case .notBefore:
                for year in reference.year...(reference.year + window) {
                    if let value = build(year), value.end.lastDay >= reference.firstDay { return value }
                }
            case .nearest:
                var best: (distance: Int, value: DateOrSpan)?
                for year in (reference.year - window)...(reference.year + window) {
                    guard let value = build(year) else { continue }
                    let distance = abs(value.start.dayNumber - reference.dayNumber)
                    if best.map({ distance < $0.distance }) ?? true { best = (distance, value) }
                }
                return best?.value
            }
            return nil
        }
    }

    /// How the year of a phrase without one is chosen.
    public var yearInference: YearInference

    /// Creates a parser.
    ///
    /// - Parameter yearInference: How to choose the year of a phrase that has none;
    ///   ``YearInference/notAfterReference`` unless the text speaks of plans.
    public init(yearInference: YearInference = .notAfterReference) {
        self.yearInference = yearInference
    }

    /// Reads a whole text as one date phrase.
    ///
    /// Spaces and tabs around the phrase are ignored; anything else must be part of it. A year alone
    /// ("2024") is read as a year here.
    ///
    /// - Parameters:
    ///   - text: The phrase, such as `"by the end of 2025"`.
    ///   - reference: The date the text was written, for phrases without a year.
    /// - Returns: The phrase, with ``DatePhrase/range`` counting UTF-8 bytes of `text`; `nil` when the text is
    ///   not a date phrase, names no real date, or has no year and there is no reference date.
    public func parse(_ text: String, reference: PartialDate?) -> DatePhrase? {
        let bytes = Array(text.utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        let matcher = DatePhraseMatcher(bytes: bytes, limit: end)
        guard let match = matcher.phrase(at: start, allowsBareYear: true), match.range.upperBound == end else {
            return nil
        }
        return try? resolve(match, in: bytes, reference: reference).get()
    }

    /// Finds every date phrase in a text.
    ///
    /// Phrases start at word boundaries and do not overlap; the longest reading wins ("on May 30 - June 2,
    /// 2024" is one span). A year or a month alone counts only after a leading word ("in 2024", "in March").
    /// A phrase that names no real date, or that has no year when there is no reference date, is skipped as
    /// a whole; ``scan(inUTF8:range:reference:)`` reports such phrases too.
    ///
    /// - Parameters:
    ///   - text: Prose to search.
    ///   - reference: The date the text was written, for phrases without a year.
    /// - Returns: The phrases in text order, with ranges counting UTF-8 bytes of `text`.
    public func find(in text: String, reference: PartialDate?) -> [DatePhrase] {
        find(inUTF8: Array(text.utf8), reference: reference)
    }

    /// Finds every date phrase in part of a UTF-8 buffer, as ``find(in:reference:)`` does.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text.
    ///   - range: The part to search; the whole buffer when `nil`. Clamped to the buffer.
    ///   - reference: The date the text was written, for phrases without a year.
    /// - Returns: The phrases in order, with ranges that are offsets into `bytes`.
    public func find(inUTF8 bytes: [UInt8], range: Range<Int>? = nil, reference: PartialDate?) -> [DatePhrase] {
        scan(inUTF8: bytes, range: range, reference: reference).phrases
    }

    /// Finds every date phrase in part of a UTF-8 buffer, and every phrase that reads like a date but was
    /// skipped ("31 April 2024"; "December 10" without a reference date), so that a caller can report them.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text.
    ///   - range: The part to search; the whole buffer when `nil`. Clamped to the buffer.
    ///   - reference: The date the text was written, for phrases without a year.
    /// - Returns: The phrases and the skipped phrases, each in order, with ranges that are offsets into `bytes`.
    public func scan(inUTF8 bytes: [UInt8], range: Range<Int>? = nil, reference: PartialDate?) -> Scan {
        scan(inUTF8: bytes, range: range, reference: reference, stopAfter: .max)
    }

    /// The first date phrase in part of a UTF-8 buffer (phrases that name no date are passed over), as
    /// ``find(inUTF8:range:reference:)`` would list it first, without reading on.
    func first(inUTF8 bytes: [UInt8], range: Range<Int>, reference: PartialDate?) -> DatePhrase? {
        scan(inUTF8: bytes, range: range, reference: reference, stopAfter: 1).phrases.first
    }

    /// ``scan(inUTF8:range:reference:)``, stopping once it has found `stopAfter` phrases.
    private func scan(inUTF8 bytes: [UInt8], range: Range<Int>?, reference: PartialDate?, stopAfter: Int) -> Scan {
        let searched = (range ?? 0..<bytes.count).clamped(to: 0..<bytes.count)
        let matcher = DatePhraseMatcher(bytes: bytes, limit: searched.upperBound)
        var scan = Scan(phrases: [], rejected: [])
        var index = searched.lowerBound
        while index < searched.upperBound {
            let byte = bytes[index]
            let startsWord =
                (DatePhraseMatcher.isLetter(byte) || DatePhraseMatcher.isDigit(byte))
                && (index == searched.lowerBound || !matcher.isWordByte(at: index - 1))
            if startsWord, let match = matcher.phrase(at: index, allowsBareYear: false) {
                switch resolve(match, in: bytes, reference: reference) {
                case .success(let phrase):
                    scan.phrases.append(phrase)
                    if scan.phrases.count >= stopAfter { return scan }
                case .failure(let rejected): scan.rejected.append(rejected)
                }
                index = match.range.upperBound
                continue
            }
            index += 1
            // No phrase starts inside a word: pass over the rest of it.
            if startsWord {
                while index < searched.upperBound, matcher.isWordByte(at: index) { index += 1 }
            }
        }
        return scan
    }

    /// Checks a match's date, infers its year if needed, and makes the phrase, or says why there is none.
    private func resolve(
        _ match: DatePhraseMatcher.Match, in bytes: [UInt8], reference: PartialDate?
    )
        -> Result<DatePhrase, Rejected>
    {
        let text = String(decoding: bytes[match.range], as: UTF8.self)
        let value: DateOrSpan?
        if match.hasYear {
            value = Self.value(of: match, anchorYear: nil)
        } else if let reference {
            value = yearInference.resolve({ Self.value(of: match, anchorYear: $0) }, reference: reference)
        } else {
            return .failure(Rejected(range: match.range, text: text, reason: .missingYear))
        }
        guard let value else {
            return .failure(Rejected(range: match.range, text: text, reason: .impossibleDate))
        }
        return .success(
            DatePhrase(
                value, qualifier: match.qualifier, range: match.range, text: text, isYearInferred: !match.hasYear))
    }

    /// The date or span a match names, its missing years filled from `anchorYear` (the year of its end).
    ///
    /// A span's start without a year takes the end's year, or the year before when its month and day come
    /// after the end's ("December 30 - January 2, 2025" starts in 2024).
    private static func value(of match: DatePhraseMatcher.Match, anchorYear: Int?) -> DateOrSpan? {
        guard match.isSpan else {
            guard let year = match.startYear ?? anchorYear,
                let date = PartialDate(year: year, month: match.startMonth, day: match.startDay)
            else { return nil }
            return .date(date)
        }
        let startKey = (match.startMonth ?? 0, match.startDay ?? 0)
        let endKey = (match.endMonth ?? 0, match.endDay ?? 0)
        let endYear: Int
        let startYear: Int
        if let written = match.endYear {
            endYear = written
            startYear = match.startYear ?? (startKey > endKey ? written - 1 : written)
        } else if let written = match.startYear {
            startYear = written
            endYear = startKey > endKey ? written + 1 : written
        } else if let anchorYear {
            endYear = anchorYear
            startYear = startKey > endKey ? anchorYear - 1 : anchorYear
        } else {
            return nil
        }
        guard let start = PartialDate(year: startYear, month: match.startMonth, day: match.startDay),
            let end = PartialDate(year: endYear, month: match.endMonth, day: match.endDay),
            let span = DateSpan(start: start, end: end)
        else { return nil }
        return .span(span)
    }
}
