/// The byte-level grammar of date phrases, read with the words of one language (``DateWords``), used by
/// ``DatePhraseParser``.
///
/// The matcher reads what is written — month, days, years, leading words, relative words — without
/// deciding the year of a phrase that has none or the day a relative phrase names; ``DatePhraseParser``
/// does that. It never makes a `String`.
struct DatePhraseMatcher {
    /// A date named relative to the text's own day or to the day named before.
    enum Relative: Sendable, Hashable {
        /// Days from the text's day ("yesterday" -1, "сегодня" 0).
        case days(Int)
        /// The nearest day with this weekday (Sunday 0 … Saturday 6).
        case weekday(Int)
        /// A weekday after a step ("last Friday" -1: the one before the text's day; "next Monday" +1: the one
        /// after; "this Monday" 0: the nearest).
        case weekdayStep(Int, Int)
        /// Steps of a unit from the text's day ("next month" +1 month; a week is Monday to Sunday).
        case step(Int, DateWords.Unit)
        /// A count of units back ("two years ago", "месяц назад"); a negative count is ahead ("через три дня").
        case ago(Int, DateWords.Unit)
        /// Days from the day named before ("the next day", "накануне"), or from the text's day.
        case anaphor(Int)
    }

    /// What a phrase says, before its year is inferred and its date checked.
    ///
    /// Its numbers are small (``SmallNumber``) and it holds no reference, so that the many matches tried and
    /// dropped at every number and leading word copy cheaply.
    struct Match {
        @SmallNumber var startMonth: Int? = nil
        @SmallNumber var startDay: Int? = nil
        @SmallNumber var startYear: Int? = nil
        @SmallNumber var endMonth: Int? = nil
        @SmallNumber var endDay: Int? = nil
        @SmallNumber var endYear: Int? = nil
        var isSpan = false
        /// The index in the language's ``DateWords/leads`` of the leading words before the date, whose
        /// qualifier the phrase takes.
        @SmallNumber var lead: Int? = nil
        /// The byte offsets of the whole phrase, leading words included.
        var range: Range<Int>
        /// A relative date, resolved against the text's day; the other fields are then unused.
        var relative: Relative?
        /// A year written as a step from the text's year ("11 ноября прошлого года": -1).
        @SmallNumber var yearStep: Int? = nil
        /// Whether the phrase opens with a weekday ("вторник, 11 ноября").
        var hasWeekday = false

        /// Whether any year is written.
        var hasYear: Bool { startYear != nil || endYear != nil }
    }

    let bytes: [UInt8]
    /// The end of the part of `bytes` that may be read.
    let limit: Int
    /// The language's words.
    let words: DateWords
    /// Whether relative phrases ("yesterday", "в прошлом году", "the next day") are read.
    let readsRelative: Bool

    init(bytes: [UInt8], limit: Int, words: DateWords = .english, readsRelative: Bool = false) {
        self.bytes = bytes
        self.limit = min(limit, bytes.count)
        self.words = words
        self.readsRelative = readsRelative
    }

    // MARK: Phrases

    /// What a phrase opens with: a digit, or a word with the hash of its folded letters and its end.
    enum Opening {
        case digit
        case word(hash: UInt64, end: Int)
    }

    /// Reads a phrase that starts at `index`.
    ///
    /// - Parameters:
    ///   - index: Where the phrase must start.
    ///   - allowsBareYear: Whether a year alone ("2024") is a phrase; otherwise it needs a leading word ("in 2024").
    ///   - opening: The digit or word at `index`, when the caller has read it (``opening(at:)``).
    func phrase(at index: Int, allowsBareYear: Bool, opening: Opening? = nil) -> Match? {
        guard index < limit, let opening = opening ?? self.opening(at: index) else { return nil }
        let starts = self.starts(of: opening)
        if starts.isEmpty { return nil }
        if case .word(let hash, let wordEnd) = opening {
            if readsRelative, starts.contains(.anaphor), let match = anaphor(at: index, hash: hash) { return match }
            if starts.contains(.spanLead), let match = spanLed(at: index, hash: hash) { return match }
            if starts.contains(.lead), let match = led(at: index, hash: hash, wordEnd: wordEnd) { return match }
        }
        if starts.contains(.firstMonths), let match = firstMonths(at: index, opening: opening) { return match }
        if starts.contains(.core),
            let match = core(at: index, allowsBareYear: allowsBareYear, allowsBareMonth: false, opening: opening)
        {
            return match
        }
        if readsRelative, starts.contains(.relative),
            let match = relativeCore(at: index, afterLead: false, afterQualifier: false)
        {
            return match
        }
        return starts.contains(.monthAdjective) ? monthAdjective(at: index) : nil
    }

