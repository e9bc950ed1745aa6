import CentralAsiaKit
import Foundation
import Testing

@Suite struct JSONLinesTests {
    @Test func malformedLinesBecomeDiagnosticsWithTheirLineNumbers() throws {
        let loaded = try Archive.load(from: Fixture.url("archive/malformed.jsonl"))
        #expect(loaded.archive.articles.map(\.title) == ["Caspian ferry schedule grows", "Samarkand tourism record"])
        #expect(
            loaded.diagnostics.map(\.description) == [
                #"2:1: error: skipped line 2: wrong type at "title""#,
                "3:1: error: skipped line 3: not a JSON document",
                #"5:1: error: skipped line 5: missing key "title""#,
                #"6:1: error: skipped line 6: bad value at "date": invalid date "2024-13-40"; expected YYYY, YYYY-MM or YYYY-MM-DD"#,
            ])
    }

    @Test func readsShortArticleRecords() throws {
        let loaded = try Archive.load(from: Fixture.url("archive/malformed.jsonl"))
        let first = try #require(loaded.archive.articles.first)
        #expect(
            first.paragraphs == [
                "Ferries between Aktau and Baku will sail daily.", "Freight forwarders welcomed the change.",
            ])
        #expect(first.date == PartialDate(year: 2024, month: 3, day: 1))
        #expect(loaded.archive.articles[1].date == nil)
    }

    @Test func articleRecordJSONIsPinned() throws {
        let record = ArticleRecord(title: "T", body: "a\nb", date: PartialDate(year: 2024))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(record), as: UTF8.self)
        #expect(json == #"{"body":"a\nb","date":"2024","title":"T"}"#)
        #expect(try JSONDecoder().decode(ArticleRecord.self, from: Data(json.utf8)) == record)
        #expect(ArticleRecord(record.article) == record)
    }

    @Test func splitsLinesInMemoryWithNumbersAndOffsets() {
        let lines = JSONLines.lines(in: Array("{}\r\n\n[1]".utf8))
        #expect(lines.map(\.number) == [1, 2, 3])
        #expect(lines.map(\.offset) == [0, 4, 5])
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["{}", "", "[1]"])
        #expect(lines.map(\.isBlank) == [false, true, false])
    }

    @Test func readsAFileInSmallChunks() throws {
        var reader = JSONLines.FileLines(url: Fixture.url("archive/articles.jsonl"))
        reader.chunkSize = 7
        let lines = Array(reader)
        let expected = JSONLines.lines(in: Array(try Fixture.data("archive/articles.jsonl")))
        #expect(lines.count == 6)
        #expect(lines == expected)
    }

    @Test func filtersAFileWithoutLoadingIt() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "filtered-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: output) }
        let summary = try JSONLines.filter(input: Fixture.url("archive/articles.jsonl"), output: output) {
            $0.mentions.countries.contains(.cn)
        }
        #expect(summary == JSONLines.FilterSummary(read: 6, written: 3, diagnostics: []))
        let source = try Fixture.text("archive/articles.jsonl").split(separator: "\n")
        let kept = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(kept == Array(source[0...2]))
    }

    @Test func filterKeepsThePassingArticlesOfAPage() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString).jsonl")
        let output = input.appendingPathExtension("out")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        var archive = ArchiveTests.twoPages()
        try archive.add(rates: [ExchangeRate(base: .kgs, quote: .usd, quoted: #require(QuotedDecimal("0.01144")))])
        try archive.save(to: input)
        let summary = try JSONLines.filter(input: input, output: output) { $0.title.contains("Ferry") }
        #expect(summary.read == 3)
        #expect(summary.written == 2)
        let filtered = try Archive.load(from: output).archive
        #expect(filtered.articles.map(\.title) == ["Ferry line opens"])
        #expect(filtered.rateBook.rates.count == 2)
    }

    @Test func missingFileIsAParseError() {
        #expect(throws: ParseError.self) { try Archive.load(from: URL(fileURLWithPath: "/nonexistent/archive.jsonl")) }
    }
}
