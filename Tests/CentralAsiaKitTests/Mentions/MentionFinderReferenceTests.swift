import CentralAsiaKit
import Foundation
import Testing

/// The six articles of the reference page against the mention lists the shared spec expects.
@Suite struct MentionFinderReferenceTests {
    /// The expected lists, as `seed-expected.json` gives them (facts, not prose).
    static let expected: [ArticleMentions] = [
        ArticleMentions(
            countries: ["UZ", "US", "RU", "CN", "UA"],
            people: ["Bakhtiyor Saidov", "Daniel Runde", "Shavkat Mirziyoyev", "Donald Trump"],
            organizations: ["C5+1"], cities: ["Tashkent", "Samarkand"]),
        ArticleMentions(
            countries: [
                "TM", "MY", "RU", "KZ", "AE", "TJ", "IR", "IT", "VA", "QA", "AZ", "UZ", "TR", "CN", "HU", "RS",
                "FR", "AM", "MN", "SG", "KG", "KR", "BE", "DE", "AT", "SA",
            ],
            people: [
                "Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov", "Emomali Rahmon", "Shavkat Mirziyoyev",
                "Kassym-Jomart Tokayev", "Sadyr Japarov",
            ],
            organizations: ["BRICS", "CIS", "SCO", "CSTO", "UN"],
            cities: [
                "Kazan", "Moscow", "Saint Petersburg", "Astana", "Dubai", "Riyadh", "Budapest", "Antalya", "Baku",
                "New York", "Shusha", "Doha", "Boao",
            ]),
        ArticleMentions(
            countries: ["UZ", "TR"], people: ["Tahir Büyükakın", "Adem Ceylan"], organizations: [],
            cities: ["Kocaeli", "Gebze"]),
        ArticleMentions(
            countries: ["US", "CN", "RU", "IR", "KP", "KZ", "UZ", "KG", "TM", "TJ", "AF"], people: ["Donald Trump"],
            organizations: ["C5+1", "EAEU"], cities: []),
        ArticleMentions(
            countries: ["KZ", "UA", "AM", "AZ", "RU"], people: ["Roman Vassilenko"], organizations: ["EU"],
            cities: ["Abu Dhabi"]),
        ArticleMentions(
            countries: ["KZ", "GB", "AF", "CN"],
            people: ["Nusrat Ghani", "Magzhan Ilyassov", "Darren Spinck", "Murat Nurtleu", "David Cameron"],
            organizations: ["EBRD", "UN"], cities: ["Astana"]),
    ]

    /// The articles of a listing page: after the "Viewing results" line, a title line, a blank line, a body line.
    static func articles(of page: String) -> [String] {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("Viewing results") }) else { return [] }
        let rest = lines[(header + 1)...].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return stride(from: rest.startIndex, to: rest.endIndex - 1, by: 2).map { rest[$0] + "\n" + rest[$0 + 1] }
    }

    @Test(.enabled(if: Fixture.exists(Fixture.referencePage)))
    func referenceArticlesYieldTheExpectedMentions() throws {
        let page = try String(contentsOf: Fixture.referencePage, encoding: .utf8)
        let articles = Self.articles(of: page)
        try #require(articles.count == 6)
        let finder = MentionFinder()
        var inOrder = 0
        var truePositives = 0
        var found = 0
        var wanted = 0
        for (index, (text, expected)) in zip(articles, Self.expected).enumerated() {
            let got = finder.articleMentions(in: text)
            let pairs: [(String, [String], [String])] = [
                ("countries", got.countries.map(\.rawValue), expected.countries.map(\.rawValue)),
                ("people", got.people, expected.people), ("organizations", got.organizations, expected.organizations),
                ("cities", got.cities, expected.cities),
            ]
            for (kind, mine, theirs) in pairs {
                if mine == theirs { inOrder += 1 }
                let hits = Set(mine).intersection(theirs).count
                truePositives += hits
                found += Set(mine).count
                wanted += Set(theirs).count
                let extra = mine.filter { !theirs.contains($0) }
                let missing = theirs.filter { !mine.contains($0) }
                if !extra.isEmpty || !missing.isEmpty {
                    print("article \(index + 1) \(kind): extra \(extra) missing \(missing)")
                }
            }
        }
        let precision = Double(truePositives) / Double(max(found, 1))
        let recall = Double(truePositives) / Double(max(wanted, 1))
        print("lists equal to the expected ones, order included: \(inOrder) of 24")
        print(
            "mentions on the reference page: precision \(precision) recall \(recall) (\(truePositives)/\(found) found, \(truePositives)/\(wanted) expected)"
        )
        #expect(precision >= 0.95)
        #expect(recall >= 0.95)
    }
}
