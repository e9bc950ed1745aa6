import CentralAsiaKit
import Foundation
import Testing

func sortedJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

@Suite struct ListingTests {
    @Test(arguments: [
        (1, 6, 27, 6, 1, 5),
        (691, 696, 1505, 6, 116, 251),
        (25, 27, 27, 6, 5, 5),
        (1, 1, 1, 1, 1, 1),
    ])
    func derivesPageSizeNumberAndCount(_ row: (Int, Int, Int, Int, Int, Int)) throws {
        let hint = row.1 == row.2 && row.0 > 1 ? 6 : nil
        let listing = try #require(Listing(first: row.0, last: row.1, total: row.2, pageSize: hint))
        #expect(listing.pageSize == row.3)
        #expect(listing.page == row.4)
        #expect(listing.pageCount == row.5)
    }

    @Test func derivesTheSizeOfAShortLastPageWithoutAHint() {
        // 25 - 27 of 27: 3 results, and 24 earlier results: pages of 3 fit.
        #expect(Listing(first: 25, last: 27, total: 27)?.pageSize == 3)
        // 23 - 24 of 24: 22 earlier results; pages of 2 fit.
        #expect(Listing(first: 23, last: 24, total: 24)?.pageSize == 2)
        // 20 - 22 of 22: 19 earlier results; only pages of 19 start a page at 20.
        #expect(Listing(first: 20, last: 22, total: 22)?.pageSize == 19)
    }

    @Test func rejectsInconsistentCounts() {
        #expect(Listing(first: 0, last: 6, total: 27) == nil)
        #expect(Listing(first: 7, last: 6, total: 27) == nil)
        #expect(Listing(first: 1, last: 28, total: 27) == nil)
        #expect(Listing(first: 2, last: 7, total: 27, pageSize: 6) == nil)
    }

    @Test func encodesDerivedFieldsAndValidatesWhenDecoding() throws {
        let listing = try #require(Listing(first: 7, last: 12, total: 40))
        let json = try sortedJSON(listing)
        #expect(json == #"{"first":7,"last":12,"page":2,"pageCount":7,"pageSize":6,"total":40}"#)
        #expect(try JSONDecoder().decode(Listing.self, from: Data(json.utf8)) == listing)
        #expect(listing.description == "Viewing results 7 - 12 of 40")
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Listing.self, from: Data(#"{"first":9,"last":3,"total":27}"#.utf8))
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted")
            return
        }
        #expect(context.debugDescription == "inconsistent listing \"9 - 3 of 27\"")
    }
}

@Suite struct NewsArticleTests {
    @Test func leavesOutAbsentFieldsAndRoundTrips() throws {
        let bare = NewsArticle(title: "T", paragraphs: ["p"])
        #expect(try sortedJSON(bare) == #"{"isTruncated":false,"paragraphs":["p"],"title":"T"}"#)
        let full = NewsArticle(
            title: "T", paragraphs: ["a", "b"], isTruncated: true, dateline: Dateline(place: "BISHKEK", agency: "TCA"),
            date: PartialDate(year: 2024, month: 3), url: "https://example.org/a", section: "Politics",
            authors: ["A. Writer"], tags: ["energy"])
        let json = try sortedJSON(full)
        #expect(
            json
                == #"{"authors":["A. Writer"],"date":"2024-03","dateline":{"agency":"TCA","place":"BISHKEK"},"isTruncated":true,"paragraphs":["a","b"],"section":"Politics","tags":["energy"],"title":"T","url":"https://example.org/a"}"#
        )
        #expect(try JSONDecoder().decode(NewsArticle.self, from: Data(json.utf8)) == full)
        #expect(full.body == "a\n\nb")
        #expect(full.length == 2)
    }

    @Test func rendersADateline() {
        #expect(Dateline(place: "ASTANA", agency: "TCA").description == "ASTANA (TCA)")
        #expect(Dateline(place: "LONDON").description == "LONDON")
    }
}

