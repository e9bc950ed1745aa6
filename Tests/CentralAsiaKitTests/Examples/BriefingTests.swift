import CentralAsiaKit
import Foundation
import Testing

/// Runs the `briefing` example binary.
@Suite struct BriefingTests {
    @Test func digestsTheBundledSamplePage() throws {
        let run = try ExampleRunner.run("briefing", [])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(
            run.stdout == """
                Page date: 21 January 2025
                Listing:   results 1–6 of 27 (page 1 of 5)

                Ticker (5 quotes, shown 8 times)
                  Pair      Rate      Change  Inverse
                  KGS/USD   0.01144   0%      1 USD = 87.41 KGS
                  KZT/USD   0.00191   0%      1 USD = 523.56 KZT
                  TJS/USD   0.09174   0%      1 USD = 10.90 TJS
                  UZS/USD   0.00008   0%      1 USD = 12500.00 UZS
                  TMT/USD   0.28571   -0.14%  1 USD = 3.50 TMT

                Articles (6)
                  1. Tashkent Sets Out a Plan to Deepen Its Strategic Partnership with the U.S.
                     949 characters, 1 paragraph
                  2. Diplomacy in Detail: Counting the Foreign Trips of Central Asia’s Leaders in 2024
                     3113 characters, 1 paragraph, truncated
                  3. Turkish Port Offers Uzbek Exporters a Gateway to Europe and Africa
                     698 characters, 1 paragraph
                  4. Opinion: How Might a Second Trump Term Change Things for Central Asia?
                     804 characters, 1 paragraph, truncated
                  5. Astana Offers to Host Peace Talks, Deputy Foreign Minister Vassilenko Says
                     525 characters, 1 paragraph
                  6. UK Think Tank Calls Kazakhstan a Key Strategic Partner for Britain
                     588 characters, 1 paragraph, truncated

                """)
    }

    @Test func bundlesTheFixturePageAsItsSample() throws {
        let sample = try ExampleRunner.run("briefing", ["--json"])
        let fixture = try ExampleRunner.run("briefing", ["--json", Fixture.url("pages/reference-structure.txt").path])
        #expect(sample.status == 0)
        #expect(sample.stdout == fixture.stdout)
    }

    @Test func printsThePageDocumentAsJSON() throws {
        let path = Fixture.url("pages/broken-ticker.txt").path
        let run = try ExampleRunner.run("briefing", ["--json", path])
        #expect(run.status == 0)
        let page = try JSONDecoder().decode(NewsPage.self, from: Data(run.stdout.utf8))
        #expect(page == (try PageParser().parse(contentsOf: Fixture.url("pages/broken-ticker.txt"))))
        #expect(page.diagnostics.count == 4)
        #expect(run.stdout.hasPrefix("{\n  \"articles\" : ["))
    }

    @Test func printsOneLinePerPageWithJSONLines() throws {
        let run = try ExampleRunner.run(
            "briefing", ["--jsonl", Fixture.url("pages/corpus.txt").path, "-"],
            input: Data("Viewing results 1 - 1 of 1\n\nA Headline From Standard Input\n\nIts text.\n".utf8))
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        let pages = try lines.map { try JSONDecoder().decode(NewsPage.self, from: Data($0.utf8)) }
        #expect(pages.map(\.articles.count) == [6, 3, 2, 1])
        #expect(pages.last?.articles.first?.title == "A Headline From Standard Input")
    }

    /// A folder is read file by file, in name order, each by its content: here a web page and a text page.
    @Test func readsEveryFileOfAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-folder-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html =
            "<!DOCTYPE html><html><head><title>Rail link opens</title></head><body><article>"
            + "<h1>Rail link opens</h1><p>A new line joins the Fergana valley with Tashkent, officials said on Monday."
            + "</p></article></body></html>"
        try Data(html.utf8).write(to: folder.appendingPathComponent("a.html"))
        try Data(try Fixture.data("pages/reference-structure.txt")).write(to: folder.appendingPathComponent("b.txt"))
        let run = try ExampleRunner.run("briefing", ["--jsonl", folder.path])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("\"title\":\"Rail link opens\"") == true)
    }

    @Test func writesDiagnosticsToStandardErrorInTextMode() throws {
        let path = Fixture.url("pages/broken-ticker.txt").path
        let run = try ExampleRunner.run("briefing", [path])
        #expect(run.status == 0)
        #expect(
            run.stderr == """
                \(path):2:15: warning: malformed rate "0.0O191"
                \(path):4:5: warning: unknown currency code "KZX"; did you mean "KZT"?
                \(path):5:15: warning: malformed rate "-0.14%"
                \(path):8:1: warning: listing "1 - 6 of 27" announces 6 articles but the page holds 1

                """)
    }

    @Test func readsANewsFeedAsAPageOfArticles() throws {
        let feed = Fixture.directory.appendingPathComponent("../../CentralAsiaFeedsTests/Fixtures/atom.xml")
            .standardized
        let run = try ExampleRunner.run("briefing", ["--json", feed.path])
        #expect(run.status == 0)
        let page = try JSONDecoder().decode(NewsPage.self, from: Data(run.stdout.utf8))
        #expect(page.ticker == nil)
        #expect(page.listing == nil)
        #expect(!page.articles.isEmpty)
        #expect(page.articles.allSatisfy { !$0.title.isEmpty })
    }

    @Test func failsWithOneLineForAMissingFile() throws {
        let run = try ExampleRunner.run("briefing", ["/nonexistent/page.txt"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "briefing: error: cannot read \"/nonexistent/page.txt\": no such file\n")
    }

    @Test func refusesASecondPageWithJSON() throws {
        let run = try ExampleRunner.run("briefing", ["--json", Fixture.url("pages/corpus.txt").path])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("{\n  \"articles\" : ["))
        #expect(
            run.stderr
                == "briefing: error: --json prints one page; \(Fixture.url("pages/corpus.txt").path) holds more: "
                + "use --jsonl\n")
    }

    @Test(arguments: [
        (["--yaml"], "briefing: error: unknown option \"--yaml\"; see briefing --help\n"),
        (["--jsn"], "briefing: error: unknown option \"--jsn\"; did you mean --json?\n"),
        (["--json", "--jsonl"], "briefing: error: --json and --jsonl cannot be combined; see briefing --help\n"),
        (["--jsonl=yes"], "briefing: error: option --jsonl takes no value; see briefing --help\n"),
    ])
    func rejectsAWrongCommandLineWithStatus64(arguments: [String], message: String) throws {
        let run = try ExampleRunner.run("briefing", arguments)
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr == message)
    }
}
