import CentralAsiaKit
import Foundation
import Testing

@Suite struct ArchiveSearchTests {
    /// The six fixture articles: ids 0…5 in file order.
    static func fixture() throws -> Archive {
        let loaded = try Archive.load(from: Fixture.url("archive/articles.jsonl"))
        #expect(loaded.diagnostics.isEmpty)
        return loaded.archive
    }

    static func span(_ start: String, _ end: String) throws -> DateSpan {
        let first = try #require(PartialDate(start))
        let last = try #require(PartialDate(end))
        return try #require(DateSpan(start: first, end: last))
    }

    @Test func ranksSingleTermByBM25() throws {
        let hits = try Self.fixture().search("corridor", limit: nil)
        // Article 5 says "corridor" four times; the others once each, so the shortest ranks first.
        #expect(hits.map(\.id) == [5, 4, 2, 0])
        #expect(hits.map(\.score) == hits.map(\.score).sorted(by: >))
        #expect(hits[0].score > hits[1].score)
    }

    @Test func phraseNeedsAdjacentTerms() throws {
        let archive = try Self.fixture()
        #expect(archive.search("\"middle corridor\"", limit: nil).map(\.id) == [5, 2, 0])
        #expect(archive.search("\"corridor middle\"", limit: nil).isEmpty)
        #expect(archive.matchingIDs("\"kassym-jomart tokayev\"") == [2])
    }

    @Test func prefixMatchesEveryTermThatStartsWithIt() throws {
        let archive = try Self.fixture()
        #expect(archive.matchingIDs("Kazakh*") == [0, 1, 2, 4])
        #expect(archive.search("Kazakh*", limit: 2).map(\.id) == [4, 1])
    }

    @Test func allTermsMustMatch() throws {
        let archive = try Self.fixture()
        #expect(archive.matchingIDs("\"china\" AND \"cotton\"") == [1])
        #expect(archive.matchingIDs("china cotton") == [1])
        #expect(archive.matchingIDs("china glacier").isEmpty)
        #expect(archive.matchingIDs("zebra").isEmpty)
        #expect(archive.matchingIDs("\"\"").isEmpty)
    }

    @Test func foldsCaseAndDiacritics() throws {
        let archive = try Self.fixture()
        #expect(archive.matchingIDs("TURKIYE") == [4])
        #expect(archive.matchingIDs("türkiye") == [4])
    }

    @Test func filtersByCountryPersonOrganisationAndDate() throws {
        let archive = try Self.fixture()
        #expect(archive.search("corridor", filter: SearchFilter(countries: [.kz, .cn])).map(\.id) == [2, 0])
        #expect(archive.search("corridor", filter: SearchFilter(people: ["Xi Jinping"])).map(\.id) == [2])
        #expect(archive.search("corridor", filter: SearchFilter(organizations: ["OTS"])).map(\.id) == [4])
        let summer = try Self.span("2024-06", "2024-12")
        #expect(archive.search("corridor", filter: SearchFilter(dates: summer)).map(\.id) == [4, 2])
        #expect(archive.matchingIDs("Kazakh*", filter: SearchFilter(dates: summer, countries: [.cn])) == [1, 2])
    }

    @Test func snippetsHighlightMatchedTerms() throws {
        let hits = try Self.fixture().search("\"middle corridor\" AND Kazakh*", limit: nil)
        #expect(hits.map(\.id) == [2, 0])
        #expect(
            hits[0].snippets == [
                "Kassym-Jomart Tokayev and Xi Jinping spoke about the «Middle» «Corridor», energy and trade.",
                "The «Kazakh» side offered to host a joint research centre.",
            ])
        #expect(
            hits[1].snippets == [
                "The terminal near Khorgos will handle freight bound for the «Middle» «Corridor».",
                "«Kazakhstan» and China open a new rail terminal",
            ])
        let marked = try Self.fixture().search("glaciers", markers: ("[", "]"))
        #expect(marked.map(\.snippets) == [["Scientists from Bishkek measured how fast the [glaciers] shrink."]])
    }

    @Test func longParagraphSnippetIsCutWithEllipses() throws {
        let words = (1...40).map { "word\($0)" }.joined(separator: " ")
        let archive = Archive(articles: [NewsArticle(title: "Long", paragraphs: [words + " needle " + words])])
        let snippet = try #require(archive.search("needle").first?.snippets.first)
        #expect(
            snippet
                == "…word37 word38 word39 word40 «needle» word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19…"
        )
    }

    @Test func findsArticlesMentioningEntitiesTogetherByDate() throws {
        let archive = try Self.fixture()
        #expect(archive.articles(mentioning: [.country(.kz), .country(.cn)]) == [0, 1, 2])
        #expect(archive.articles(mentioning: [.country(.kz)]) == [0, 1, 2, 4])
        #expect(archive.articles(mentioning: [.city("Astana"), .person("Kassym-Jomart Tokayev")]) == [2])
        let span = try Self.span("2024-06", "2024")
        #expect(archive.articles(mentioning: [.country(.kz)], in: span) == [1, 2, 4])
        #expect(archive.articles(mentioning: []).isEmpty)
        #expect(archive.mentionCounts(of: .country).map(\.count) == [4, 3, 1, 1, 1])
        #expect(archive.mentionCounts(of: .country).first?.entity == .country(.kz))
    }

    @Test func answersConcurrentQueriesAlike() async throws {
        let archive = try Self.fixture()
        let queries = ["corridor", "\"middle corridor\"", "Kazakh*", "china cotton", "turkiye", "water"]
        let serial = queries.map { archive.search($0, limit: nil) }
        let results = await withTaskGroup(of: (Int, [SearchHit]).self) { group in
            for round in 0..<64 {
                let index = round % queries.count
                group.addTask { (index, archive.search(queries[index], limit: nil)) }
            }
            var results: [(Int, [SearchHit])] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 64)
        for (index, hits) in results { #expect(hits == serial[index]) }
    }

    @Test func copiesKeepTheirOwnIndexes() throws {
        let original = try Self.fixture()
        var copy = original
        _ = original.matchingIDs("corridor")
        copy.add(NewsArticle(title: "Another corridor story", paragraphs: ["Short."]))
        #expect(original.matchingIDs("corridor") == [0, 2, 4, 5])
        #expect(copy.matchingIDs("corridor") == [0, 2, 4, 5, 6])
    }
}
