import CentralAsiaKit

extension PartialDate {
    /// Reads a day written the way central banks and many regional feeds write it: `dd.MM.yyyy`, with one
    /// or two ASCII digits for the day and the month, and four for the year or two for a year of this
    /// century (`21.01.25` is 2025-01-21).
    ///
    /// - Parameter text: The day, with nothing around it.
    /// - Returns: `nil` for any other form (signs, spaces, other digits included) or a day that does not
    ///   exist.
    init?(dottedDay text: Substring) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count <= 2, parts[1].utf8.count <= 2,
            parts[2].utf8.count == 4 || parts[2].utf8.count == 2,
            let day = PartialDate.asciiNumber(parts[0]), let month = PartialDate.asciiNumber(parts[1]),
            let year = PartialDate.asciiNumber(parts[2])
        else { return nil }
        self.init(year: parts[2].utf8.count == 2 ? 2000 + year : year, month: month, day: day)
    }

    /// The value of a non-empty run of ASCII digits, or `nil` when anything else is in it.
    static func asciiNumber(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
        return Int(text)
    }
}
