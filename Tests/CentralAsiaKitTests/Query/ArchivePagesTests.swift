import CentralAsiaKit
import Foundation
import Testing

/// The archive fed by the page parser: parsed pages with their mentions, seen from two sources.
@Suite struct ArchivePagesTests {
    static func corpusArchive() throws -> Archive {
        let parser = PageParser(annotation: .mentions(.standard))
        let pages = parser.parseCorpus(try Fixture.text("pages/corpus.txt")).compactMap { try? $0.get() }
        #expect(pages.count == 3)
        var archive = Archive()
        for page in pages { archive.add(page, source: "monday.txt") }
        for page in pages.reversed() { archive.add(page, source: "tuesday.txt") }
        return archive
    }

    @Test func keepsEveryPageAnArticleWasSeenOn() throws {
        let archive = try Self.corpusArchive()
        #expect(archive.count == 11)
        #expect(archive.references.allSatisfy { $0.count == 2 })
        #expect(archive.references[0].map(\.source) == ["monday.txt", "tuesday.txt"])
        #expect(archive.references[0].map(\.position) == [691, 691])
    }

    @Test func searchesParsedPagesWithMentionFilters() throws {
        let archive = try Self.corpusArchive()
        let kazakh = archive.matchingIDs("Kazakh*")
        // "Kyrgyzstan Opens a New Border Crossing with Kazakhstan" and "Kazakh Grain Reaches Iran by Rail".
        #expect(kazakh == [0, 6])
        #expect(archive.matchingIDs("Kazakh*", filter: SearchFilter(countries: [.kz])) == [0, 6])
        #expect(archive.matchingIDs("Kazakh*", filter: SearchFilter(countries: [.kg])) == [0])
        #expect(archive.search("Kazakh*", filter: SearchFilter(countries: ["IR"])).map(\.id) == [6])
        #expect(
            archive.articles(mentioning: [.country(.kz)]).count
                == archive.articles.filter { $0.mentions.countries.contains(.kz) }.count)
    }

    @Test func pagesRoundTripThroughJSONLines() throws {
        let archive = try Self.corpusArchive()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        try archive.save(to: url)
        let loaded = try Archive.load(from: url)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.archive == archive)
        #expect(loaded.archive.rateBook == archive.rateBook)
    }
}
