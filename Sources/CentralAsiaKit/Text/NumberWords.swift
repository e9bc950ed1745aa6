/// Reads numbers written in English words or digits, as news prose gives counts and editions:
/// "eight", "Eleven", "22", "twenty-three", "twice", "three times", "Sixth", "10th", "XVI".
///
/// Every reader trims spaces, tabs and line breaks around its text and returns `nil` for anything that is not
/// exactly one number of its kind. Words are read without regard to case and may be joined by spaces or
/// hyphens ("twenty-three", "one hundred and five"); numbers in words go up to 999. Roman numerals must be in
/// upper case, as editions are written ("XVI"), and in their canonical form, from I to C (1…100).
///
/// The vocabularies are tables: ``cardinalWords``, ``ordinalWords``, ``multiplicativeWords``, ``countWords``.
///
/// ```swift
/// NumberWords.cardinal("twenty-three")   // 23
/// NumberWords.ordinal("Sixth")           // 6
/// NumberWords.multiplicative("twice")    // 2
/// NumberWords.roman("XVI")               // 16
/// ```
public enum NumberWords {
    /// Cardinal number words and their values: "zero" … "nineteen", the tens "twenty" … "ninety", and "hundred".
    public static let cardinalWords: [String: Int] = {
        let units = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var table: [String: Int] = ["hundred": 100]
        for (value, word) in units.enumerated() { table[word] = value }
        for (offset, word) in tens.enumerated() { table[word] = (offset + 2) * 10 }
        return table
    }()

    /// Ordinal words and the cardinal word each stands for at the end of a number: "first" → "one",
    /// "twentieth" → "twenty", "hundredth" → "hundred".
    public static let ordinalWords: [String: String] = [
        "first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five",
        "sixth": "six", "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten",
        "eleventh": "eleven", "twelfth": "twelve", "thirteenth": "thirteen", "fourteenth": "fourteen",
        "fifteenth": "fifteen", "sixteenth": "sixteen", "seventeenth": "seventeen", "eighteenth": "eighteen",
        "nineteenth": "nineteen", "twentieth": "twenty", "thirtieth": "thirty", "fortieth": "forty",
        "fiftieth": "fifty", "sixtieth": "sixty", "seventieth": "seventy", "eightieth": "eighty",
        "ninetieth": "ninety", "hundredth": "hundred",
    ]

    /// Single words that say how many times: "once" → 1, "twice" → 2, "thrice" → 3.
    public static let multiplicativeWords: [String: Int] = ["once": 1, "twice": 2, "thrice": 3]

    /// Other phrases that give a count, read by ``count(_:)``: "single" and "a single" → 1
    /// ("made single trips to the UAE and Malaysia").
    public static let countWords: [String: Int] = ["single": 1, "a single": 1]

