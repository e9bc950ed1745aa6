import CentralAsiaKit
import Foundation
import Testing

@Suite struct PageParserTests {
    let parser = PageParser()

    func page(_ fixture: String) throws -> NewsPage {
        try parser.parse(contentsOf: Fixture.url("pages/\(fixture)"))
    }

    func tickerSummary(_ page: NewsPage) -> [String] {
        (page.ticker?.quotes ?? []).map { "\($0.base)/\($0.quote) \($0.quoted) \($0.changePercent?.text ?? "nil")%" }
    }

    @Test func readsTheReferenceStructureFixture() throws {
        let page = try page("reference-structure.txt")
        #expect(page.date == PartialDate(year: 2025, month: 1, day: 21))
        #expect(page.ticker?.repetitions == 8)
        #expect(
            tickerSummary(page) == [
                "KGS/USD 0.01144 0%", "KZT/USD 0.00191 0%", "TJS/USD 0.09174 0%", "UZS/USD 0.00008 0%",
                "TMT/USD 0.28571 -0.14%",
            ])
        let listing = try #require(page.listing)
        let counts: [Int] = [
            listing.first, listing.last, listing.total, listing.pageSize, listing.page, listing.pageCount,
        ]
        #expect(counts == [1, 6, 27, 6, 1, 5])
        #expect(
            page.articles.map(\.title) == [
                "Tashkent Sets Out a Plan to Deepen Its Strategic Partnership with the U.S.",
                "Diplomacy in Detail: Counting the Foreign Trips of Central Asia’s Leaders in 2024",
                "Turkish Port Offers Uzbek Exporters a Gateway to Europe and Africa",
                "Opinion: How Might a Second Trump Term Change Things for Central Asia?",
                "Astana Offers to Host Peace Talks, Deputy Foreign Minister Vassilenko Says",
                "UK Think Tank Calls Kazakhstan a Key Strategic Partner for Britain",
            ])
        #expect(page.articles.map(\.isTruncated) == [false, true, false, true, false, true])
        #expect(page.articles.map(\.paragraphs.count) == [1, 1, 1, 1, 1, 1])
        #expect(page.diagnostics.isEmpty)
    }

    @Test(.enabled(if: Fixture.exists(Fixture.referencePage)))
    func readsTheReferencePage() throws {
        let page = try parser.parse(contentsOf: Fixture.referencePage)
        let expected =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: Fixture.shared.appendingPathComponent("spec/seed-expected.json")))
            as? [String: Any]
        #expect(page.date?.description == expected?["date"] as? String)
        #expect(page.ticker?.repetitions == 8)
        let quotes = (expected?["ticker"] as? [String: Any])?["quotes"] as? [[String: String]] ?? []
        #expect(quotes.count == 5)
        #expect(
            page.ticker?.quotes.map {
                [$0.base.rawValue, $0.quote.rawValue, $0.quoted.text, $0.changePercent?.text ?? ""]
            }
                == quotes.map { [$0["base"] ?? "", $0["quote"] ?? "", $0["rate"] ?? "", $0["changePercent"] ?? ""] })
        let listing = try #require(page.listing)
        let counts: [Int] = [
            listing.first, listing.last, listing.total, listing.pageSize, listing.page, listing.pageCount,
        ]
        #expect(counts == [1, 6, 27, 6, 1, 5])
        let articles = expected?["articles"] as? [[String: Any]] ?? []
        #expect(page.articles.count == articles.count)
        for (article, facts) in zip(page.articles, articles) {
            let start = facts["titleStartsWith"] as? String ?? "?"
            #expect(article.title.hasPrefix(start), "title \"\(article.title)\" should start with \"\(start)\"")
            #expect(article.isTruncated == facts["isTruncated"] as? Bool)
        }
        #expect(page.diagnostics.isEmpty)
    }

    /// The annotations by name, so that a failing case names its annotation and not the extractor's tables.
    static let annotations: [String: PageParser.Annotation] = [
        "none": .none, "mentions": .mentions(.standard), "diplomacy": .diplomacy(.standard),
    ]

    /// Each annotation adds what it names and nothing else, and gives what annotating a plain page gives.
    @Test(arguments: [
        ("none", false, false),
        ("mentions", true, false),
        ("diplomacy", true, true),
    ])
    func addsWhatTheAnnotationNames(name: String, hasMentions: Bool, hasDiplomacy: Bool) throws {
        let annotation = try #require(Self.annotations[name])
        let url = Fixture.url("pages/reference-structure.txt")
        let page = try PageParser(annotation: annotation).parse(contentsOf: url)
        #expect(page.articles.contains { !$0.mentions.isEmpty } == hasMentions)
        // Date phrases are asked for on their own (DatePhraseParser.annotate).
        #expect(page.articles.allSatisfy { $0.dates.isEmpty })
        #expect(!(page.travel.isEmpty && page.visits.isEmpty && page.partnerships.isEmpty) == hasDiplomacy)
        var plain = try parser.parse(contentsOf: url)
        annotation.annotate(&plain)
        #expect(plain == page)
    }

    @Test func fillsInMentionsWhenGivenAFinder() throws {
        let page = try PageParser(annotation: .mentions(.standard)).parse(
            contentsOf: Fixture.url("pages/reference-structure.txt"))
        #expect(
            page.articles[2].mentions
                == ArticleMentions(
                    countries: ["TR", "UZ"], people: ["Tahir Büyükakın", "Adem Ceylan"], cities: ["Kocaeli", "Gebze"]))
        #expect(
            page.articles[5].mentions
                == ArticleMentions(
                    countries: ["GB", "KZ"],
                    people: ["Nusrat Ghani", "Magzhan Ilyassov", "Darren Spinck", "Murat Nurtleu", "David Cameron"],
                    organizations: ["EBRD"], cities: ["Astana"]))
        #expect(
            try parser.parse(contentsOf: Fixture.url("pages/reference-structure.txt")).articles.allSatisfy {
                $0.mentions.isEmpty
            })
        let json = try sortedJSON(page.articles[2].mentions)
        #expect(
            json
                == #"{"cities":["Kocaeli","Gebze"],"countries":["TR","UZ"],"organizations":[],"people":["Tahir Büyükakın","Adem Ceylan"]}"#
        )
    }

    @Test func readsFourCurrenciesWithoutADateLine() throws {
        let page = try page("four-currencies-no-date.txt")
        #expect(page.date == nil)
        #expect(
            tickerSummary(page) == [
                "KGS/USD 0.01144 0%", "KZT/USD 0.00191 -0%", "TJS/USD 0.09174 0.76%", "UZS/USD 0.00008 0%",
            ])
        #expect(page.ticker?.repetitions == 3)
        #expect(page.listing?.page == 116)
        #expect(page.listing?.pageCount == 251)
        #expect(page.articles.count == 6)
        #expect(page.articles.last?.title == "Bishkek Hosts a Regional Film Festival")
        #expect(page.diagnostics.isEmpty)
    }

    @Test func readsAPageThatStartsWithTheListingLine() throws {
        let page = try page("no-ticker-listing-first.txt")
        #expect(page.ticker == nil)
        let listing = try #require(page.listing)
        let counts: [Int] = [listing.pageSize, listing.page, listing.pageCount]
        #expect(counts == [6, 5, 5])
        #expect(
            page.articles.map(\.title) == [
                "Kazakh Grain Reaches Iran by Rail", "Samarkand Prepares for a Summit",
                "Dushanbe Water Conference Draws Delegates",
            ])
        #expect(page.diagnostics.isEmpty)
    }

    @Test func readsTheListingLineBeforeTheDateAndACategoryLabel() throws {
        let page = try page("listing-before-date.txt")
        #expect(page.date?.description == "2024-09-08")
        #expect(page.category == "Uncategorized")
        #expect(page.listing?.page == 2)
        #expect(
            page.articles.map(\.title) == [
                "Central Asian Ministers Meet in Astana", "New Flights Link Tashkent and Seoul",
            ])
        #expect(
            page.diagnostics.map(\.description) == [
                "12:1: warning: listing \"7 - 12 of 40\" announces 6 articles but the page holds 2"
            ])
    }

    @Test func skipsJunkBeforeAnIndentedTicker() throws {
        let page = try page("junk-before-ticker.txt")
        #expect(page.ticker?.quotes.count == 5)
        #expect(page.ticker?.repetitions == 2)
        #expect(page.date?.description == "2025-01-21")
        #expect(page.articles.map(\.title) == ["Kazakhstan Raises Its Base Rate"])
        #expect(page.diagnostics.map(\.description).first == "1:1: note: skipped 3 lines before the ticker")
    }

    @Test func keepsASingleArticleWithItsSubheadingBylineAndDateline() throws {
        let page = try page("single-article.txt")
        let article = try #require(page.articles.first)
        #expect(page.articles.count == 1)
        #expect(page.date?.description == "2024-03-12")
        #expect(article.title == "Kyrgyzstan and Uzbekistan Sign a Border Water Deal")
        #expect(article.authors == ["TCA"])
        #expect(article.dateline == Dateline(place: "BISHKEK", agency: "TCA"))
        #expect(
            article.paragraphs == [
                "Kyrgyzstan and Uzbekistan signed an agreement on sharing the water of a border reservoir on Tuesday.",
                "The deal sets out how much water each side may draw during the irrigation season.",
                "What Comes Next",
                "Engineers from both countries will meet every quarter to check the water levels.",
                "Officials said the agreement would be reviewed in five years.",
            ])
        #expect(page.diagnostics.isEmpty)
    }

    @Test func dropsContinueReadingCaptionsAndTrailers() throws {
        let page = try page("older-listing.txt")
        #expect(
            page.articles.map(\.title) == [
                "Ashgabat Marathon Draws Record Field", "Osh Bazaar Gets a New Roof",
                "Tajik Students Win Chess Olympiad",
            ])
        #expect(
            page.articles.map(\.paragraphs) == [
                ["More runners than ever lined up for the Ashgabat marathon on Sunday."],
                ["The covered market in Osh has finally been repaired after a fire."],
                ["A team of students from Khujand won the junior chess olympiad."],
            ])
    }

    @Test func endsArticlesAtContinueReadingInlineOrOnItsOwnLine() throws {
        // Not in pages/: its titles are not in title case, so only its "Continue reading" markers
        // (which rendered page text does not keep) tell its articles apart.
        let page = try parser.parse(contentsOf: Fixture.url("layouts/continue-reading.txt"))
        #expect(
            page.articles.map(\.title) == [
                "Kyrgyz parliament backs budget bill", "Uzbekistan opens new rail link",
                "Tajik farmers plant early cotton",
            ])
        #expect(
            page.articles.map(\.paragraphs) == [
                ["Deputies approved the draft budget in a first reading on Tuesday."],
                ["A new line joins the Fergana valley with the capital through a mountain tunnel."],
                ["A warm March let farmers in the south sow cotton two weeks ahead of the usual date."],
            ])
        #expect(page.articles.map(\.dateline?.place) == ["BISHKEK", "TASHKENT", "DUSHANBE"])
        #expect(page.diagnostics.isEmpty)
    }

    @Test func readsAnOldIndexPageWithBylinesAndReadMoreLines() throws {
        let page = try page("old-index.txt")
        #expect(
            page.articles.map(\.title) == [
                "Kazakhstan Launches a Space Research Program", "Uzbekistan Reforms Its Tax Code",
            ])
        #expect(page.articles.map(\.authors) == [["Aigerim Sultanova"], ["Timur Rakhimov"]])
        #expect(page.articles.map(\.isTruncated) == [false, true])
        #expect(page.articles.map(\.paragraphs.count) == [1, 1])
        #expect(page.diagnostics.map(\.description) == ["1:1: note: skipped \"casino\": no article text follows it"])
    }

    @Test func marksAPageCutOffMidWord() throws {
        let page = try page("cut-off.txt")
        #expect(page.articles.count == 2)
        #expect(page.articles[0].dateline == Dateline(place: "TASHKENT", agency: "TCA"))
        #expect(
            page.articles[0].paragraphs == [
                "Aviation officials met in Tashkent to discuss an “open skies” deal. They called it \"a first step” toward more routes."
            ])
        #expect(page.articles[0].isTruncated == false)
        #expect(page.articles[1].isTruncated)
        #expect(page.articles[1].paragraphs == ["The terminal doubles the airport’s capacity and was built in two yea"])
        #expect(
            page.diagnostics.map(\.description) == [
                "note: the page ends mid-sentence in article 2 \"Astana’s New Airport Terminal Opens\"; its text is cut off",
                "8:1: warning: listing \"1 - 6 of 27\" announces 6 articles but the page holds 2",
            ])
    }

    @Test func reportsBrokenTickerLinesAndKeepsTheRest() throws {
        let page = try page("broken-ticker.txt")
        #expect(tickerSummary(page) == ["KGS/USD 0.01144 0%", "TJS/USD 0.09174 0%"])
        #expect(page.date?.description == "2025-01-21")
        #expect(page.articles.map(\.title) == ["A Lone Headline on a Broken Page"])
        #expect(
            page.diagnostics.map(\.description) == [
                "2:15: warning: malformed rate \"0.0O191\"",
                "4:5: warning: unknown currency code \"KZX\"; did you mean \"KZT\"?",
                "5:15: warning: malformed rate \"-0.14%\"",
                "8:1: warning: listing \"1 - 6 of 27\" announces 6 articles but the page holds 1",
            ])
    }

    @Test func readsCRLFAndAByteOrderMarkLikeLF() throws {
        let text = try Fixture.text("pages/reference-structure.txt")
        let crlf = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try parser.parse(crlf) == parser.parse(text))
    }

    @Test func toleratesStrayWhitespace() throws {
        let text =
            "   \n\t21 January 2025  \n\nViewing results 1 - 1 of 1 \n\n  A Headline With Spaces Around  \n\n  Its only paragraph.   \n\n\n"
        let page = try parser.parse(text)
        #expect(page.date?.description == "2025-01-21")
        #expect(page.listing?.total == 1)
        #expect(
            page.articles == [NewsArticle(title: "A Headline With Spaces Around", paragraphs: ["Its only paragraph."])])
        #expect(page.diagnostics.isEmpty)
    }

    @Test func repairsInvalidUTF8AndKeepsTheRest() throws {
        var bytes = Array("Viewing results 1 - 1 of 1\n\nA Headline\n\nText with a bad byte ".utf8)
        bytes.append(0xFF)
        bytes += Array(" in it.\n".utf8)
        let page = try parser.parse(Data(bytes))
        #expect(page.articles.first?.paragraphs == ["Text with a bad byte \u{FFFD} in it."])
        #expect(page.diagnostics.map(\.description) == ["5:22: warning: invalid UTF-8 byte 0xFF replaced with U+FFFD"])
    }

    @Test func keepsNonASCIITitlesAndParagraphsExactly() throws {
        let text =
            "Viewing results 1 - 2 of 2\n\nТуркменистан Открывает Новый Порт\n\nASHGABAT (TCA) — "
            + "The port at Türkmenbaşy “doubles” capacity — officials say 🚢.\n\nKazakhstan’s Wheat Sets a Record\n\n"
            + "Farmers in Qostanay harvested 12 % more…\n"
        let page = try parser.parse(text)
        #expect(
            page.articles.map(\.title) == ["Туркменистан Открывает Новый Порт", "Kazakhstan’s Wheat Sets a Record"])
        #expect(
            page.articles.map(\.paragraphs) == [
                ["The port at Türkmenbaşy “doubles” capacity — officials say 🚢."],
                ["Farmers in Qostanay harvested 12 % more…"],
            ])
        #expect(page.articles.map(\.dateline) == [Dateline(place: "ASHGABAT", agency: "TCA"), nil])
        #expect(page.articles.map(\.isTruncated) == [false, true])
        #expect(page.diagnostics.isEmpty)
    }

    @Test func readsARepairedCRLFPageCutInsideASequence() throws {
        var bytes = Array("Viewing results 1 - 1 of 1\r\n\r\nAn Ünusual “Headline”\r\n\r\nTashkent’s ".utf8)
        bytes.append(0xC0)  // never valid in UTF-8
        bytes += Array(" café closes; its last words were “".utf8)
        bytes += Array("’".utf8).dropLast()  // the page stops inside a sequence
        let page = try parser.parse(Data(bytes))
        #expect(page.articles.map(\.title) == ["An Ünusual “Headline”"])
        #expect(page.articles.map(\.paragraphs) == [["Tashkent’s \u{FFFD} café closes; its last words were “\u{FFFD}"]])
        #expect(page.articles.map(\.isTruncated) == [true])
        #expect(
            page.diagnostics.map(\.description) == [
                "5:12: warning: invalid UTF-8 byte 0xC0 replaced with U+FFFD",
                "5:48: warning: invalid UTF-8 byte 0xE2 replaced with U+FFFD",
                "note: the page ends mid-sentence in article 1 \"An Ünusual “Headline”\"; its text is cut off",
            ])
    }

    @Test func readsAnEmptyInputAsAnEmptyPageWithADiagnostic() throws {
        for text in ["", "\n\n  \n"] {
            let page = try parser.parse(text)
            #expect(page == NewsPage(diagnostics: [Diagnostic(.warning, at: nil, "the page is empty")]))
        }
    }

    @Test func reportsAMalformedListingLine() throws {
        let page = try parser.parse(
            "21 January 2025\n\nViewing results 1 - six of 27\n\nA Headline Here\n\nBody text.\n")
        #expect(page.listing == nil)
        #expect(page.articles.map(\.title) == ["A Headline Here"])
        #expect(
            page.diagnostics.map(\.description) == [
                "3:1: warning: malformed listing line \"Viewing results 1 - six of 27\"; expected \"Viewing results A - B of N\""
            ])
    }

    @Test func reportsAnInconsistentListing() throws {
        let page = try parser.parse("Viewing results 9 - 3 of 27\n\nA Headline Here\n\nBody text.\n")
        #expect(page.listing == nil)
        #expect(
            page.diagnostics.map(\.description) == [
                "1:1: warning: inconsistent listing \"9 - 3 of 27\"; expected 1 ≤ first ≤ last ≤ total"
            ])
    }

    @Test func enforcesThePageAndLineLimits() throws {
        let small = PageParser(options: .init(maximumPageBytes: 100, maximumLineBytes: 20))
        #expect(throws: ParseError(.limitExceeded, "the page is 101 bytes; the limit is 100 bytes")) {
            try small.parse(String(repeating: "a", count: 101))
        }
        let error = #expect(throws: ParseError.self) { try small.parse("short\n" + String(repeating: "b", count: 21)) }
        #expect(error?.description == "2:1: error: line 2 is 21 bytes; the limit is 20 bytes")
    }

    @Test func reportsAMissingFile() throws {
        let error = #expect(throws: ParseError.self) {
            try parser.parse(contentsOf: URL(fileURLWithPath: "/nonexistent/page.txt"))
        }
        #expect(error?.message == "cannot read \"/nonexistent/page.txt\": no such file")
        #expect(error?.kind == .unreadable)
    }

    @Test func splitsACorpusOnFormFeedLines() throws {
        let text = try Fixture.text("pages/corpus.txt")
        let pages = parser.parseCorpus(text).compactMap { try? $0.get() }
        #expect(pages.map(\.articles.count) == [6, 3, 2])
        #expect(pages.map { $0.listing?.first } == [691, 25, 7])
    }

    @Test(arguments: [1, 2, 3, 8])
    func parsesACorpusOnSeveralTasksInPageOrder(tasks: Int) async throws {
        let text = try Fixture.text("pages/corpus.txt")
        let sequential = parser.parseCorpus(text).compactMap { try? $0.get() }
        let concurrent = await parser.parseCorpus(bytes: Array(text.utf8), tasks: tasks).compactMap { try? $0.get() }
        #expect(concurrent == sequential)
        #expect(concurrent.count == 3)
    }

    @Test(arguments: [7, 64, 1 << 20])
    func streamsACorpusWithBoundedChunks(chunkSize: Int) throws {
        var corpus = parser.corpus([Fixture.url("pages/corpus.txt"), Fixture.url("pages/old-index.txt")])
        corpus.chunkSize = chunkSize
        let pages = try corpus.map { try $0.get() }
        let inMemory = parser.parseCorpus(try Fixture.text("pages/corpus.txt")).compactMap { try? $0.get() }
        #expect(Array(pages.prefix(3)) == inMemory)
        #expect(pages.count == 4)
        #expect(pages.last?.articles.count == 2)
    }

    @Test func encodesThePageDocumentExactly() throws {
        let text =
            "• KZT/USD = 0.00191 -0%\n  • UZS/USD = 0.00008 0%\n21 January 2025\n\nViewing results 1 - 1 of 7\n\nA Headline\n\nASTANA (TCA) — First words...\n"
        let page = try parser.parse(text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(page), as: UTF8.self)
        #expect(
            json
                == #"{"articles":[{"dateline":{"agency":"TCA","place":"ASTANA"},"isTruncated":true,"paragraphs":["First words..."],"title":"A Headline"}],"date":"2025-01-21","diagnostics":[],"listing":{"first":1,"last":1,"page":1,"pageCount":7,"pageSize":1,"total":7},"partnerships":[],"schemaVersion":2,"ticker":{"quotes":[{"base":"KZT","changePercent":"-0","quote":"USD","rate":"0.00191"},{"base":"UZS","changePercent":"0","quote":"USD","rate":"0.00008"}],"repetitions":1},"travel":[],"visits":[]}"#
        )
        #expect(try JSONDecoder().decode(NewsPage.self, from: Data(json.utf8)) == page)
    }
}
