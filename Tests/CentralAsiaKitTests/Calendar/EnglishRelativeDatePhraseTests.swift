import CentralAsiaKit
import Testing

@Suite struct EnglishRelativeDatePhraseTests {
    /// The reference day of these cases: Wednesday 12 November 2025.
    static let pageDay = PartialDate(year: 2025, month: 11, day: 12)

    @Test(arguments: [
        ("today", "2025-11-12"), ("yesterday", "2025-11-11"), ("Tomorrow", "2025-11-13"),
        ("on Monday", "2025-11-10"), ("Monday", "2025-11-10"), ("on Tuesday, November 11", "2025-11-11"),
        ("last week", "2025-11-03/2025-11-09"), ("this week", "2025-11-10/2025-11-16"),
        ("next week", "2025-11-17/2025-11-23"), ("next month", "2025-12"), ("last year", "2024"),
        ("this year", "2025"), ("the previous year", "2024"), ("two years ago", "2023"), ("a month ago", "2025-10"),
        ("three weeks ago", "2025-10-22"), ("5 days ago", "2025-11-07"), ("the next day", "2025-11-13"),
        ("the day before", "2025-11-11"), ("on the same day", "2025-11-12"), ("November 11 last year", "2024-11-11"),
        ("in March of last year", "2024-03"), ("in the first ten months of 2025", "2025-01/2025-10"),
        ("the first 9 months of 2024", "2024-01/2024-09"), ("by the end of the year", "2025"),
        ("last Friday", "2025-11-07"), ("next Monday", "2025-11-17"), ("this Friday", "2025-11-14"),
    ])
    func readsEachRelativePhrase(_ text: String, _ value: String) throws {
        let phrase = try #require(DatePhraseParser.articles.parse(text, reference: Self.pageDay))
        #expect(phrase.value.description == value)
        #expect(phrase.text == text)
    }

    @Test(arguments: [
        (
            "Talks were held on October 14. The same day the ministers signed a plan, and the next day they flew home.",
            ["on October 14 = 2025-10-14", "The same day = 2025-10-14", "the next day = 2025-10-15"]
        ),
        ("The forum met in 2005, 2011 and 2017.", ["in 2005 = 2005", "2011 = 2011", "2017 = 2017"]),
        ("Last year the leaders met on December 24 in Astana.", ["Last year = 2024", "on December 24 = 2024-12-24"]),
        (
            "He said on Monday that the summit opens May 3—4.",
            ["on Monday = 2025-11-10", "May 3—4 = 2026-05-03/2026-05-04"]
        ),
        ("On May 3 — 4 people came.", ["On May 3 = 2026-05-03"]),
    ])
    func findsThePhrasesOfASentence(_ sentence: String, _ expected: [String]) {
        #expect(CalendarTesting.articlePhrases(in: sentence, reference: Self.pageDay) == expected)
    }

    @Test(arguments: [
        "He turned 72 years old.", "The visit lasted three days.", "The 75th anniversary was marked.",
        "The score was 3:2.", "Call +7 701 123 45 67.", "Prices rose in the past three months.",
        "It grew for two years.", "The 1990s were hard.", "A 2024-style plan.",
    ])
    func findsNoDateWhereThereIsNone(_ sentence: String) {
        #expect(CalendarTesting.articlePhrases(in: sentence, reference: Self.pageDay) == [])
    }
}
