import CentralAsiaKit
import Foundation
import Testing

/// Text round trips: a page rendered back to the page format parses to the same page, and dates
/// read back from their text forms.
@Suite struct PageRoundTripProperties {
    let parser = PageParser()

    @Test func renderedPagesParseToTheSamePage() throws {
        for seed in SplitMix64.caseSeeds(200) {
            var random = SplitMix64(seed: seed)
            let page = random.wellFormedPage()
            let text = page.renderedPageText()
            let parsed = try parser.parse(text)
            #expect(parsed == page, "seed \(seed): the page did not survive render and parse; text:\n\(text)")
            #expect(parsed.renderedPageText() == text, "seed \(seed): the text did not survive parse and render")
        }
    }

    @Test func rendersTheReferenceLayout() throws {
        let rate = ExchangeRate(
            base: .kzt, quote: .usd, quoted: try #require(QuotedDecimal("0.00191")),
            changePercent: QuotedDecimal("-0.14"))
        let uzs = ExchangeRate(
            base: .uzs, quote: .usd, quoted: try #require(QuotedDecimal("0.00008")), changePercent: QuotedDecimal("0"))
        let page = NewsPage(
            date: PartialDate(year: 2024, month: 9, day: 8), category: "Uncategorized",
            ticker: Ticker(quotes: [rate, uzs], repetitions: 2),
            listing: Listing(first: 691, last: 692, total: 1505, pageSize: 6),
            articles: [
                NewsArticle(
                    title: "A Rail Link Opens", paragraphs: ["Trains run daily.", "More follow..."], isTruncated: true,
                    dateline: Dateline(place: "ASTANA", agency: "TCA"), authors: ["Anna Petrova"]),
                NewsArticle(title: "Grain Exports Rise", paragraphs: ["Farmers sold more wheat."], isTruncated: true),
            ])
        #expect(
            page.renderedPageText() == """
                • KZT/USD = 0.00191 -0.14%
                  • UZS/USD = 0.00008 0%
                  • KZT/USD = 0.00191 -0.14%
                  • UZS/USD = 0.00008 0%
                08 September 2024
                Uncategorized

                Viewing results 691 - 692 of 1505

                A Rail Link Opens
                  • Written by Anna Petrova

                ASTANA (TCA) — Trains run daily.

                More follow...

                Grain Exports Rise

                Farmers sold more wheat.
                Register to read more ...

                """)
    }

    @Test func leavesOutWhatTheFormatCannotHold() {
        let page = NewsPage(
            date: PartialDate(year: 2024, month: 9), category: "Economy",
            articles: [NewsArticle(title: "Talks Resume", paragraphs: ["Both sides met."])],
            diagnostics: [Diagnostic(.warning, at: nil, "the page is empty")])
        #expect(page.renderedPageText() == "\nTalks Resume\n\nBoth sides met.\n")
    }

    @Test func datesReadBackFromTheirTextForms() throws {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        for seed in SplitMix64.caseSeeds(20) {
            var random = SplitMix64(seed: seed)
            for _ in 0..<50 {
                let date = random.partialDate()
                #expect(PartialDate(date.description) == date, "seed \(seed): \(date)")
                let day = random.dayDate()
                let (year, month, number) = (day.year, try #require(day.month), try #require(day.day))
                let padded = "\(number < 10 ? "0" : "")\(number) \(months[month - 1]) \(year)"
                #expect(PartialDate(englishDay: padded) == day, "seed \(seed): \(padded)")
                #expect(
                    PartialDate(englishDay: "\(number) \(months[month - 1]) \(year)") == day, "seed \(seed): \(day)")
                #expect(
                    DatePhraseParser().parse(padded, reference: nil)?.value == .date(day), "seed \(seed): \(padded)")
            }
        }
    }
}
