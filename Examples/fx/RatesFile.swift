import CentralAsiaKit

/// Reads ticker lines into rates, dated by the `DD Month YYYY` line that follows the ticker.
enum RatesFile {
    /// The quotes of a text, each dated with the date line after the last quote (if any).
    static func rates(in text: String) -> [ExchangeRate] {
        var scanner = TextScanner(text)
        var accumulator = TickerParser.Accumulator()
        var afterTicker = false
        var date: PartialDate?
        while let line = scanner.nextLine() {
            if case .quote(let rate, _) = TickerParser.match(line, in: scanner) {
                accumulator.add(rate)
                afterTicker = true
                date = nil
                continue
            }
            let content = scanner.string(line.range).trimmingSpaces
            guard afterTicker, !content.isEmpty else { continue }
            afterTicker = false
            date = englishDate(content)
        }
        return (accumulator.ticker?.quotes ?? []).map { quote in
            var dated = quote
            dated.date = date
            return dated
        }
    }

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `21 January 2025` → 2025-01-21; anything else → nil.
    static func englishDate(_ text: String) -> PartialDate? {
        let words = text.split(separator: " ")
        guard words.count == 3, let day = Int(words[0]), words[0].count <= 2,
            let month = months.firstIndex(of: String(words[1])), words[2].count == 4, let year = Int(words[2])
        else { return nil }
        return PartialDate(year: year, month: month + 1, day: day)
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}
