import CentralAsiaKit
import Foundation
import Testing

@Suite struct DateMentionTests {
    @Test func encodesExactJSON() throws {
        let span = try CalendarTesting.span("2024-11-12", "2024-11-14")
        #expect(
            try CalendarTesting.encode(DateMention(text: "12–14 ноября", value: .span(span)))
                == #"{"text":"12–14 ноября","value":"2024-11-12/2024-11-14"}"#)
        let year = try CalendarTesting.date("2025")
        #expect(
            try CalendarTesting.encode(DateMention(text: "by the end of 2025", value: .date(year), qualifier: .byEndOf))
                == #"{"qualifier":"byEndOf","text":"by the end of 2025","value":"2025"}"#)
    }

    @Test(arguments: ["2024", "2024-11", "2024-11-12", "2026/2028", "2025-01/2025-10", "2024-11-12/2024-11-14"])
    func roundTripsEachValueForm(_ value: String) throws {
        let json = #"{"text":"t","value":"\#(value)"}"#
        let mention = try JSONDecoder().decode(DateMention.self, from: Data(json.utf8))
        #expect(mention.value.description == value)
        #expect(try CalendarTesting.encode(mention) == json)
    }

    @Test(arguments: [
        ("2024-13", #"invalid date "2024-13"; expected YYYY, YYYY-MM, YYYY-MM-DD or A/B"#),
        ("2024/2024-05", #"invalid date "2024/2024-05"; expected YYYY, YYYY-MM, YYYY-MM-DD or A/B"#),
        ("2025/2024", #"invalid date "2025/2024"; expected YYYY, YYYY-MM, YYYY-MM-DD or A/B"#),
        ("2024/2025/2026", #"invalid date "2024/2025/2026"; expected YYYY, YYYY-MM, YYYY-MM-DD or A/B"#),
    ])
    func rejectsAValueThatIsNoDateOrSpan(_ value: String, _ message: String) {
        let json = #"{"text":"t","value":"\#(value)"}"#
        #expect(CalendarTesting.corruption(DateMention.self, json) == "value: " + message)
    }

    @Test func isMadeFromAPhrase() throws {
        let phrase = try #require(DatePhraseParser().parse("с 2017 года", reference: nil))
        #expect(DateMention(phrase).description == "с 2017 года = 2017")
        #expect(DateMention(phrase).qualifier == .since)
    }

    /// An article of my own, read as `briefing` reads a page: its date phrases in the article's JSON.
    @Test func annotatesAnArticleWithItsDatePhrases() throws {
        let text = """
            12 November 2025

            Президент прибыл в Бишкек

            Президент прилетел в Бишкек 11 ноября с государственным визитом. На следующий день стороны \
            подписали программу на 2026–2028 годы.

            В прошлом году лидеры встречались 24 декабря; talks resumed on Monday.

            """
        var page = try PageParser().parse(text)
        DatePhraseParser.articles.annotate(&page)
        let article = try #require(page.articles.first)
        #expect(
            try CalendarTesting.encode(article.dates)
                == #"[{"text":"11 ноября","value":"2025-11-11"},{"text":"На следующий день","value":"2025-11-12"},"#
                + #"{"text":"на 2026–2028 годы","value":"2026/2028"},{"text":"В прошлом году","value":"2024"},"#
                + #"{"text":"24 декабря","value":"2024-12-24"},{"text":"on Monday","value":"2025-11-10"}]"#)
        #expect(try PageParser().parse(text).articles.allSatisfy { $0.dates.isEmpty })
        let json = try CalendarTesting.encode(article)
        #expect(try JSONDecoder().decode(NewsArticle.self, from: Data(json.utf8)) == article)
    }

    @Test func annotatesOneArticleAgainstThePageDate() throws {
        let article = NewsArticle(title: "Talks", paragraphs: ["They met yesterday and will meet again next week."])
        let annotated = DatePhraseParser.articles.annotated(
            article, reference: PartialDate(year: 2025, month: 11, day: 12))
        #expect(annotated.dates.map(\.description) == ["yesterday = 2025-11-11", "next week = 2025-11-17/2025-11-23"])
    }
}
