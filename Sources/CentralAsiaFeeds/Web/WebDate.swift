import CentralAsiaKit
import Foundation

/// Publication dates as pages write them: ISO timestamps (`2025-03-18T09:40:00+06:00`, `2025/03/18`), and
/// visible dates in English and Russian (`March 18, 2025`, `Monday, 12 February 2018 14:05`,
/// `11 февраля 2025 г.`, `11.02.2025`).
///
/// The calendar date is taken as the page writes it, without moving it to another time zone.
enum WebDate {
    /// The earliest and latest years read as publication years.
    static let years = 1990...2100

    /// The date at the start of an ISO-style timestamp (`YYYY-MM-DD`, `YYYY/MM/DD`, `YYYYMMDD`).
    static func iso(_ text: String) -> PartialDate? {
        let digits = Array(text.trimmingCharacters(in: .whitespaces).utf8.prefix(10))
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= digits.count else { return nil }
            return Int(String(decoding: digits[range], as: UTF8.self))
        }
        if digits.count >= 10, [UInt8(ascii: "-"), UInt8(ascii: "/")].contains(digits[4]), digits[7] == digits[4],
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        {
            return make(year, month, day)
        }
        if digits.count >= 8, digits.prefix(8).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let year = number(0..<4), let month = number(4..<6), let day = number(6..<8)
        {
            return make(year, month, day)
        }
        return nil
    }

    /// The first visible date in a text: `Month D, YYYY`, `D Month YYYY` or `DD.MM.YYYY`.
    static func visible(_ text: String) -> PartialDate? {
        let words = tokens(text)
        for (index, word) in words.enumerated() {
            if let month = MonthNames.month(named: word) {
                if let date = around(words, month: month, at: index) { return date }
            } else if let date = dotted(word) {
                return date
            }
        }
        return nil
    }

    /// Whether a text is made of dates only: at least half its words are numbers, months or weekdays.
    static func isDateLine(_ text: String) -> Bool {
        let words = tokens(text)
        guard !words.isEmpty else { return false }
        let dateWords = words.filter { word in
            MonthNames.month(named: word) != nil || weekdays.contains(word)
                || word.allSatisfy { $0.isNumber || $0 == "." }
        }
        return dateWords.count * 2 >= words.count && dateWords.contains { MonthNames.month(named: $0) != nil }
    }

    /// Names of the days of the week, in English and Russian.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
        "fri", "sat", "sun", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    ]

    private static func around(_ words: [String], month: Int, at index: Int) -> PartialDate? {
        func number(_ position: Int) -> Int? {
            guard position >= 0, position < words.count else { return nil }
            return Int(words[position])
        }
        // Month D, YYYY
        if let day = number(index + 1), let year = number(index + 2), let date = make(year, month, day) {
            return date
        }
        // D Month YYYY
        if let day = number(index - 1), let year = number(index + 1), let date = make(year, month, day) {
            return date
        }
        return nil
    }

    private static func dotted(_ word: String) -> PartialDate? {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
            let year = Int(parts[2])
        else { return nil }
        return make(year, month, day)
    }

    private static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber
                || (character == "." && !current.isEmpty && current.last?.isNumber == true)
            {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current.hasSuffix(".") ? String(current.dropLast()) : current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.hasSuffix(".") ? String(current.dropLast()) : current) }
        return words.map { word in
            // "18th" → "18"
            let digits = word.prefix { $0.isNumber }
            return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
                ? String(digits) : word
        }
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int) -> PartialDate? {
        guard years.contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }
}
