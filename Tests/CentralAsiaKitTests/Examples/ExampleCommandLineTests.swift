import Foundation
import Testing

/// The command line the three examples share (Examples/Support): `--help`, `--opt=value`, "did you
/// mean", one-line errors and exit statuses.
@Suite struct ExampleCommandLineTests {
    /// Each example and the first line of its help.
    static let usageLines = [
        ("briefing", "usage: briefing [--json] [--jsonl] [FILE… | -]"),
        ("fx", "usage: fx [--rates FILE] [--on YYYY-MM-DD] [--significant] [--json] AMOUNT FROM TO"),
        ("trips", "usage: trips [--json] [--svg FILE] [FILE…]"),
    ]

    @Test(arguments: usageLines)
    func printsItsHelpWithTheOptionsAndAnExample(name: String, usage: String) throws {
        let run = try ExampleRunner.run(name, ["--help"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == usage)
        #expect(lines.contains("options:"))
        #expect(lines.contains { $0.hasPrefix("  -h, --help ") })
        let examples = try #require(lines.firstIndex(of: "examples:"))
        #expect(lines[examples + 1] == "  \(name)" || lines[examples + 1].hasPrefix("  \(name) "))
        #expect(lines.suffix(2) == ["exit status: 0 on success, 1 on an error, 64 on a usage error.", ""])
        #expect(try ExampleRunner.run(name, ["-h"]).stdout == run.stdout)
        #expect(try ExampleRunner.run(name, ["--bogus", "--help"]).stdout == run.stdout)
    }

    @Test func printsTheWholeHelpOfTrips() throws {
        let run = try ExampleRunner.run("trips", ["--help"])
        #expect(
            run.stdout == """
                usage: trips [--json] [--svg FILE] [FILE…]

                trips: ranks leaders by their trips abroad and lists the countries they visited, the events they \
                shared and the partnerships the pages report.

                arguments:
                  FILE        listing pages; default: the bundled sample page

                options:
                  --json      print one JSON document instead of text tables
                  --svg FILE  also write a bar chart of trips per leader as SVG
                  -h, --help  print this help and exit

                examples:
                  trips
                  trips --json --svg=trips.svg page1.txt page2.txt

                exit status: 0 on success, 1 on an error, 64 on a usage error.

                """)
    }

    @Test(arguments: [
        ("fx", "--JSON", "--json"),
        ("fx", "--jason", "--json"),
        ("fx", "--signficant", "--significant"),
        ("fx", "--o", "--on"),
        ("fx", "--hepl", "--help"),
        ("briefing", "--jsonll", "--jsonl"),
        ("briefing", "--j", "--json"),
        ("trips", "--jsno", "--json"),
        ("trips", "-svg", "--svg"),
    ])
    func namesTheClosestKnownOption(name: String, typed: String, suggestion: String) throws {
        let run = try ExampleRunner.run(name, [typed])
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr == "\(name): error: unknown option \"\(typed)\"; did you mean \(suggestion)?\n")
    }

    @Test(arguments: [("fx", "--x"), ("fx", "--onward"), ("briefing", "--yaml"), ("trips", "--csv-file")])
    func suggestsNothingWhenNoOptionIsClose(name: String, typed: String) throws {
        let run = try ExampleRunner.run(name, [typed])
        #expect(run.status == 64)
        #expect(run.stderr == "\(name): error: unknown option \"\(typed)\"; see \(name) --help\n")
    }

    @Test func readsEverythingAfterTwoDashesAsArguments() throws {
        let run = try ExampleRunner.run("briefing", ["--", "--json"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "briefing: error: cannot read \"--json\": no such file\n")
    }
}
