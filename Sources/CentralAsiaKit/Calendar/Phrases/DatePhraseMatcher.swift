/// The byte-level grammar of English date phrases, used by ``DatePhraseParser``.
///
/// The matcher reads what is written — month, days, years, leading words — without deciding the year of a
/// phrase that has none; ``DatePhraseParser`` does that. It never makes a `String`.
struct DatePhraseMatcher {
    /// What a phrase says, before its year is inferred and its date checked.
    struct Match {
        var startMonth: Int?
        var startDay: Int?
        var startYear: Int?
        var endMonth: Int?
        var endDay: Int?
        var endYear: Int?
        var isSpan = false
        var qualifier: DatePhrase.Qualifier?
        /// The byte offsets of the whole phrase, leading words included.
        var range: Range<Int>

        /// Whether any year is written.
        var hasYear: Bool { startYear != nil || endYear != nil }
    }

    let bytes: [UInt8]
    /// The end of the part of `bytes` that may be read.
    let limit: Int

    init(bytes: [UInt8], limit: Int) {
        self.bytes = bytes
        self.limit = min(limit, bytes.count)
    }

    // MARK: Phrases

    /// Reads a phrase that starts at `index`.
    ///
    /// - Parameters:
    ///   - index: Where the phrase must start.
    ///   - allowsBareYear: Whether a year alone ("2024") is a phrase; otherwise it needs a leading word ("in 2024").
    func phrase(at index: Int, allowsBareYear: Bool) -> Match? {
        guard index < limit else { return nil }
        let first = bytes[index]
        if Self.isLetter(first) {
            let initial = Int((first | 0x20) - UInt8(ascii: "a"))
            for lead in EnglishDateWords.spanLeadsByInitial[initial] {
                guard let afterLead = words([lead.word], at: index), let spanStart = spaces(at: afterLead),
                    var match = joinedSpan(at: spanStart, connectors: lead.connectors)
                else { continue }
                match.range = index..<match.range.upperBound
                return match
            }
            for lead in EnglishDateWords.leadsByInitial[initial] {
                guard let afterLead = words(lead.words, at: index) else { continue }
                let coreStart: Int?
                if lead.joinsWithHyphen, let afterHyphen = hyphen(at: afterLead) {
                    coreStart = afterHyphen
                } else {
                    coreStart = spaces(at: afterLead)
                }
                guard let coreStart, var match = core(at: coreStart, allowsBareYear: true, allowsBareMonth: true)
                else { continue }
                match.qualifier = lead.qualifier
                match.range = index..<match.range.upperBound
                return match
            }
        }
        return core(at: index, allowsBareYear: allowsBareYear, allowsBareMonth: false)
    }

    /// Reads a date or span with no leading words.
    private func core(at index: Int, allowsBareYear: Bool, allowsBareMonth: Bool) -> Match? {
        if let (month, next) = month(at: index) {
            return monthFirst(month: month, at: index, after: next, allowsBareMonth: allowsBareMonth)
        }
        if let (day, next) = day(at: index) {
            return dayFirst(day: day, at: index, after: next)
        }
        guard allowsBareYear, let (year, afterYear) = yearDigits(at: index), EnglishDateWords.bareYears.contains(year)
        else { return nil }
        if let afterDash = dashByte(at: afterYear), let (endYear, afterEndYear) = self.year(at: afterDash),
            EnglishDateWords.bareYears.contains(endYear), endYear > year
        {
            return Match(startYear: year, endYear: endYear, isSpan: true, range: index..<afterEndYear)
        }
        guard let (_, end) = self.year(at: index) else { return nil }
        return Match(startYear: year, range: index..<end)
    }

    /// "May 30 to June 2", "12 to 15 May 2017", "2020 and 2024": two dates joined by a word, after "from" or
    /// "between".
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

