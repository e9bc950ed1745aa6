import CentralAsiaKit
import Foundation
import Testing

/// The page parser's documented limits, and worst-case inputs that must finish in time linear in
/// their size. The time bound is generous (10 s for inputs that take well under a second in a
/// release build) so that it catches quadratic behaviour without flaking on a busy machine.
@Suite struct PageParserLimitTests {
    static let megabyte = 1 << 20
    static let bound = Duration.seconds(10)

    /// Parses `bytes` and checks that it took less than ``bound``.
    func parseInTime(
        _ bytes: [UInt8], _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    )
        throws -> NewsPage
    {
        let clock = ContinuousClock()
        var page = NewsPage()
        let elapsed = try clock.measure { page = try PageParser().parse(bytes: bytes) }
        #expect(elapsed < Self.bound, "\(name) took \(elapsed)", sourceLocation: sourceLocation)
        return page
    }

    func repeated(_ text: String, toBytes count: Int) -> [UInt8] {
        let unit = Array(text.utf8)
        return Array([[UInt8]](repeating: unit, count: count / unit.count).joined())
    }

    @Test func rejectsALineOverTheLineLimit() throws {
        let parser = PageParser(options: .init(maximumLineBytes: Self.megabyte))
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 10 * Self.megabyte)
        let error = #expect(throws: ParseError.self) { try parser.parse(bytes: line) }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.description == "1:1: error: line 1 is 10485760 bytes; the limit is 1048576 bytes")
    }

    @Test func rejectsAPageOverThePageLimit() throws {
        let parser = PageParser(options: .init(maximumPageBytes: Self.megabyte))
        #expect(throws: ParseError(.limitExceeded, "the page is 1048577 bytes; the limit is 1048576 bytes")) {
            try parser.parse(bytes: [UInt8](repeating: 0x0A, count: Self.megabyte + 1))
        }
    }

    @Test func readsATenMegabyteLineAsOneTitle() throws {
        let bytes = repeated("word ", toBytes: 10 * Self.megabyte)
        let page = try parseInTime(bytes, "a 10 MB line")
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.title.utf8.count == 10 * Self.megabyte - 1)
        #expect(page.articles.first?.paragraphs == [])
        #expect(
            page.diagnostics.map(\.description) == [
                "1:1: warning: article 1 \"\(String(repeating: "word ", count: 12))…\" has no text; the page ends after its title"
            ])
    }

    @Test func readsAMegabyteOfBullets() throws {
        let page = try parseInTime(repeated("•", toBytes: Self.megabyte), "1 MB of bullets")
        #expect(page.ticker == nil)
        #expect(page.articles.map(\.title.unicodeScalars.count) == [Self.megabyte / 3])
        let lines = try parseInTime(repeated("•\n", toBytes: Self.megabyte), "1 MB of bullet lines")
        #expect(lines.ticker == nil)
        #expect(lines.articles.count == 1)
        #expect(lines.articles.first?.paragraphs.count == Self.megabyte / 4 - 1)
    }

    @Test func readsAMegabyteOfListingPrefixes() throws {
        let line = try parseInTime(repeated("Viewing results 1 - ", toBytes: Self.megabyte), "1 MB of listing prefixes")
        #expect(line.listing == nil)
        #expect(line.diagnostics.count == 1)
        let lines = try parseInTime(repeated("Viewing results 1 - \n", toBytes: Self.megabyte), "1 MB of listing lines")
        #expect(lines.listing == nil)
        #expect(lines.articles.isEmpty)
        #expect(lines.diagnostics.count == Self.megabyte / 21)
    }

    @Test func readsMegabytesOfLineBreaks() throws {
        let page = try parseInTime([UInt8](repeating: 0x0A, count: 2 * Self.megabyte), "2 MB of line breaks")
        #expect(page == NewsPage(diagnostics: [Diagnostic(.warning, at: nil, "the page is empty")]))
    }

    @Test func readsManyShortArticlesWithBylines() throws {
        // Every byline turns the paragraph before it into a title: one lookup per byline.
        let unit = "Title\n\nText.\nA Moved Title\n• Written by Anna Petrova\n\n"
        let page = try parseInTime(repeated(unit, toBytes: Self.megabyte), "1 MB of bylines")
        // The first article, then one per byline (the next "Title" is the moved title's text).
        let units = Self.megabyte / unit.utf8.count
        #expect(page.articles.count == units + 1)
        #expect(page.articles.dropFirst().allSatisfy { $0.title == "A Moved Title" && $0.authors == ["Anna Petrova"] })
    }

    @Test func readsManyTitlesWithoutText() throws {
        // Every "Read more:" line leaves a title without text; the leading ones are junk.
        let unit = "Lone Title\nRead more: x\n"
        let page = try parseInTime(repeated(unit, toBytes: Self.megabyte), "1 MB of bare titles")
        // All but the last are skipped as junk; the last has no text.
        #expect(page.articles.map(\.title) == ["Lone Title"])
        #expect(page.diagnostics.count == Self.megabyte / unit.utf8.count)
        #expect(page.diagnostics.first?.description == "1:1: note: skipped \"Lone Title\": no article text follows it")
    }

    @Test func readsAMegabyteOfInvalidBytes() throws {
        let page = try parseInTime([UInt8](repeating: 0xFF, count: Self.megabyte), "1 MB of 0xFF")
        #expect(page.diagnostics.count == UTF8Repair.diagnosticLimit + 2)
    }

    @Test func splitsAMegabyteOfSeparatorsIntoNoPages() {
        let text = String(repeating: "\u{0C}\n", count: Self.megabyte / 2)
        let clock = ContinuousClock()
        var results: [Result<NewsPage, ParseError>] = []
        let elapsed = clock.measure { results = PageParser().parseCorpus(text) }
        #expect(elapsed < Self.bound)
        #expect(results.isEmpty)
    }
}