@Suite struct NewsPageTests {
    @Test func writesNullForAbsentHeaderFields() throws {
        let json = try sortedJSON(NewsPage())
        #expect(
            json
                == #"{"articles":[],"date":null,"diagnostics":[],"listing":null,"partnerships":[],"schemaVersion":2,"ticker":null,"travel":[],"visits":[]}"#
        )
        #expect(try JSONDecoder().decode(NewsPage.self, from: Data(json.utf8)) == NewsPage())
    }

    @Test(arguments: [0, 3])
    func rejectsAnotherSchemaVersion(version: Int) {
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                NewsPage.self, from: Data(#"{"schemaVersion":\#(version),"articles":[]}"#.utf8))
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted")
            return
        }
        #expect(context.debugDescription == "unsupported schemaVersion \(version); this library reads versions 1 to 2")
    }

    /// A partnership of a version 1 document, which named its parties without their kinds.
    static let version1Partnership = #"{"parties":["KZ","EU","C5+1"],"kind":"partnership","status":"existing"}"#

    /// The same partnership as version 2 writes it.
    static let version2Partnership =
        #"{"article":null,"date":null,"documentCount":null,"kind":"partnership","parties":["KZ","EU","C5+1"],"#
        + #""partyKinds":["country","organization","organization"],"place":null,"signatories":[],"status":"existing","#
        + #""title":null,"topics":[]}"#

    /// Version 1 partnerships are read by their names (organisations of the standard gazetteer, else
    /// countries by two capital letters) and written again as version 2.
    @Test func readsVersion1PartiesByTheirNames() throws {
        let old = #"{"schemaVersion":1,"articles":[],"partnerships":[\#(Self.version1Partnership)]}"#
        let page = try JSONDecoder().decode(NewsPage.self, from: Data(old.utf8))
        #expect(page.partnerships.map(\.parties) == [[.country("KZ"), .organization("EU"), .organization("C5+1")]])
        #expect(
            try sortedJSON(page)
                == #"{"articles":[],"date":null,"diagnostics":[],"listing":null,"partnerships":["#
                + Self.version2Partnership + #"],"schemaVersion":2,"ticker":null,"travel":[],"visits":[]}"#)
    }

    @Test func readsVersion2PartiesByTheirKinds() throws {
        let current = #"{"schemaVersion":2,"articles":[],"partnerships":[\#(Self.version2Partnership)]}"#
        let page = try JSONDecoder().decode(NewsPage.self, from: Data(current.utf8))
        #expect(page.partnerships.map(\.parties) == [[.country("KZ"), .organization("EU"), .organization("C5+1")]])
    }

    /// A document that names no version is read as the current one, whose partnerships must say what their
    /// parties are.
    @Test(arguments: ["", #""schemaVersion":2,"#])
    func refusesPartiesWithoutKindsAfterVersion1(version: String) {
        let page = #"{\#(version)"articles":[],"partnerships":[\#(Self.version1Partnership)]}"#
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(NewsPage.self, from: Data(page.utf8))
        }
        guard case .keyNotFound(let key, _) = error else {
            Issue.record("expected keyNotFound, got \(String(describing: error))")
            return
        }
        #expect(key.stringValue == "partyKinds")
    }
}

@Suite struct NewsPageTickerTests {
    @Test func datesUndatedQuotesByThePage() throws {
        let undated = ExchangeRate(base: "KZT", quote: "USD", quoted: try #require(QuotedDecimal("0.00191")))
        let dated = ExchangeRate(
            base: "UZS", quote: "USD", quoted: try #require(QuotedDecimal("0.00008")), date: PartialDate("2025-01-20"))
        let page = NewsPage(date: PartialDate("2025-01-21"), ticker: Ticker(quotes: [undated, dated], repetitions: 1))
        #expect(page.datedTickerQuotes.map(\.description) == ["KZT/USD 0.00191", "UZS/USD 0.00008"])
        #expect(page.datedTickerQuotes.map { $0.date?.description } == ["2025-01-21", "2025-01-20"])
        #expect(NewsPage(date: PartialDate("2025-01-21")).datedTickerQuotes.isEmpty)
    }
}