    /// Canonical Roman numerals from I to C and their values.
    static let romanNumerals: [String: Int] = {
        let symbols: [(Int, String)] = [
            (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var table: [String: Int] = [:]
        for number in 1...100 {
            var rest = number
            var numeral = ""
            for (value, symbol) in symbols {
                while rest >= value {
                    numeral += symbol
                    rest -= value
                }
            }
            table[numeral] = number
        }
        return table
    }()

    /// Reads a cardinal number in digits or words: "22", "1,200", "eight", "Eleven", "twenty-three",
    /// "one hundred and five", "a hundred".
    ///
    /// Digits may be grouped by commas in threes; words go up to 999.
    ///
    /// - Parameter text: The number.
    /// - Returns: Its value, or `nil` when the text is not one cardinal number.
    public static func cardinal(_ text: String) -> Int? {
        let trimmed = trim(text)
        if let value = digits(trimmed) { return value }
        return words(tokens(trimmed))
    }

    /// Reads an ordinal number in digits with the matching suffix or in words: "10th", "1st", "22nd", "23rd",
    /// "first", "Sixth", "twenty-first", "hundredth".
    ///
    /// - Parameter text: The ordinal.
    /// - Returns: Its value, or `nil` when the text is not one ordinal, or has the wrong suffix ("1th", "12nd").
    public static func ordinal(_ text: String) -> Int? {
        let trimmed = trim(text)
        if trimmed.count > 2, let value = digits(String(trimmed.dropLast(2))) {
            let suffix = trimmed.suffix(2).lowercased()
            let expected: String
            switch (value % 100, value % 10) {
            case (11...13, _): expected = "th"
            case (_, 1): expected = "st"
            case (_, 2): expected = "nd"
            case (_, 3): expected = "rd"
            default: expected = "th"
            }
            return suffix == expected ? value : nil
        }
        var parts = tokens(trimmed)
        guard let last = parts.last, let cardinalWord = ordinalWords[last] else { return nil }
        parts[parts.count - 1] = cardinalWord
        return words(parts)
    }

    /// Reads a Roman numeral in upper case and canonical form, from I to C: "V" → 5, "XVI" → 16.
    ///
    /// - Parameter text: The numeral.
    /// - Returns: Its value, or `nil` for lower case, a non-canonical numeral ("IIII", "IC") or one above C.
    public static func roman(_ text: String) -> Int? {
        romanNumerals[trim(text)]
    }

    /// Reads how many times something happened: "once", "twice", "thrice", or a cardinal followed by "times"
    /// ("three times", "22 times", "one time").
    ///
    /// The whole phrase is read here; a caller walking words hands over the number and "times" together.
    ///
    /// - Parameter text: The phrase.
    /// - Returns: The count, or `nil` when the text is not one such phrase ("two time" and "one times" are not).
    public static func multiplicative(_ text: String) -> Int? {
        var parts = tokens(trim(text))
        if parts.count == 1, let value = multiplicativeWords[parts[0]] { return value }
        guard let last = parts.popLast(), last == "time" || last == "times", !parts.isEmpty else { return nil }
        let number = parts.count == 1 ? digits(parts[0]) ?? words(parts) : words(parts)
        guard let number else { return nil }
        return (number == 1) == (last == "time") ? number : nil
    }

    /// Reads any count: a cardinal, a multiplicative phrase, or one of ``countWords`` ("single").
    ///
    /// - Parameter text: The count.
    /// - Returns: Its value, or `nil` when the text is none of these.
    public static func count(_ text: String) -> Int? {
        if let value = cardinal(text) ?? multiplicative(text) { return value }
        return countWords[tokens(trim(text)).joined(separator: " ")]
    }

    // MARK: Internals

    /// The characters ``trim(_:)`` removes.
    private static let blanks: Set<Character> = [" ", "\t", "\n", "\r", "\u{00A0}"]

    /// The text without spaces, tabs and line breaks around it.
    private static func trim(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !blanks.contains($0) }),
            let last = text.lastIndex(where: { !blanks.contains($0) })
        else { return "" }
        return String(text[first...last])
    }

    /// The lower-case words of a text split at spaces and hyphens; empty when it holds anything but ASCII
    /// letters and digits, spaces, and single hyphens between words.
    private static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var word: [UInt8] = []
        var lastWasHyphen = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
            case UInt8(ascii: " "), UInt8(ascii: "-"):
                let isHyphen = byte == UInt8(ascii: "-")
                if word.isEmpty {
                    // A hyphen must sit between two words; runs of spaces are fine.
                    if isHyphen || lastWasHyphen { return [] }
                } else {
                    result.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
                lastWasHyphen = isHyphen
            default: return []
            }
        }
        guard !word.isEmpty else { return [] }
        result.append(String(decoding: word, as: UTF8.self))
        return result
    }

    /// Digits, optionally grouped by commas in threes ("1,200"); at most 15 digits.
    private static func digits(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first != UInt8(ascii: ","), bytes.last != UInt8(ascii: ",") else {
            return nil
        }
        let hasCommas = bytes.contains(UInt8(ascii: ","))
        var value = 0
        var digitCount = 0
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: ",") {
                // A comma comes exactly every three digits from the right.
                guard (bytes.count - index - 1) % 4 == 3 else { return nil }
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            if hasCommas, (bytes.count - index - 1) % 4 == 3 { return nil }
            digitCount += 1
            // Stop before the value can overflow: a longer number is not a count.
            guard digitCount <= 15 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// A number in words below 1000: `[unit|"a"] "hundred" ["and"] [tens [unit] | unit | teen]`.
    private static func words(_ parts: [String]) -> Int? {
        var rest = parts[...]
        var total = 0
        var sawHundred = false
        if let index = rest.firstIndex(of: "hundred") {
            let multiplier: Int?
            switch index - rest.startIndex {
            case 0: multiplier = 1
            case 1:
                let word = rest[rest.startIndex]
                multiplier = word == "a" ? 1 : cardinalWords[word].flatMap { (1...9).contains($0) ? $0 : nil }
            default: multiplier = nil
            }
            guard let multiplier else { return nil }
            total = multiplier * 100
            sawHundred = true
            rest = rest[(index + 1)...]
            if rest.first == "and" {
                rest = rest.dropFirst()
                guard !rest.isEmpty else { return nil }
            }
        }
        guard let first = rest.first else { return sawHundred ? total : nil }
        guard let value = cardinalWords[first], value < 100, !(sawHundred && value == 0) else { return nil }
        rest = rest.dropFirst()
        if let second = rest.first {
            guard value >= 20, let unit = cardinalWords[second], (1...9).contains(unit), rest.count == 1 else {
                return nil
            }
            return total + value + unit
        }
        return total + value
    }
}
