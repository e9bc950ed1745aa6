/// The month names of every language the date phrases read (``DateWords/english`` and ``DateWords/russian``),
/// for the other readers of dates: feed dates, web pages' visible dates. One table of month names, never a
/// second list.
package enum MonthNames {
    /// Every folded month name and abbreviation of every language, with its month.
    private static let table: [String: Int] = {
        var table: [String: Int] = [:]
        for words in [DateWords.english, DateWords.russian] {
            for (word, meanings) in words.meanings {
                for case .month(let month, _) in meanings where table[word] == nil { table[word] = month }
            }
        }
        return table
    }()

    /// The English full names, lower case, January first: the names a prefix may stand for.
    private static let englishFullNames: [String] = EnglishDateWords.monthNames.filter { !$0.isAbbreviation }.map {
        String(decoding: $0.letters, as: UTF8.self)
    }

    /// The shortest prefix of an English month name read as that month ("Sept", "Febr").
    private static let shortestPrefix = 3

    /// The month a word names: a month name in any language and case form (`"January"`, `"января"`,
    /// `"январе"`) or a usual abbreviation (`"Jan"`, `"Sept."`, `"янв"`), a full stop after it allowed.
    ///
    /// - Parameters:
    ///   - word: One word.
    ///   - prefixes: Whether a prefix of an English full name of at least three letters counts too
    ///     (`"Febr"`), as RFC 822 writers' variants need.
    /// - Returns: The month, 1…12, or `nil`.
    package static func month(named word: some StringProtocol, prefixes: Bool = false) -> Int? {
        var folded = DateText.foldedString(String(word))
        if folded.hasSuffix(".") { folded.removeLast() }
        if let month = table[folded] { return month }
        guard prefixes, folded.count >= shortestPrefix, folded.allSatisfy(\.isLetter) else { return nil }
        return englishFullNames.firstIndex { $0.hasPrefix(folded) }.map { $0 + 1 }
    }
}
