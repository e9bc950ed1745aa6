extension DatePhraseMatcher {
    // MARK: Relative phrases

    /// A relative date: a day word ("yesterday", "сегодня"), a weekday ("Monday", "вторник, 11 ноября"), a
    /// step of a unit ("next week", "прошлом году"), or a count of units back ("two years ago", "месяц
    /// назад"). After a qualifier the step may be left out or be a determiner ("the end of the year",
    /// "к концу года": this year). A weekday needs a leading word unless the language reads bare ones.
    func relativeCore(at index: Int, afterLead: Bool, afterQualifier: Bool) -> Match? {
        if let match = ago(at: index) { return match }
        var next = index
        for determiner in words.determiners {
            if let afterWord = words([determiner], at: index), let space = spaces(at: afterWord) {
                next = space
                break
            }
        }
        if afterQualifier, let (unit, end) = unit(at: next) {
            return Match(range: index..<end, relative: .step(0, unit))
        }
        if next > index, let (steps, afterStep) = step(at: next), let space = spaces(at: afterStep),
            let (unit, end) = unit(at: space)
        {
            return Match(range: index..<end, relative: .step(steps, unit))
        }
        guard let (meanings, end) = lookUp(at: index) else { return nil }
        for meaning in meanings {
            switch meaning {
            case .relativeDay(let days): return Match(range: index..<end, relative: .days(days))
            case .weekday(let weekday):
                guard afterLead || words.forms.bareWeekdays else { continue }
                return weekdayPhrase(weekday, at: index, end: end)
            case .step(let steps):
                guard let space = spaces(at: end) else { continue }
                if let (unit, unitEnd) = unit(at: space) {
                    return Match(range: index..<unitEnd, relative: .step(steps, unit))
                }
                if let (weekday, weekdayEnd) = weekday(at: space) {
                    return Match(range: index..<weekdayEnd, relative: .weekdayStep(weekday, steps))
                }
            case .relativeYear(let steps): return Match(range: index..<end, relative: .step(steps, .year))
            default: continue
            }
        }
        return nil
    }

    /// A weekday, and the date written after it, when there is one ("вторник, 11 ноября": that date).
    private func weekdayPhrase(_ weekday: Int, at index: Int, end: Int) -> Match? {
        if end < limit, bytes[end] == UInt8(ascii: ","), let space = spaces(at: end + 1),
            var date = core(at: space, allowsBareYear: false, allowsBareMonth: false), date.startDay != nil
        {
            date.range = index..<date.range.upperBound
            date.hasWeekday = true
            return date
        }
        return Match(range: index..<end, relative: .weekday(weekday))
    }

    /// "two years ago", "a month ago", "месяц назад", "три недели назад": a count (one when left out), a
    /// unit, and the word that puts it in the past; or "через три дня": the word that puts it ahead first.
    private func ago(at index: Int) -> Match? {
        var count = 1
        var next = index
        var sign = -1
        // "через три дня": the count ahead of the text's day.
        if let (meanings, end) = lookUp(at: index), meanings.contains(.later), let space = spaces(at: end) {
            (sign, next) = (1, space)
        }
        if let (value, end) = number(at: next), let space = spaces(at: end) {
            (count, next) = (value, space)
        }
        guard let (meanings, unitEnd) = lookUp(at: next) else { return nil }
        var end = unitEnd
        if sign < 0 {
            guard let space = spaces(at: unitEnd), let (agoMeanings, agoEnd) = lookUp(at: space),
                agoMeanings.contains(.ago)
            else { return nil }
            end = agoEnd
        }
        for case .countedUnit(let unit) in meanings {
            return Match(range: index..<end, relative: .ago(-sign * count, unit))
        }
        return nil
    }

    /// A phrase that counts days from the day named before: "the next day", "в тот же день", "накануне".
    func anaphor(at index: Int, hash: UInt64) -> Match? {
        for anaphor in words.anaphoraByFirstWord[hash] ?? [] {
            if let end = words(anaphor.words, at: index) {
                return Match(range: index..<end, relative: .anaphor(anaphor.days))
            }
        }
        return nil
    }

    /// "за десять месяцев 2025 года", "the first ten months of 2025": the months from January to the count's
    /// month of a year.
    ///
    /// - Parameter opening: The digit or word at `index`, when the caller has read it.
    func firstMonths(at index: Int, opening: Opening? = nil) -> Match? {
        var next = index
        for first in words.firstWords {
            if let afterWord = words(first, at: index), let space = spaces(at: afterWord) {
                next = space
                break
            }
        }
        guard let (count, afterCount) = number(at: next, opening: next == index ? opening : nil),
            (1...PartialDate.monthsInYear).contains(count),
            let unitStart = spaces(at: afterCount), let afterUnit = monthUnit(at: unitStart),
            var yearStart = spaces(at: afterUnit)
        else { return nil }
        for joiner in words.dayMonthJoiners {
            if let afterJoiner = words([joiner], at: yearStart), let space = spaces(at: afterJoiner) {
                yearStart = space
                break
            }
        }
        guard let (year, afterYear) = year(at: yearStart) else { return nil }
        return Match(
            startMonth: 1, startYear: year, endMonth: count, endYear: year, isSpan: true,
            range: index..<yearWord(after: afterYear))
    }

    /// Where a word that counts months ("months", "месяцев") at `index` ends, with no digit after it; compared
    /// with the few such words of the language, not looked up.
    private func monthUnit(at index: Int) -> Int? {
        for unit in words.monthUnits {
            if let end = end(ofWord: unit, at: index) { return isWordByte(at: end) ? nil : end }
        }
        return nil
    }

    /// A month adjective in lower case ("июльском", "октябрьских"): the month, its year inferred. A capitalised
    /// one is taken for a name ("поселок Майский").
    func monthAdjective(at index: Int) -> Match? {
        guard let letter = letter(at: index), letter.length == 2, letter.first == bytes[index],
            letter.second == bytes[index + 1], let (meanings, end) = lookUp(at: index)
        else { return nil }
        for case .monthAdjective(let month) in meanings { return Match(startMonth: month, range: index..<end) }
        return nil
    }

    /// A numeric date, day first: "21.12.2025", "05/12/2016" (the same separator twice, a four-digit year).
    func numericDate(at index: Int) -> Match? {
        guard words.forms.numericDayFirst, let (day, afterDay) = digitsRun(at: index),
            afterDay < limit, bytes[afterDay] == UInt8(ascii: ".") || bytes[afterDay] == UInt8(ascii: "/")
        else { return nil }
        let separator = bytes[afterDay]
        guard let (month, afterMonth) = digitsRun(at: afterDay + 1), afterMonth < limit,
            bytes[afterMonth] == separator, let (year, end) = yearDigits(at: afterMonth + 1),
            !(end + 1 < limit && (bytes[end] == UInt8(ascii: ".") || bytes[end] == separator)
                && Self.isDigit(bytes[end + 1]))
        else { return nil }
        return Match(startMonth: month, startDay: day, startYear: year, range: index..<yearWord(after: end))
    }

    /// One or two digits and their value.
    private func digitsRun(at index: Int) -> (value: Int, end: Int)? {
        if let two = digits(at: index, count: 2), !(two.end < limit && Self.isDigit(bytes[two.end])) { return two }
        guard let one = digits(at: index, count: 1), !(one.end < limit && Self.isDigit(bytes[one.end])) else {
            return nil
        }
        return one
    }

    /// A year listed after another ("2005, 2011 и 2017 годах"): a list joiner, then a year; `nil` otherwise.
    func listedYear(after index: Int) -> Match? {
        var next = index
        if next < limit, bytes[next] == UInt8(ascii: ",") { next += 1 }
        if let space = spaces(at: next) { next = space }
        if next == index { return nil }
        for joiner in words.listJoiners {
            if let afterJoiner = words([joiner], at: next), let space = spaces(at: afterJoiner) {
                next = space
                break
            }
        }
        guard let (year, afterYear) = yearDigits(at: next), EnglishDateWords.bareYears.contains(year),
            let (_, end) = self.year(at: next)
        else { return nil }
        return Match(startYear: year, range: next..<yearWord(after: max(end, afterYear)))
    }

    // MARK: Relative words

    /// A number written in digits (1…99) or as a word ("two", "десять").
    ///
    /// - Parameter opening: The digit or word at `index`, when the caller has read it.
    func number(at index: Int, opening: Opening? = nil) -> (value: Int, end: Int)? {
        if let run = digitsRun(at: index), !isWordByte(at: run.end) { return run }
        guard let (meanings, end) = lookUp(at: index, opening: opening) else { return nil }
        for case .number(let value) in meanings { return (value, end) }
        return nil
    }

    /// A step word ("next", "прошлом").
    func step(at index: Int) -> (step: Int, end: Int)? {
        guard let (meanings, end) = lookUp(at: index) else { return nil }
        for case .step(let step) in meanings { return (step, end) }
        return nil
    }

    /// A weekday ("Friday", "пятницу").
    func weekday(at index: Int) -> (weekday: Int, end: Int)? {
        guard let (meanings, end) = lookUp(at: index) else { return nil }
        for case .weekday(let weekday) in meanings { return (weekday, end) }
        return nil
    }

    /// A unit word a step counts in ("year", "неделе").
    func unit(at index: Int) -> (unit: DateWords.Unit, end: Int)? {
        guard let (meanings, end) = lookUp(at: index) else { return nil }
        for case .unit(let unit) in meanings { return (unit, end) }
        return nil
    }
}
