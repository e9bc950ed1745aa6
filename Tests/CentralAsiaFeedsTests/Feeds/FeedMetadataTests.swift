import CentralAsiaFeeds
import CentralAsiaKit
import Foundation
import Testing

@Suite struct FeedMetadataTests {
    private func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static let sample = FeedMetadata(
        title: "Steppe Wire", link: "https://steppe-wire.example/", subtitle: "Transport and trade",
        language: "en", updated: FeedDate("Tue, 04 Mar 2025 09:00:00 +0500"), rights: "© Steppe Wire",
        author: FeedPerson(name: "Dana Abenova", email: "editor@steppe-wire.example"),
        image: FeedImage(url: "https://steppe-wire.example/logo.png", title: "Steppe Wire"), generator: "Hand 1.0")

    @Test func encodesPinnedJSON() throws {
        #expect(
            try json(FeedMetadataTests.sample)
                == #"{"author":{"email":"editor@steppe-wire.example","name":"Dana Abenova"},"generator":"Hand 1.0","image":{"title":"Steppe Wire","url":"https://steppe-wire.example/logo.png"},"language":"en","link":"https://steppe-wire.example/","rights":"© Steppe Wire","subtitle":"Transport and trade","title":"Steppe Wire","updated":{"day":"2025-03-04","instant":"2025-03-04T04:00:00Z","raw":"Tue, 04 Mar 2025 09:00:00 +0500"}}"#
        )
        #expect(try json(FeedMetadata()) == "{}")
    }

    @Test func roundTripsMetadataAndItsParts() throws {
        let data = try JSONEncoder().encode(FeedMetadataTests.sample)
        #expect(try JSONDecoder().decode(FeedMetadata.self, from: data) == FeedMetadataTests.sample)
        let category = FeedCategory(term: "econ", scheme: "urn:sections", label: "Economy")
        #expect(try json(category) == #"{"label":"Economy","scheme":"urn:sections","term":"econ"}"#)
        #expect(try JSONDecoder().decode(FeedCategory.self, from: JSONEncoder().encode(category)) == category)
        let person = FeedPerson(name: "Bekzod", uri: "https://oxus.example/b")
        #expect(try json(person) == #"{"name":"Bekzod","uri":"https://oxus.example/b"}"#)
        #expect(try JSONDecoder().decode(FeedPerson.self, from: JSONEncoder().encode(person)) == person)
    }

    @Test func resultWritesMetadataBesideFormatAndReadsOldDocuments() throws {
        let result = NewsFeed.Result(format: .rss, metadata: FeedMetadataTests.sample, items: [])
        let text = try json(result)
        #expect(
            text.hasPrefix(
                #"{"author":{"email":"editor@steppe-wire.example","name":"Dana Abenova"},"diagnostics":[],"format":"rss","generator":"Hand 1.0","#
            ))
        #expect(try JSONDecoder().decode(NewsFeed.Result.self, from: Data(text.utf8)) == result)
        let old = #"{"format":"atom","title":"Oxus Notes","items":[]}"#
        let decoded = try JSONDecoder().decode(NewsFeed.Result.self, from: Data(old.utf8))
        #expect(decoded == NewsFeed.Result(format: .atom, title: "Oxus Notes", items: []))
        #expect(decoded.title == "Oxus Notes")
    }

    @Test(arguments: [
        ("editor@wire.example (Dana)", FeedPerson(name: "Dana", email: "editor@wire.example")),
        ("Dana <editor@wire.example>", FeedPerson(name: "Dana", email: "editor@wire.example")),
        ("editor@wire.example", FeedPerson(email: "editor@wire.example")),
        ("Dana Abenova", FeedPerson(name: "Dana Abenova")),
        ("Dana (desk)", FeedPerson(name: "Dana (desk)")),
    ])
    func readsPeopleWrittenAsOneString(text: String, person: FeedPerson) throws {
        let feed =
            "<rss><channel><title>P</title><item><title>T</title><author>\(text.markup)</author></item></channel></rss>"
        let item = try #require(try NewsFeed.parse(Data(feed.utf8)).items.first)
        #expect(item.authors == [person])
    }

    @Test func readsAllFeedMetadataOfAnRSSChannel() throws {
        let feed = """
            <rss version="2.0"><channel><title>Steppe Wire</title><link>https://steppe-wire.example/</link>
            <description>Transport and trade</description><language>en</language>
            <lastBuildDate>Tue, 04 Mar 2025 09:00:00 +0500</lastBuildDate><copyright>© Steppe Wire</copyright>
            <managingEditor>editor@steppe-wire.example (Dana Abenova)</managingEditor>
            <image><url>https://steppe-wire.example/logo.png</url><title>Steppe Wire</title></image>
            <generator>Hand 1.0</generator></channel></rss>
            """
        let result = try NewsFeed.parse(Data(feed.utf8))
        #expect(result.metadata == FeedMetadataTests.sample)
        #expect(result.items.isEmpty)
    }
}

extension String {
    /// The text escaped for an XML element.
    fileprivate var markup: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
