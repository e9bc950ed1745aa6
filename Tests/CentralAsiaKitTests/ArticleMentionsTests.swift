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
