/// Reads date phrases in English and Russian — "21 January 2025", "April 24, 2024", "by the end of 2025",
/// "12–14 ноября", "с 3 по 5 марта", "в 2023 году" — as ``DatePhrase`` values, inferring the year of a phrase
/// that has none from a reference date.
///
/// Forms read (a hyphen or an en dash may join the days of a span, with or without spaces; an em dash without
/// spaces):
/// - day first: `21 January 2025`, `08 December 2025`, `21st of January`, `14-15 May 2017`,
///   `30 May - 2 June 2024`, `12 ноября 2024 года`, `3—4 июля`, `9 июн`;
/// - month first (English): `April 24, 2024`, `Dec. 10`, `Sept. 3`, `November 11–12`, `May 30 - June 2, 2024`;
/// - months and years: `March 2024`, `March-April 2024`, `2023-2024`, `июне 2016 года`, `2026–2028 годы`;
/// - two dates joined by words: `from May 30 to June 2, 2024`, `from 12 to 15 May 2017`,
///   `between 2020 and 2024`, `с 3 по 5 марта` (both ends name a day, or both a month, or both a year);
/// - after leading words: `in 2024`, `on February 24-25`, `by the end of 2025`, `early 2024`, `mid-2024`,
///   `late March`, `since 2020`, `в сентябре`, `в конце мая`, `с 2017 года`, `до 2030 года` (see
///   ``DatePhrase/Qualifier``). A year alone, a range of years or a month alone is a date only after such
///   words, except that ``parse(_:reference:)`` also takes a year or years alone. A year alone must lie in
///   1800…2199 ("in 1000 villages" is no date); a year in a full date in 1000…2999. The words after a year
///   belong to the phrase (`2024 года`, `2025 г.`, `2022-го`); in a list of years each year is a phrase
///   (`в 2005, 2011 и 2017 годах`);
/// - the first months of a year: `за десять месяцев 2025 года`, `in the first ten months of 2025`;
/// - Russian month adjectives (`июльском`, `октябрьских`) and numeric dates, day first (`21.12.2025`,
///   `05/12/2016`);
/// - with ``readsRelativePhrases``, phrases resolved against the reference date: `today`, `yesterday`,
///   `сегодня`, `on Monday`, `во вторник`, `last week`, `на этой неделе` (Monday to Sunday), `в прошлом году`,
///   `two years ago`, `месяц назад` (month precision), `11 ноября прошлого года`, `уходящего года`; and
///   phrases resolved against the day named before them (or the reference date when none was):
///   `the next day`, `в тот же день`, `накануне`.
///
/// English month names must be capitalised ("May", not "may"); Russian ones may be in any case; leading words
/// may be in either case. A phrase that names no real day ("31 April 2024") is not a date. A phrase without a
/// year takes its year from the `reference` date by the parser's ``YearInference``; without a reference date
/// it yields nothing. Ages, anniversaries and durations ("72 года", "75-летие", "три дня") are not dates.
///
/// ```swift
/// let parser = DatePhraseParser()
/// let reference = PartialDate(year: 2025, month: 1, day: 21)
/// parser.parse("December 10", reference: reference)?.value   // .date(2024-12-10)
/// parser.find(in: "Talks held on Aug. 22-23 continue in 2025.", reference: reference).map(\.text)
/// // ["on Aug. 22-23", "in 2025"]
/// parser.parse("12–14 ноября", reference: reference)?.value  // .span(2024-11-12/2024-11-14)
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
    /// The languages whose phrases are read, in the order they are tried.
    public var languages: [Language]
    /// Whether relative phrases are read ("yesterday", "в прошлом году", "the next day"): off by default, so
    /// that a caller that reads relative words its own way gets only the written dates.
    public var readsRelativePhrases: Bool

    /// Creates a parser.
    ///
    /// - Parameters:
    ///   - languages: The languages to read; English and Russian by default.
    ///   - yearInference: How to choose the year of a phrase that has none;
    ///     ``YearInference/notAfterReference`` unless the text speaks of plans.
    ///   - readsRelativePhrases: Whether to read phrases relative to the reference date or to the day named
    ///     before ("yesterday", "на следующей неделе", "в тот же день").
    public init(
        languages: [Language] = Language.all, yearInference: YearInference = .notAfterReference,
        readsRelativePhrases: Bool = false
    ) {
        self.languages = languages
        self.yearInference = yearInference
        self.readsRelativePhrases = readsRelativePhrases
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
        for language in languages {
            guard let match = matcher(language, bytes, limit: end).phrase(at: start, allowsBareYear: true),
                match.range.upperBound == end
            else { continue }
            return try? resolve(match, of: language.words, in: bytes, reference: reference, context: Context()).get()
        }
        return nil
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
    ///
    /// - Parameter starts: Where a phrase may start, when the caller knows that none starts elsewhere in
    ///   `range` (a word before it starts no phrase, and none starts after it): phrases are looked for only
    ///   from there, and what is found is what a search of all of `range` finds first.
    func first(
        inUTF8 bytes: [UInt8], range: Range<Int>, reference: PartialDate?, starts: Range<Int>? = nil
    ) -> DatePhrase? {
        scan(inUTF8: bytes, range: range, reference: reference, stopAfter: 1, starts: starts).phrases.first
    }

    /// ``scan(inUTF8:range:reference:)``, stopping once it has found `stopAfter` phrases, and looking for
    /// phrases only at offsets in `starts` when it is given.
    ///
    /// Words are read once for every language: a word that starts no phrase of any language is passed over
    /// after one hash and a bit test per language.
    private func scan(
        inUTF8 bytes: [UInt8], range: Range<Int>?, reference: PartialDate?, stopAfter: Int, starts: Range<Int>? = nil
    ) -> Scan {
        let searched = (range ?? 0..<bytes.count).clamped(to: 0..<bytes.count)
        var scan = Scan(phrases: [], rejected: [])
        guard let firstLanguage = languages.first else { return scan }
        // Reads words and word boundaries, which are the same in every language.
        let reader = matcher(firstLanguage, bytes, limit: searched.upperBound)
        var context = Context()
        var index = max(searched.lowerBound, starts?.lowerBound ?? searched.lowerBound)
        let startsEnd = min(searched.upperBound, starts?.upperBound ?? searched.upperBound)
        while index < startsEnd {
            guard reader.startsWord(at: index, after: searched.lowerBound), let opening = reader.opening(at: index)
            else {
                index += 1
                continue
            }
            if mayStart(opening),
                let (matcher, match) = longest(at: index, opening: opening, in: bytes, limit: searched.upperBound)
            {
                var next: DatePhraseMatcher.Match? = match
                while let current = next {
                    if let until = context.yearUntil, current.range.lowerBound >= until { context.year = nil }
                    switch resolve(current, of: matcher.words, in: bytes, reference: reference, context: context) {
                    case .success(let phrase):
                        scan.phrases.append(phrase)
                        if scan.phrases.count >= stopAfter { return scan }
                        if readsRelativePhrases { context.note(phrase, in: bytes, limit: searched.upperBound) }
                    case .failure(let rejected): scan.rejected.append(rejected)
                    }
                    index = current.range.upperBound
                    // A year listed after a year is a phrase of its own ("2005, 2011 и 2017 годах").
                    next = current.isYearAlone ? matcher.listedYear(after: index) : nil
                }
                continue
            }
            // No phrase starts inside a word: pass over the rest of it.
            if case .word(_, let end) = opening { index = max(index + 1, end) } else { index += 1 }
            while index < searched.upperBound, reader.isWordByte(at: index) { index += 1 }
        }
        return scan
    }

    /// What the phrases read so far say about the ones that follow: the last day named, which "the next
    /// day" and "накануне" count from, and a year named alone, which the year-less dates of the rest of its
    /// sentence take ("В прошлом году … 24 декабря").
    struct Context {
        var anchor: PartialDate?
        var year: Int?
        /// Where the sentence of ``year`` ends.
        var yearUntil: Int?

        /// Takes note of a phrase just read; a year with a qualifier ("с 2017 года") sets no year.
        mutating func note(_ phrase: DatePhrase, in bytes: [UInt8], limit: Int) {
            if phrase.value.end.precision == .day { anchor = phrase.value.end }
            guard case .date(let date) = phrase.value, date.precision == .year, phrase.qualifier == nil else { return }
            year = date.year
            yearUntil = Self.sentenceEnd(after: phrase.range.upperBound, in: bytes, limit: limit)
        }

        /// The end of the sentence that goes on at `index`: a line break, or a full stop, "!" or "?" before a
        /// space.
        static func sentenceEnd(after index: Int, in bytes: [UInt8], limit: Int) -> Int {
            let stops: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]
            var next = index
            while next < limit {
                if bytes[next] == 0x0A { return next }
                if stops.contains(bytes[next]), next + 1 >= limit || bytes[next + 1] == UInt8(ascii: " ") {
                    return next
                }
                next += 1
            }
            return limit
        }
    }

    /// The matcher of a language over the bytes.
    private func matcher(_ language: Language, _ bytes: [UInt8], limit: Int) -> DatePhraseMatcher {
        DatePhraseMatcher(bytes: bytes, limit: limit, words: language.words, readsRelative: readsRelativePhrases)
    }

    /// Whether a phrase of some language may start with a digit or word: always at a digit. ``longest(at:opening:in:limit:)``
    /// asks each language again, but this inline test keeps the words that start nothing (most of them) from
    /// calling it at all.
    @inline(__always)
    private func mayStart(_ opening: DatePhraseMatcher.Opening) -> Bool {
        guard case .word(let hash, _) = opening else { return true }
        return languages.contains { $0.words.mayStart(hash: hash) }
    }

    /// The longest phrase any language reads at `index` (the first language's on a tie), with its matcher.
    ///
    /// The word at `index` is folded and hashed once; a language is asked only when a phrase of its may start
    /// with that word, or at a digit.
    private func longest(
        at index: Int, opening: DatePhraseMatcher.Opening, in bytes: [UInt8], limit: Int
    ) -> (DatePhraseMatcher, DatePhraseMatcher.Match)? {
        var best: (DatePhraseMatcher, DatePhraseMatcher.Match)?
        for language in languages {
            if case .word(let hash, _) = opening, !language.words.mayStart(hash: hash) { continue }
            let matcher = matcher(language, bytes, limit: limit)
            guard let match = matcher.phrase(at: index, allowsBareYear: false, opening: opening) else { continue }
            if best.map({ match.range.upperBound > $0.1.range.upperBound }) ?? true { best = (matcher, match) }
        }
        return best
    }

    /// Checks a match's date, infers its year or resolves its relative date if needed, and makes the phrase,
    /// or says why there is none.
    ///
    /// - Parameters:
    ///   - words: The words of the language that read the match, whose leads give its qualifier.
    ///   - context: The last day and the sentence's year named before the phrase.
    private func resolve(
        _ match: DatePhraseMatcher.Match, of words: DateWords, in bytes: [UInt8], reference: PartialDate?,
        context: Context
    )
        -> Result<DatePhrase, Rejected>
    {
        let text = String(decoding: bytes[match.range], as: UTF8.self)
        let value: DateOrSpan?
        var inferred = !match.hasYear
        if let relative = match.relative {
            guard let reference, reference.day != nil else {
                return .failure(Rejected(range: match.range, text: text, reason: .missingReference))
            }
            value = resolve(relative, reference: reference, anchor: context.anchor)
            inferred = false
        } else if match.hasYear {
            value = Self.value(of: match, anchorYear: nil)
        } else if let step = match.yearStep {
            guard let reference else {
                return .failure(Rejected(range: match.range, text: text, reason: .missingReference))
            }
            value = Self.value(of: match, anchorYear: reference.year + step)
            inferred = false
        } else if let year = context.year {
            value = Self.value(of: match, anchorYear: year)
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
                value, qualifier: match.lead.flatMap { words.leads[$0].qualifier }, range: match.range, text: text,
                isYearInferred: inferred))
    }

    /// The date a relative phrase names from a day (the text's own, or the anchor for an anaphor).
    private func resolve(
        _ relative: DatePhraseMatcher.Relative, reference: PartialDate, anchor: PartialDate?
    ) -> DateOrSpan? {
        switch relative {
        case .days(let days): return reference.addingDays(days).map(DateOrSpan.date)
        case .anaphor(let days): return (anchor ?? reference).addingDays(days).map(DateOrSpan.date)
        case .weekday(let weekday):
            return yearInference.nearest(weekday: weekday, from: reference).map(DateOrSpan.date)
        case .step(let steps, let unit): return reference.stepping(steps, unit)
        case .weekdayStep(let weekday, let steps):
            guard steps != 0 else {
                return yearInference.nearest(weekday: weekday, from: reference).map(DateOrSpan.date)
            }
            // "last Friday" is before the text's day, "next Monday" after it, even on a Friday or a Monday.
            return reference.addingDays(steps).flatMap { $0.nearest(weekday: weekday, forward: steps > 0) }.map(
                DateOrSpan.date)
        case .ago(let count, let unit): return reference.stepping(-count, unit, keepsDay: true)
        }
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

extension DatePhraseParser {
    /// A language whose date phrases a parser reads: ``english`` or ``russian``.
    ///
    /// A language is a table of words (month names in every case form, leading words, relative words) that
    /// the one grammar reads; see the "Date phrases" article.
    public struct Language: Sendable, Hashable, CustomStringConvertible {
        /// The language's words.
        let words: DateWords

        /// English: "21 January 2025", "April 24, 2024", "by the end of 2025", "last week".
        public static let english = Language(words: .english)
        /// Russian: "12 ноября 2024 года", "с 3 по 5 марта", "в 2023 году", "на этой неделе", "21.12.2025".
        public static let russian = Language(words: .russian)
        /// Every language the package reads, English first.
        public static let all = [english, russian]

        /// The language's name: `english` or `russian`.
        public var description: String { words.name }

        /// Whether two values are the same language.
        public static func == (lhs: Language, rhs: Language) -> Bool { lhs.words.name == rhs.words.name }

        /// Hashes the language's name.
        public func hash(into hasher: inout Hasher) { hasher.combine(words.name) }
    }
}

extension DatePhraseParser.YearInference {
    /// The day with a weekday that this rule picks around a reference day: the nearest on or before it, on
    /// or after it, or the nearer of the two (the past on a tie).
    func nearest(weekday: Int, from reference: PartialDate) -> PartialDate? {
        switch self {
        case .notBeforeReference: return reference.nearest(weekday: weekday, forward: true)
        case .notAfterReference: return reference.nearest(weekday: weekday, forward: false)
        default:
            guard let back = reference.nearest(weekday: weekday, forward: false),
                let ahead = reference.nearest(weekday: weekday, forward: true)
            else { return nil }
            return ahead.dayNumber - reference.dayNumber < reference.dayNumber - back.dayNumber ? ahead : back
        }
    }
}

extension DatePhraseMatcher.Match {
    /// Whether the match is a year alone, which a list of years may follow.
    var isYearAlone: Bool { startYear != nil && startMonth == nil && !isSpan && relative == nil }
}

extension PartialDate {
    /// The date `steps` units from this day: a day, the week from its Monday to its Sunday, a month or a
    /// year ("next week", "в прошлом году"); or, with `keepsDay`, the day `steps` weeks back for weeks
    /// ("three weeks ago").
    ///
    /// - Returns: The date or span, or `nil` when this date is not a day.
    func stepping(_ steps: Int, _ unit: DateWords.Unit, keepsDay: Bool = false) -> DateOrSpan? {
        guard day != nil else { return nil }
        switch unit {
        case .day: return addingDays(steps).map(DateOrSpan.date)
        case .week where keepsDay: return addingDays(steps * PartialDate.daysInWeek).map(DateOrSpan.date)
        case .week: return stepping(steps, .day)
        case .month: return stepping(steps, .month)
        case .year: return stepping(steps, .year)
        }
    }
}
