import Foundation
import Testing

/// Runs the `briefing` example binary on news feeds: their metadata and their errors.
@Suite struct BriefingFeedTests {
    /// Writes a feed to a temporary file and returns its path.
    private func file(_ text: String, _ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "briefing-feed-\(UUID().uuidString)-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Steppe Wire</title><link>https://steppe-wire.example/</link>
        <description>Transport and trade</description><language>en</language>
        <lastBuildDate>Tue, 04 Mar 2025 09:00:00 +0500</lastBuildDate><copyright>© Steppe Wire</copyright>
        <managingEditor>editor@steppe-wire.example (Dana Abenova)</managingEditor>
        <image><url>https://steppe-wire.example/logo.png</url></image><generator>Hand 1.0</generator>
        <item><title>Almaty metro opens a line</title><description>Trains run every seven minutes.</description></item>
        </channel></rss>
        """

    @Test func showsTheFeedsMetadataInTheDigest() throws {
        let run = try ExampleRunner.run("briefing", [try file(BriefingFeedTests.feed, "wire.xml")])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(
            run.stdout.hasPrefix(
                """
                Feed:      Steppe Wire
                Link:      https://steppe-wire.example/
                About:     Transport and trade
                Language:  en
                Updated:   4 March 2025 (2025-03-04T04:00:00Z)
                Author:    Dana Abenova <editor@steppe-wire.example>
                Rights:    © Steppe Wire
                Image:     https://steppe-wire.example/logo.png
                Generator: Hand 1.0

                Page date: none

                """))
    }

    @Test func printsTheFeedObjectBesideThePageInJSON() throws {
        let run = try ExampleRunner.run("briefing", ["--json", try file(BriefingFeedTests.feed, "wire.xml")])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let feed = try #require(object["feed"] as? [String: Any])
        let data = try JSONSerialization.data(withJSONObject: feed, options: [.sortedKeys, .withoutEscapingSlashes])
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"{"author":{"email":"editor@steppe-wire.example","name":"Dana Abenova"},"generator":"Hand 1.0","image":{"url":"https://steppe-wire.example/logo.png"},"language":"en","link":"https://steppe-wire.example/","rights":"© Steppe Wire","subtitle":"Transport and trade","title":"Steppe Wire","updated":{"day":"2025-03-04","instant":"2025-03-04T04:00:00Z","raw":"Tue, 04 Mar 2025 09:00:00 +0500"}}"#
        )
        #expect((object["articles"] as? [Any])?.count == 1)
    }

    @Test(arguments: [
        (
            "<?xml version=\"1.0\"?>\n<rss><channel><title>Cut",
            "2:25: error: malformed XML: the document ends inside an element (XMLParser error 77)"
        ),
        (
            "<rss version=\"2.0>\n<channel><title>Bad</title></channel></rss>\n",
            "3:1: error: malformed XML: malformed start tag (XMLParser error 73)"
        ),

        (
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>\n<entry>\n</feed>",
            "3:8: error: malformed XML: the document ends inside an element (XMLParser error 77)"
        ),
    ])
    func reportsTheFeedsOwnErrorForPlainXML(text: String, message: String) throws {
        let path = try file(text, "broken.xml")
        let run = try ExampleRunner.run("briefing", [path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "\(path):\(message)\n")
    }

    @Test func reportsAnXMLFileThatIsNoFeedWithoutReadingItAsAPage() throws {
        let path = try file("<?xml version=\"1.0\"?>\n<catalog><book>Steppe</book></catalog>", "catalog.xml")
        let run = try ExampleRunner.run("briefing", [path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr
                == "briefing: error: \(path): not a news feed: an XML document with root element <catalog>\n")
    }
}