    /// "April 24, 2024", "Aug. 22-23", "May 30 - June 2, 2024", "March 2024", "March" (after a leading word).
    private func monthFirst(month: Int, at start: Int, after index: Int, allowsBareMonth: Bool) -> Match? {
        var match = Match(startMonth: month, range: start..<index)
        if let daySpace = spaces(at: index), let (day, afterDay) = day(at: daySpace) {
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
                (match.endYear, match.range) = (year, start..<afterYear)
                return match
            }
            match.range = start..<afterEndMonth
            return allowsBareMonth ? match : nil
        }
        if let yearSpace = spaces(at: index), let (year, afterYear) = year(at: yearSpace) {
            match.startYear = year
            match.range = start..<afterYear
            return match
        }
        return allowsBareMonth ? match : nil
    }

    /// "21 January 2025", "14-15 May 2017", "30 May - 2 June 2024", "21st of January".
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
    /// ("May 30, 2024 - June 2, 2024"); returns where the phrase ends.
    ///
    /// - Parameter secondDate: Reads a month and day in the phrase's own order.
    private func readYears(
        into match: inout Match, after index: Int, secondDate: (Int) -> (month: Int, day: Int, end: Int)?
    ) -> Int {
        guard let (year, afterYear) = trailingYear(at: index) else { return index }
        if match.isSpan {
            match.endYear = year
            return afterYear
        }
        match.startYear = year
        guard let afterDash = dash(at: afterYear), let second = secondDate(afterDash) else { return afterYear }
        (match.endMonth, match.endDay, match.isSpan) = (second.month, second.day, true)
        guard let (endYear, afterEndYear) = trailingYear(at: second.end) else { return second.end }
        match.endYear = endYear
        return afterEndYear
    }

    /// A month, spaces, a day: "June 2".
    private func monthDay(at index: Int) -> (month: Int, day: Int, end: Int)? {
        guard let (month, afterMonth) = month(at: index), let space = spaces(at: afterMonth),
            let (day, afterDay) = day(at: space)
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

    /// The month after a day: spaces, an optional "of", spaces, the month.
    private func monthAfterDay(at index: Int) -> (Int, Int)? {
        guard let space = spaces(at: index) else { return nil }
        if let afterOf = words([Self.of], at: space), let monthStart = spaces(at: afterOf) {
            return month(at: monthStart)
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

    // MARK: Tokens

    /// A capitalised month name or abbreviation ending at a word boundary; an abbreviation takes its full stop.
    func month(at index: Int) -> (month: Int, end: Int)? {
        guard index < limit, Self.isUpper(bytes[index]) else { return nil }
        var end = index + 1
        while end < limit, Self.isLower(bytes[end]) { end += 1 }
        guard end - index >= 3, !isWordByte(at: end) else { return nil }
        let count = end - index
        let initial = Int(bytes[index] - UInt8(ascii: "A"))
        for name in EnglishDateWords.monthNamesByInitial[initial] where name.letters.count == count {
            var same = true
            for offset in 0..<count where bytes[index + offset] | 0x20 != name.letters[offset] {
                same = false
                break
            }
            guard same else { continue }
            if name.isAbbreviation, end < limit, bytes[end] == UInt8(ascii: ".") { end += 1 }
            return (name.month, end)
        }
        return nil
    }

    /// A day of the month: one or two digits (1…31), an optional ordinal suffix, then a word boundary.
    func day(at index: Int) -> (day: Int, end: Int)? {
        guard index < limit, Self.isDigit(bytes[index]) else { return nil }
        var end = index
        var value = 0
        while end < limit, Self.isDigit(bytes[end]), end - index < 3 {
            value = value * 10 + Int(bytes[end] - 0x30)
            end += 1
        }
        guard end - index <= 2, (1...31).contains(value) else { return nil }
        if let afterSuffix = ordinalSuffix(at: end) { end = afterSuffix }
        guard !isWordByte(at: end) else { return nil }
        return (value, end)
    }

    /// A year: four digits (1000…2999) at a word boundary, not the start of a longer number ("2024-25", "2,024").
    func year(at index: Int) -> (year: Int, end: Int)? {
        guard let (value, end) = yearDigits(at: index) else { return nil }
        if end < limit {
            var next = end
            if let afterDash = dashByte(at: end) {
                next = afterDash
            } else if [UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":")].contains(bytes[end])
            {
                next = end + 1
            }
            if next > end, next < limit, Self.isDigit(bytes[next]) { return nil }
        }
        return (value, end)
    }

    /// Four digits (1000…2999) followed by a word boundary.
    private func yearDigits(at index: Int) -> (year: Int, end: Int)? {
        guard index + 4 <= limit else { return nil }
        var value = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            guard Self.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        let end = index + 4
        guard (1000...2999).contains(value), !isWordByte(at: end) else { return nil }
        return (value, end)
    }

    /// "st", "nd", "rd" or "th" after a day number.
    private func ordinalSuffix(at index: Int) -> Int? {
        guard index + 2 <= limit else { return nil }
        for suffix in EnglishDateWords.ordinalSuffixes
        where bytes[index] | 0x20 == suffix[0] && bytes[index + 1] | 0x20 == suffix[1] {
            return index + 2
        }
        return nil
    }

    /// Words matched without regard to case, separated by spaces, ending at a word boundary.
    private func words(_ words: [[UInt8]], at index: Int) -> Int? {
        var next = index
        for (position, word) in words.enumerated() {
            if position > 0 {
                guard let afterSpace = spaces(at: next) else { return nil }
                next = afterSpace
            }
            guard next + word.count <= limit else { return nil }
            for (offset, letter) in word.enumerated() where bytes[next + offset] | 0x20 != letter {
                return nil
            }
            next += word.count
        }
        return isWordByte(at: next) ? nil : next
    }

    /// One or more spaces, tabs or no-break spaces; `nil` when there is none.
    func spaces(at index: Int) -> Int? {
        var next = index
        while next < limit {
            if bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") {
                next += 1
            } else if bytes[next] == 0xC2, next + 1 < limit, bytes[next + 1] == 0xA0 {
                next += 2
            } else {
                break
            }
        }
        return next > index ? next : nil
    }

    /// A range dash between dates: a hyphen or an en dash, with or without spaces around it.
    private func dash(at index: Int) -> Int? {
        let before = spaces(at: index) ?? index
        guard let after = dashByte(at: before) else { return nil }
        return spaces(at: after) ?? after
    }

    /// The hyphen joining "mid" to its date: a hyphen or an en dash, with no spaces.
    private func hyphen(at index: Int) -> Int? { dashByte(at: index) }

    /// A hyphen-minus or an en dash (U+2013) at `index`.
    private func dashByte(at index: Int) -> Int? {
        guard index < limit else { return nil }
        if bytes[index] == UInt8(ascii: "-") { return index + 1 }
        if bytes[index] == 0xE2, index + 2 < limit, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 {
            return index + 3
        }
        return nil
    }

    /// Whether the byte at `index` is an ASCII letter or digit (`false` past the end).
    func isWordByte(at index: Int) -> Bool {
        index < limit && (Self.isLetter(bytes[index]) || Self.isDigit(bytes[index]))
    }

    static let of: [UInt8] = Array("of".utf8)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
}