    /// The digit or word at `index`; `nil` when neither starts there.
    func opening(at index: Int) -> Opening? {
        guard index < limit else { return nil }
        if Self.isDigit(bytes[index]) { return .digit }
        return word(at: index).map { .word(hash: $0.hash, end: $0.end) }
    }

    /// What a digit or a word may start.
    func starts(of opening: Opening) -> DateWords.Starts {
        switch opening {
        case .digit: return .digit
        case .word(let hash, _): return words.mayStart(hash: hash) ? words.starts[hash] ?? [] : []
        }
    }

    /// Two dates joined by words after a word that opens a span: "from May 30 to June 2", "с 3 по 5 марта".
    private func spanLed(at index: Int, hash: UInt64) -> Match? {
        for lead in words.spanLeadsByWord[hash] ?? [] {
            guard let afterLead = self.words([lead.word], at: index), let spanStart = spaces(at: afterLead),
                var match = joinedSpan(at: spanStart, connectors: lead.connectors)
            else { continue }
            match.range = index..<match.range.upperBound
            return match
        }
        return nil
    }

    /// A phrase after leading words: "by the end of 2025", "в сентябре", "on Monday", "за весь прошлый год".
    ///
    /// The first word, which ends at `wordEnd`, is compared once for all the leads that open with it; a lead
    /// of more words is compared only when the next word starts with the first letter of its second word.
    private func led(at index: Int, hash: UInt64, wordEnd: Int) -> Match? {
        guard let groups = words.leadsByFirstWord[hash] else { return nil }
        for group in groups where end(ofWord: group.firstWord, at: index) == wordEnd {
            let endsAlone = isWordByte(at: wordEnd) ? nil : wordEnd
            let nextStart = spaces(at: wordEnd)
            let nextInitial = nextStart.flatMap { letter(at: $0)?.first }
            for (leadIndex, secondInitial) in group.leads {
                let lead = words.leads[leadIndex]
                var afterLead = endsAlone
                if let secondInitial {
                    guard let nextStart, nextInitial == secondInitial else { continue }
                    afterLead = words(lead.words.dropFirst(), at: nextStart)
                }
                guard let afterLead, var match = coreAfter(lead, at: afterLead) else { continue }
                if lead.qualifier == nil, !words.forms.plainLeadsBeforeDays, match.startDay != nil, !match.hasWeekday {
                    return nil
                }
                match.lead = leadIndex
                match.range = index..<match.range.upperBound
                return match
            }
        }
        return nil
    }

    /// The date after a lead that ends at `afterLead`: after spaces, or after a hyphen when the lead takes one.
    private func coreAfter(_ lead: DateWords.Lead, at afterLead: Int) -> Match? {
        let coreStart: Int?
        if lead.joinsWithHyphen, let afterHyphen = hyphen(at: afterLead) {
            coreStart = afterHyphen
        } else {
            coreStart = spaces(at: afterLead)
        }
        guard let coreStart else { return nil }
        guard let opening = opening(at: coreStart) else { return nil }
        let starts = self.starts(of: opening)
        var found: Match?
        if starts.contains(.core) {
            found = core(at: coreStart, allowsBareYear: true, allowsBareMonth: true, opening: opening)
        }
        if found == nil, starts.contains(.firstMonths) { found = firstMonths(at: coreStart, opening: opening) }
        if found == nil, readsRelative, starts.contains(.relative) {
            found = relativeCore(at: coreStart, afterLead: true, afterQualifier: lead.qualifier != nil)
        }
        return found
    }

