import CentralAsiaKit
import Foundation
import Testing

@Suite struct ArchiveTests {
    static let day = PartialDate(year: 2025, month: 1, day: 21)
    static let nextDay = PartialDate(year: 2025, month: 1, day: 22)

    static let rail = NewsArticle(
        title: "Rail freight to Iran grows", paragraphs: ["Trains from Almaty now reach Bandar Abbas in twelve days."])
    static let visit = NewsArticle(
        title: "Japarov visits Dushanbe", paragraphs: ["Sadyr Japarov arrived in Dushanbe for talks on water."])
    static let linked = NewsArticle(
        title: "Ferry line opens", paragraphs: ["A first text."], url: "https://example.org/ferry")

    static func ticker(_ rate: String) -> Ticker {
        Ticker(
            quotes: [ExchangeRate(base: .kzt, quote: .usd, quoted: QuotedDecimal(rate) ?? QuotedDecimal(Decimal(0)))],
            repetitions: 1)
    }

    /// Page 1 (results 1-2) and page 2 (results 3-4) of two days; the rail story is on both, re-cased.
    static func twoPages() -> Archive {
        var archive = Archive()
        archive.add(
            NewsPage(
                date: day, ticker: ticker("0.00191"), listing: Listing(first: 1, last: 2, total: 4),
                articles: [rail, visit]),
            source: "day1.txt")
        var recased = rail
        recased.title = "RAIL FREIGHT TO IRAN GROWS!"
        archive.add(
            NewsPage(
                date: nextDay, ticker: ticker("0.00193"), listing: Listing(first: 3, last: 4, total: 4),
                articles: [linked, recased]),
            source: "day2.txt")
        return archive
    }

    @Test func storesAnArticleSeenOnTwoPagesOnce() {
        let archive = Self.twoPages()
        #expect(archive.count == 3)
        #expect(
            archive.articles.map(\.title) == [
                "Rail freight to Iran grows", "Japarov visits Dushanbe", "Ferry line opens",
            ])
        #expect(
            archive.references[0] == [
                PageReference(source: "day1.txt", date: Self.day, position: 1, article: 1),
                PageReference(source: "day2.txt", date: Self.nextDay, position: 4, article: 2),
            ])
        #expect(archive.references[2].map(\.description) == ["day2.txt 2025-01-22 #3 (article 1)"])
    }

    @Test func matchesByURLWhenThereIsOne() {
        var archive = Self.twoPages()
        var rewritten = Self.linked
        rewritten.title = "Ferry line opens, with new text"
        #expect(archive.id(of: rewritten) == 2)
        #expect(archive.add(rewritten) == 2)
        #expect(archive.count == 3)
        #expect(archive.id(of: NewsArticle(title: "Unknown")) == nil)
    }

    @Test func collectsTickerRatesWithThePageDate() throws {
        let archive = Self.twoPages()
        #expect(archive.rateBook.rates.map(\.description) == ["KZT/USD 0.00191", "KZT/USD 0.00193"])
        #expect(archive.rateBook.rates.map(\.date) == [Self.day, Self.nextDay])
        #expect(archive.rateBook.rates.map(\.source) == ["day1.txt", "day2.txt"])
        let conversion = try archive.convert(Money(amount: 100_000, currency: .kzt), to: .usd, on: Self.day)
        #expect(conversion.value.amount == 191)
        #expect(archive.series(of: .usd, in: .kzt).count == 2)
        let change = try archive.change(of: .kzt, in: .usd, from: #require(Self.day), to: #require(Self.nextDay))
        #expect(change.description == "KZT/USD 0.00191 → 0.00193 (+0.00002, +1.047120418848167539267015706806282722%)")
    }

    @Test func savesAndLoadsJSONLinesExactly() throws {
        var archive = Self.twoPages()
        archive.add(
            NewsArticle(title: "Loose article", paragraphs: ["Added without a page."], date: PartialDate("2025-02")))
        try archive.add(rates: [
            ExchangeRate(base: .uzs, quote: .usd, quoted: #require(QuotedDecimal("0.00008")), date: Self.day)
        ])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        try archive.save(to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(
            lines[2]
                == #"{"date":"2025-02","isTruncated":false,"paragraphs":["Added without a page."],"title":"Loose article"}"#
        )
        #expect(lines[3] == #"{"rates":[{"base":"UZS","date":"2025-01-21","quote":"USD","rate":"0.00008"}]}"#)
        let firstPage: String =
            #"{"articles":[{"isTruncated":false,"paragraphs":["Trains from Almaty now reach Bandar Abbas in twelve days."],"#
            + #""title":"Rail freight to Iran grows"},{"isTruncated":false,"paragraphs":["Sadyr Japarov arrived in Dushanbe "#
            + #"for talks on water."],"title":"Japarov visits Dushanbe"}],"date":"2025-01-21","diagnostics":[],"#
            + #""listing":{"first":1,"last":2,"page":1,"pageCount":2,"pageSize":2,"total":4},"partnerships":[],"#
            + #""schemaVersion":2,"source":"day1.txt","#
            + #""ticker":{"quotes":[{"base":"KZT","quote":"USD","rate":"0.00191"}],"repetitions":1},"travel":[],"visits":[]}"#
        #expect(lines[0] == firstPage)
        let loaded = try Archive.load(from: url)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.archive == archive)
        #expect(loaded.archive.references == archive.references)
        // Saving the loaded archive writes the same bytes.
        try loaded.archive.save(to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
    }

    /// Page lines of schema version 1 (parties without kinds) and 2 load side by side; a version 2 line
    /// whose partnership does not say what its parties are is skipped with its reason; saving writes
    /// version 2.
    @Test func loadsPageLinesOfBothSchemaVersions() throws {
        let loaded = try Archive.load(from: Fixture.url("archive/versions.jsonl"))
        #expect(
            loaded.diagnostics.map(\.description) == [
                #"3:1: error: skipped line 3: missing key "partnerships.[0].partyKinds""#
            ])
        #expect(
            loaded.archive.partnerships(of: .organization("EU")).map(\.value.parties) == [
                [.country("KZ"), .organization("EU")], [.country("UZ"), .organization("EU")],
            ])
        let saved = try loaded.archive.lines.map { try sortedJSON($0) }
        #expect(saved.count == 2)
        #expect(saved.allSatisfy { $0.contains(#""schemaVersion":2"#) })
        #expect(saved[0].contains(#""parties":["KZ","EU"],"partyKinds":["country","organization"]"#))
    }

    @Test func pageReferenceJSONIsPinned() throws {
        let reference = PageReference(source: "day1.txt", date: Self.day, position: 7, article: 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(reference), as: UTF8.self)
        #expect(json == #"{"article":1,"date":"2025-01-21","position":7,"source":"day1.txt"}"#)
        #expect(try JSONDecoder().decode(PageReference.self, from: Data(json.utf8)) == reference)
        let bare = PageReference(source: "feed", article: 2)
        #expect(String(decoding: try encoder.encode(bare), as: UTF8.self) == #"{"article":2,"source":"feed"}"#)
    }

    @Test func searchHitRoundTrips() throws {
        let hit = SearchHit(id: 3, score: 1.5, snippets: ["a «b» c"], article: Self.rail)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(hit)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix(#"{"article":{"#))
        #expect(try JSONDecoder().decode(SearchHit.self, from: data) == hit)
    }
}
