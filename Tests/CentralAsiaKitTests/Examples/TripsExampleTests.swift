import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Counts the elements of an SVG document and notes whether it parsed.
private final class SVGCounter: NSObject, XMLParserDelegate {
    var root: String?
    var bars = 0
    var barRects = 0
    private var inBar = false

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if root == nil { root = element }
        if element == "g", attributes["class"] == "bar" {
            bars += 1
            inBar = true
        }
        if element == "rect", inBar { barRects += 1 }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "g" { inBar = false }
    }
}

@Suite struct TripsExampleTests {
    @Test func printsTheSamplePageAsJSON() throws {
        let run = try ExampleRunner.run("trips", ["--json"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout == (try Fixture.text("trips/sample.json")))
    }

    @Test func readsTheSameFactsFromTheFixtureFile() throws {
        let run = try ExampleRunner.run("trips", ["--json", Fixture.url("pages/reference-structure.txt").path])
        #expect(run.status == 0)
        #expect(run.stdout == (try Fixture.text("trips/sample.json")))
    }

    @Test(.enabled(if: Fixture.exists(Fixture.referencePage)))
    func ranksTheReferencePage() throws {
        let run = try ExampleRunner.run("trips", ["--json", Fixture.referencePage.path])
        #expect(run.status == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let ranking = try #require(document["ranking"] as? [[String: Any]])
        #expect(
            ranking.map { "\($0["person"] ?? "") \($0["trips"] ?? "")" } == [
                "Kassym-Jomart Tokayev 23", "Sadyr Japarov 23", "Emomali Rahmon 22", "Shavkat Mirziyoyev 18",
                "Gurbanguly Berdimuhamedov 10", "Serdar Berdimuhamedov 8",
            ])
        let shared = try #require(document["sharedEvents"] as? [[String: Any]])
        #expect(shared.count == 7)
        #expect(
            shared.first?["people"] as? [String] == [
                "Serdar Berdimuhamedov", "Emomali Rahmon", "Shavkat Mirziyoyev", "Sadyr Japarov",
            ])
    }

    @Test func printsTextTables() throws {
        let run = try ExampleRunner.run("trips", [])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines.prefix(5) == [
                "Leaders ranked by trips", "#  Leader                     Trips", "-  -------------------------  -----",
                "1  Kassym-Jomart Tokayev         23", "1  Sadyr Japarov                 23",
            ])
        #expect(
            lines.contains("CSTO Summit                                          Astana  Emomali Rahmon, Sadyr Japarov")
        )
        #expect(lines.contains("Most visited countries"))
        #expect(lines.contains("Partnerships"))
    }

    @Test func drawsOneBarPerLeader() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("trips-\(UUID()).svg")
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try ExampleRunner.run("trips", ["--svg", url.path, "--json"])
        #expect(run.status == 0)
        let parser = try #require(XMLParser(contentsOf: url))
        let counter = SVGCounter()
        parser.delegate = counter
        #expect(parser.parse(), "the SVG is not well-formed XML")
        #expect(counter.root == "svg")
        #expect(counter.bars == 6)
        // Rahmon and both Berdimuhamedovs have a bilateral count (two segments); the others one bar.
        #expect(counter.barRects == 9)
        let svg = try String(contentsOf: url, encoding: .utf8)
        #expect(svg.contains(#"<title>6 bilateral</title>"#))
        #expect(svg.contains(#"<title>16 multilateral or other</title>"#))
    }

    @Test func takesTheChartFileAfterAnEqualsSign() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("trips-\(UUID()).svg")
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try ExampleRunner.run("trips", ["--svg=\(url.path)"])
        #expect(run.status == 0)
        let svg = try String(contentsOf: url, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(svg.contains(#"<title>6 bilateral</title>"#))
    }

    @Test func failsWithOneLineForAMissingFile() throws {
        let run = try ExampleRunner.run("trips", ["/nonexistent/page.txt"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "trips: error: cannot read \"/nonexistent/page.txt\": no such file\n")
    }

    @Test(arguments: [
        (["--svg"], "trips: error: option --svg needs a value; see trips --help\n"),
        (["--svg", "--json"], "trips: error: option --svg needs a value; see trips --help\n"),
        (["--bogus"], "trips: error: unknown option \"--bogus\"; see trips --help\n"),
        (["--sgv=chart.svg"], "trips: error: unknown option \"--sgv\"; did you mean --svg?\n"),
    ])
    func rejectsAWrongCommandLineWithStatus64(arguments: [String], message: String) throws {
        let run = try ExampleRunner.run("trips", arguments)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == message)
    }
}
