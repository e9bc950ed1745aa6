extension DatePhraseMatcher {
    // MARK: Tokens

    /// A month name or abbreviation ending at a word boundary; an abbreviation takes its full stop. In a
    /// language of capitalised months ("May") the name starts with a capital and goes on in lower case.
    ///
    /// - Parameter opening: The digit or word at `index`, when the caller has read it.
    func month(at index: Int, opening: Opening? = nil) -> (month: Int, end: Int)? {
        guard index < limit else { return nil }
        if words.forms.capitalizedMonths {
            guard Self.isUpper(bytes[index]) else { return nil }
            var end = index + 1
            while end < limit, Self.isLower(bytes[end]) { end += 1 }
            guard !isWordByte(at: end) else { return nil }
        }
        guard let (meanings, wordEnd) = lookUp(at: index, opening: opening) else { return nil }
        for case .month(let month, let isAbbreviation) in meanings {
            var end = wordEnd
            if isAbbreviation, end < limit, bytes[end] == UInt8(ascii: ".") { end += 1 }
            return (month, end)
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
        if let afterSuffix = suffix(words.ordinalSuffixes, at: end) { end = afterSuffix }
        guard !isWordByte(at: end) else { return nil }
        return (value, end)
    }

    /// A year: four digits (1000…2999) at a word boundary, not the start of a longer number ("2024-25",
    /// "2,024") nor a word joined by a hyphen ("1990-х", "2025-летие"), except the language's year suffixes
    /// ("2022-го"), which it takes.
    func year(at index: Int) -> (year: Int, end: Int)? {
        guard let (value, end) = yearDigits(at: index) else { return nil }
        guard end < limit else { return (value, end) }
        if let afterDash = dashByte(at: end), afterDash < limit {
            if Self.isDigit(bytes[afterDash]) { return nil }
            if letter(at: afterDash) != nil {
                guard let afterSuffix = suffix(words.yearSuffixes, at: end) else { return nil }
                return (value, afterSuffix)
            }
        }
        let separators = [UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":")]
        if separators.contains(bytes[end]), end + 1 < limit, Self.isDigit(bytes[end + 1]) { return nil }
        return (value, end)
    }

    /// Four digits (1000…2999) followed by a word boundary.
    func yearDigits(at index: Int) -> (year: Int, end: Int)? {
        guard let (value, end) = digits(at: index, count: 4), (1000...2999).contains(value), !isWordByte(at: end)
        else { return nil }
        return (value, end)
    }

    /// Exactly `count` digits at `index` and their value (more digits may follow).
    func digits(at index: Int, count: Int) -> (value: Int, end: Int)? {
        guard index + count <= limit else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard Self.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return (value, index + count)
    }

    /// The word after a year that belongs to the phrase ("года", "г.", "годах"), if there is one: where the
    /// phrase ends.
    func yearWord(after index: Int) -> Int {
        guard let space = spaces(at: index), let (meanings, end) = lookUp(at: space) else { return index }
        for case .yearWord(let isAbbreviation) in meanings {
            return isAbbreviation && end < limit && bytes[end] == UInt8(ascii: ".") ? end + 1 : end
        }
        return index
    }

    /// A relative year after a date ("прошлого года", "of last year"): its step and where it ends.
    func relativeYear(at index: Int) -> (step: Int, end: Int)? {
        guard readsRelative, var next = spaces(at: index) else { return nil }
        for joiner in words.relativeYearJoiners {
            if let afterJoiner = words([joiner], at: next), let space = spaces(at: afterJoiner) {
                next = space
                break
            }
        }
        guard let (step, afterStep) = step(at: next), let space = spaces(at: afterStep),
            let (unit, end) = unit(at: space), unit == .year
        else { return nil }
        return (step, end)
    }

    /// A suffix of the table right at `index` ("st", "-го"), compared folded, ending at a word boundary.
    func suffix(_ suffixes: [[UInt8]], at index: Int) -> Int? {
        for suffix in suffixes {
            var next = index
            var position = 0
            while position < suffix.count, next < limit {
                if let letter = letter(at: next) {
                    guard suffix[position] == letter.first,
                        letter.length == 1 || (position + 1 < suffix.count && suffix[position + 1] == letter.second)
                    else { break }
                    position += letter.length
                    next += letter.length
                } else {
                    guard bytes[next] == suffix[position] else { break }
                    position += 1
                    next += 1
                }
            }
            if position == suffix.count, !isWordByte(at: next) { return next }
        }
        return nil
    }

    /// Words matched folded, separated by spaces, ending at a word boundary.
    func words(_ words: some Sequence<[UInt8]>, at index: Int) -> Int? {
        var next = index
        for (position, word) in words.enumerated() {
            if position > 0 {
                guard let afterSpace = spaces(at: next) else { return nil }
                next = afterSpace
            }
            guard let end = end(ofWord: word, at: next) else { return nil }
            next = end
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

    /// A range dash between dates: a hyphen or an en dash, with or without spaces around it, or an em dash
    /// with none ("3—4 июля"; a spaced em dash opens a clause).
    func dash(at index: Int) -> Int? {
        if let afterEmDash = emDash(at: index), afterEmDash < limit, Self.isDigit(bytes[afterEmDash]) {
            return afterEmDash
        }
        let before = spaces(at: index) ?? index
        guard let after = dashByte(at: before) else { return nil }
        return spaces(at: after) ?? after
    }

    /// The hyphen joining "mid" to its date: a hyphen or an en dash, with no spaces.
    func hyphen(at index: Int) -> Int? { dashByte(at: index) }

    /// The bytes of the en dash (U+2013) and the em dash (U+2014).
    static let enDash: [UInt8] = [0xE2, 0x80, 0x93]
    static let emDashBytes: [UInt8] = [0xE2, 0x80, 0x94]

    /// A hyphen-minus or an en dash (U+2013) at `index`.
    func dashByte(at index: Int) -> Int? {
        guard index < limit else { return nil }
        if bytes[index] == UInt8(ascii: "-") { return index + 1 }
        return bytes[index] == Self.enDash[0] ? literal(Self.enDash, at: index) : nil
    }

    /// An em dash (U+2014) at `index`.
    func emDash(at index: Int) -> Int? {
        index < limit && bytes[index] == Self.emDashBytes[0] ? literal(Self.emDashBytes, at: index) : nil
    }

    /// The bytes `literal` at `index`: where they end.
    func literal(_ literal: [UInt8], at index: Int) -> Int? {
        guard index + literal.count <= limit else { return nil }
        for (offset, byte) in literal.enumerated() where bytes[index + offset] != byte { return nil }
        return index + literal.count
    }

    /// The first digit and the first small letter, and the number of each: the tests below are one subtraction
    /// and one comparison each (a byte below the first wraps around to a large value).
    private static var zero: UInt8 { 0x30 }
    private static var digitCount: UInt8 { 10 }
    private static var smallA: UInt8 { 0x61 }
    private static var capitalA: UInt8 { 0x41 }
    private static var letterCount: UInt8 { 26 }
    /// The bit that makes an ASCII capital small.
    static var caseBit: UInt8 { 0x20 }

    static func isDigit(_ byte: UInt8) -> Bool { byte &- zero < digitCount }
    static func isUpper(_ byte: UInt8) -> Bool { byte &- capitalA < letterCount }
    static func isLower(_ byte: UInt8) -> Bool { byte &- smallA < letterCount }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | caseBit) &- smallA < letterCount }
}