    /// Reads a date or span with no leading words.
    ///
    /// - Parameter opening: The digit or word at `index`, when the caller has read it.
    func core(at index: Int, allowsBareYear: Bool, allowsBareMonth: Bool, opening: Opening? = nil) -> Match? {
        if let (month, next) = month(at: index, opening: opening) {
            return monthFirst(month: month, at: index, after: next, allowsBareMonth: allowsBareMonth)
        }
        if let match = numericDate(at: index) { return match }
        if let (day, next) = day(at: index), let match = dayFirst(day: day, at: index, after: next) {
            return match
        }
        guard let (year, afterYear) = yearDigits(at: index), EnglishDateWords.bareYears.contains(year) else {
            return nil
        }
        // A year alone needs a leading word, or a year word after it ("итоги 2025 года").
        if let afterDash = dashByte(at: afterYear) ?? emDash(at: afterYear),
            let (endYear, afterEndYear) = self.year(at: afterDash), EnglishDateWords.bareYears.contains(endYear),
            endYear > year
        {
            let end = yearWord(after: afterEndYear)
            guard allowsBareYear || end > afterEndYear else { return nil }
            return Match(startYear: year, endYear: endYear, isSpan: true, range: index..<end)
        }
        guard let (_, afterDigits) = self.year(at: index) else { return nil }
        let end = yearWord(after: afterDigits)
        guard allowsBareYear || end > afterDigits else { return nil }
        return Match(startYear: year, range: index..<end)
    }

    /// "May 30 to June 2", "12 to 15 May 2017", "2020 and 2024", "3 по 5 марта": two dates joined by a word,
    /// after "from", "between" or "с".
    private func joinedSpan(at start: Int, connectors: [[UInt8]]) -> Match? {
        var match: Match
        if let first = core(at: start, allowsBareYear: true, allowsBareMonth: true), !first.isSpan {
            match = first
        } else if let (day, afterDay) = day(at: start) {
            match = Match(startDay: day, range: start..<afterDay)
        } else {
            return nil
        }
        guard let connectorStart = spaces(at: match.range.upperBound) else { return nil }
        var secondStart: Int?
        for connector in connectors {
            if let afterConnector = words([connector], at: connectorStart), let next = spaces(at: afterConnector) {
                secondStart = next
                break
            }
        }
        guard let secondStart else { return nil }
        if let second = core(at: secondStart, allowsBareYear: true, allowsBareMonth: true), !second.isSpan,
            match.startMonth != nil || match.startDay == nil || second.startMonth != nil
        {
            (match.endMonth, match.endDay, match.endYear) = (second.startMonth, second.startDay, second.startYear)
            match.yearStep = match.yearStep ?? second.yearStep
            match.range = start..<second.range.upperBound
        } else if match.startMonth != nil, match.startDay != nil, let (day, afterDay) = day(at: secondStart) {
            (match.endMonth, match.endDay) = (match.startMonth, day)
            match.range = start..<afterDay
        } else {
            return nil
        }
        if match.startMonth == nil, match.startDay != nil { match.startMonth = match.endMonth }
        // Both ends must name the same kind of period: a day with a day, a month with a month, a year with a year.
        guard (match.startDay == nil) == (match.endDay == nil), (match.startMonth == nil) == (match.endMonth == nil)
        else { return nil }
        // A year written only at the start belongs to both ends ("from May 30, 2024 to June 2").
        match.isSpan = true
        return match
    }

    /// "April 24, 2024", "Aug. 22-23", "May 30 - June 2, 2024", "March 2024", "March" (after a leading word),
    /// "ноябре прошлого года".
    private func monthFirst(month: Int, at start: Int, after index: Int, allowsBareMonth: Bool) -> Match? {
        var match = Match(startMonth: month, range: start..<index)
        if words.forms.monthBeforeDay, let daySpace = spaces(at: index), let (day, afterDay) = day(at: daySpace) {
            match.startDay = day
            var end = afterDay
            if let afterDash = dash(at: end) {
                if let second = monthDay(at: afterDash) {
                    (match.endMonth, match.endDay, match.isSpan, end) = (second.month, second.day, true, second.end)
                } else if let (endDay, afterEndDay) = self.day(at: afterDash) {
                    (match.endMonth, match.endDay, match.isSpan, end) = (month, endDay, true, afterEndDay)
                }
            }
            match.range = start..<readYears(into: &match, after: end, secondDate: monthDay)
            return match
        }
        if let afterDash = dash(at: index), let (endMonth, afterEndMonth) = self.month(at: afterDash) {
            (match.endMonth, match.isSpan) = (endMonth, true)
            if let yearSpace = spaces(at: afterEndMonth), let (year, afterYear) = year(at: yearSpace) {
                (match.endYear, match.range) = (year, start..<yearWord(after: afterYear))
                return match
            }
            match.range = start..<afterEndMonth
            return allowsBareMonth ? match : nil
        }
        if let yearSpace = spaces(at: index), let (year, afterYear) = year(at: yearSpace) {
            match.startYear = year
            match.range = start..<yearWord(after: afterYear)
            return match
        }
        if let (step, end) = relativeYear(at: index) {
            (match.yearStep, match.range) = (step, start..<end)
            return match
        }
        return allowsBareMonth ? match : nil
    }

