import CentralAsiaKit
import Testing

@Suite struct SearchQueryTests {
    @Test(arguments: [
        (#""kazakhstan""#, [SearchQuery.Clause.term("kazakhstan")]),
        (#""tokayev" AND "putin""#, [.term("tokayev"), .term("putin")]),
        (#""middle corridor""#, [.phrase(["middle", "corridor"])]),
        (#""c5+1""#, [.phrase(["c5", "1"])]),
        ("Kazakh* China", [.prefix("kazakh"), .term("china")]),
        (#""Kazakh"* AND Kassym-Jomart"#, [.prefix("kazakh"), .phrase(["kassym", "jomart"])]),
        (#""unclosed quote"#, [.phrase(["unclosed", "quote"])]),
        ("  ++ AND  ", []),
    ])
    func parsesFTS5Syntax(text: String, clauses: [SearchQuery.Clause]) {
        #expect(SearchQuery(text).clauses == clauses)
    }

    @Test func printsClausesJoinedByAnd() {
        #expect(
            SearchQuery(#"Kazakh* "Middle Corridor" Türkiye"#).description
                == #"kazakh* AND "middle corridor" AND turkiye"#)
    }

    @Test func tokenizerFoldsCaseDiacriticsAndPunctuation() {
        var tokenizer = SearchTokenizer()
        #expect(
            tokenizer.terms(in: "Kassym-Jomart TOKAYEV, Türkiye's C5+1 Ōsaka — Алматы") == [
                "kassym", "jomart", "tokayev", "turkiye", "s", "c5", "1", "osaka", "алматы",
            ])
        let tokens = tokenizer.tokens(in: "Ürümqi, Kazan")
        #expect(tokens.map(\.range) == [0..<8, 10..<15])
    }

    @Test func tokenizerSkipsMalformedUTF8() {
        var tokenizer = SearchTokenizer()
        let text = String(decoding: [0x61, 0xFF, 0x62], as: UTF8.self)
        #expect(tokenizer.terms(in: text) == ["a", "b"])
    }

    @Test func indexRanksAndCountsDirectly() {
        let index = SearchIndex([
            NewsArticle(title: "Astana", paragraphs: ["Astana Astana"]),
            NewsArticle(title: "Bishkek", paragraphs: ["Astana once, among many other words here"]),
        ])
        #expect(index.documentCount == 2)
        #expect(index.termCount == 8)
        #expect(index.matches(SearchQuery("astana")) == [0, 1])
        #expect(index.ranked(SearchQuery("astana")).map(\.document) == [0, 1])
        #expect(index.ranked(SearchQuery("astana"), limit: 0).isEmpty)
        // The title ends a position early: no phrase runs from the title into the body.
        #expect(index.matches(SearchQuery(#""bishkek astana""#)).isEmpty)
        #expect(index.matches(SearchQuery(#""astana astana""#)) == [0])
    }
}
