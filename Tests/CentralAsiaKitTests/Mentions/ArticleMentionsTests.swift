import CentralAsiaKit
import Foundation
import Testing

@Suite struct ArticleMentionsTests {
    @Test func keepsFirstMentionOrderWithoutRepeats() {
        let summary = MentionFinder().articleMentions(
            in: "Uzbekistan and the U.S. met in Tashkent; Shavkat Mirziyoyev hailed the C5+1. Uzbekistan's role grew.")
        #expect(
            summary
                == ArticleMentions(
                    countries: ["UZ", "US"], people: ["Shavkat Mirziyoyev"], organizations: ["C5+1"],
                    cities: ["Tashkent"]))
    }

    @Test func doesNotCountACitysCountry() {
        let summary = MentionFinder().articleMentions(in: "The conference in Abu Dhabi and a forum in New York.")
        #expect(summary.countries.isEmpty)
        #expect(summary.cities == ["Abu Dhabi", "New York"])
    }

    @Test func encodesTheContractShape() throws {
        let summary = ArticleMentions(
            countries: ["UZ", "US"], people: ["Shavkat Mirziyoyev"], organizations: ["C5+1"], cities: ["Tashkent"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(summary), as: UTF8.self)
        #expect(
            json
                == #"{"cities":["Tashkent"],"countries":["UZ","US"],"organizations":["C5+1"],"people":["Shavkat Mirziyoyev"]}"#
        )
        #expect(try JSONDecoder().decode(ArticleMentions.self, from: Data(json.utf8)) == summary)
        #expect(
            try encoder.encode(ArticleMentions())
                == Data(#"{"cities":[],"countries":[],"organizations":[],"people":[]}"#.utf8))
        #expect(ArticleMentions().isEmpty)
    }
}

extension ArticleMentionsTests {
    /// The summary the parser fills in comes from the scan without making `Mention` values; it
    /// must be exactly what summarising those values gives, on every page fixture.
    @Test func parserSummariesEqualSummariesOfTheMentions() throws {
        let finder = MentionFinder.standard
        var articles = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixture.url("pages").path).sorted() {
            let text = try Fixture.text("pages/" + name)
            for page in PageParser(annotation: .diplomacy(.standard)).parseCorpus(text).compactMap({ try? $0.get() }) {
                let plain = try PageParser(annotation: .mentions(finder)).parse(page.renderedPageText())
                for (article, other) in zip(page.articles, plain.articles) {
                    let expected = ArticleMentions(finder.mentions(in: article.text))
                    #expect(article.mentions == expected, "\(name): \(article.title)")
                    #expect(other.mentions == expected, "\(name): \(article.title)")
                    #expect(finder.articleMentions(in: article.text) == expected)
                    articles += 1
                }
            }
        }
        #expect(articles > 20)
    }

    /// A gazetteer that lists one city twice (two entries, one identifier) still summarises it once.
    @Test func countsAnIdentifierListedTwiceOnce() {
        let gazetteer = Gazetteer(
            countries: Gazetteer.standard.countries,
            cities: [
                City(name: "Turkistan", country: "KZ", latitude: 43.3, longitude: 68.25),
                City(name: "Turkistan", country: "KZ", latitude: 43.3, longitude: 68.25, aliases: ["Turkestan"]),
            ])
        let finder = MentionFinder(gazetteer: gazetteer)
        let text = "Pilgrims filled Turkistan; Turkestan's mausoleum drew more."
        #expect(finder.articleMentions(in: text) == ArticleMentions(countries: [], cities: ["Turkistan"]))
        #expect(finder.articleMentions(in: text) == ArticleMentions(finder.mentions(in: text)))
    }
}