    /// "21 January 2025", "14-15 May 2017", "30 May - 2 June 2024", "21st of January", "12–14 ноября".
    private func dayFirst(day: Int, at start: Int, after index: Int) -> Match? {
        var match = Match(startDay: day, range: start..<index)
        var next = index
        if let afterDash = dash(at: next), let (endDay, afterEndDay) = self.day(at: afterDash) {
            (match.endDay, match.isSpan, next) = (endDay, true, afterEndDay)
        }
        guard let (month, afterMonth) = monthAfterDay(at: next) else { return nil }
        match.startMonth = month
        var end = afterMonth
        if match.isSpan {
            match.endMonth = month
        } else if let afterDash = dash(at: end), let second = dayMonth(at: afterDash) {
            (match.endDay, match.endMonth, match.isSpan, end) = (second.day, second.month, true, second.end)
        }
        match.range = start..<readYears(into: &match, after: end, secondDate: dayMonth)
        return match
    }

    /// Reads the year after a date or span and, after a date with its year, a second date that makes it a span
    /// ("May 30, 2024 - June 2, 2024"); or a relative year ("прошлого года"); returns where the phrase ends.
    ///
    /// - Parameter secondDate: Reads a month and day in the phrase's own order.
    private func readYears(
        into match: inout Match, after index: Int, secondDate: (Int) -> (month: Int, day: Int, end: Int)?
    ) -> Int {
        guard let (year, afterYear) = trailingYear(at: index) else {
            guard let (step, end) = relativeYear(at: index) else { return index }
            match.yearStep = step
            return end
        }
        if match.isSpan {
            match.endYear = year
            return yearWord(after: afterYear)
        }
        match.startYear = year
        guard let afterDash = dash(at: afterYear), let second = secondDate(afterDash) else {
            return yearWord(after: afterYear)
        }
        (match.endMonth, match.endDay, match.isSpan) = (second.month, second.day, true)
        guard let (endYear, afterEndYear) = trailingYear(at: second.end) else { return second.end }
        match.endYear = endYear
        return yearWord(after: afterEndYear)
    }

    /// A month, spaces, a day: "June 2".
    private func monthDay(at index: Int) -> (month: Int, day: Int, end: Int)? {
        guard words.forms.monthBeforeDay, let (month, afterMonth) = month(at: index),
            let space = spaces(at: afterMonth), let (day, afterDay) = day(at: space)
        else { return nil }
        return (month, day, afterDay)
    }

    /// A day, then its month: "2 June", "2nd of June".
    private func dayMonth(at index: Int) -> (month: Int, day: Int, end: Int)? {
        guard let (day, afterDay) = day(at: index), let (month, afterMonth) = monthAfterDay(at: afterDay) else {
            return nil
        }
        return (month, day, afterMonth)
    }

    /// The month after a day: spaces, an optional joining word ("of"), spaces, the month.
    private func monthAfterDay(at index: Int) -> (Int, Int)? {
        guard let space = spaces(at: index) else { return nil }
        for joiner in words.dayMonthJoiners {
            if let afterJoiner = words([joiner], at: space), let monthStart = spaces(at: afterJoiner) {
                return month(at: monthStart)
            }
        }
        return month(at: space)
    }

    /// A year after a date: an optional comma, spaces, four digits.
    private func trailingYear(at index: Int) -> (Int, Int)? {
        var next = index
        if next < limit, bytes[next] == UInt8(ascii: ",") { next += 1 }
        guard let space = spaces(at: next) else { return nil }
        return year(at: space)
    }
}
