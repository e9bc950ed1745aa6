import ExampleSupport
import Foundation
import Testing

/// The command-line helper and the JSON output of the examples, called directly.
@Suite struct ExampleSupportTests {
    static let command = Command(
        name: "demo", summary: "shows the helper.", arguments: [CommandArgument("[FILE…]", help: "files")],
        options: [
            CommandOption("--json", help: "JSON"), CommandOption("--jsonl", help: "JSON Lines"),
            CommandOption("--rates", value: "FILE", help: "rates"),
        ],
        examples: ["demo --json"])

    @Test(arguments: [
        (["--rates", "a.txt", "b.txt"], "a.txt", ["b.txt"]),
        (["--rates=a.txt", "b.txt"], "a.txt", ["b.txt"]),
        (["--rates=a=b.txt"], "a=b.txt", []),
        (["-", "-12.5", "-.5", "--rates", "-"], "-", ["-", "-12.5", "-.5"]),
        (["b.txt", "--", "--rates", "c.txt"], nil, ["b.txt", "--rates", "c.txt"]),
    ])
    func readsValuesAndPositionalArguments(arguments: [String], rates: String?, positionals: [String]) throws {
        let parsed = try Self.command.parse(arguments)
        #expect(parsed.value("--rates") == rates)
        #expect(parsed.positionals == positionals)
        #expect(!parsed.flag("--json"))
    }

    @Test func readsFlags() throws {
        let parsed = try Self.command.parse(["--jsonl", "page.txt"])
        #expect(parsed.flag("--jsonl"))
        #expect(!parsed.flag("--json"))
        #expect(parsed.positionals == ["page.txt"])
    }

    @Test(arguments: [
        (["--jsn"], CommandError(.usage, "unknown option \"--jsn\"", suggestion: "--json")),
        (["-x"], CommandError(.usage, "unknown option \"-x\"")),
        (["--json=1"], CommandError.usage("option --json takes no value")),
        (["--rates"], CommandError.usage("option --rates needs a value")),
        (["--rates", "--json"], CommandError.usage("option --rates needs a value")),
        (["--rates="], CommandError.usage("option --rates needs a value")),
        (["--rates=a", "--rates", "b"], CommandError.usage("option --rates is given more than once")),
    ])
    func rejectsAWrongCommandLine(arguments: [String], error: CommandError) {
        #expect(throws: error) { try Self.command.parse(arguments) }
        #expect(error.exitStatus == 64)
    }

    @Test(arguments: [
        ("--JSON", "--json"), ("--jsonn", "--json"), ("--jsonll", "--jsonl"), ("--jsnol", "--jsonl"),
        ("--rate", "--rates"), ("--raets", "--rates"), ("--r", "--rates"), ("--hlep", "--help"),
    ])
    func suggestsTheClosestOption(typed: String, suggestion: String) {
        #expect(Self.command.suggestion(for: typed) == suggestion)
    }

    @Test(arguments: ["--", "--x", "--yaml", "--ratesfile", "--js-on-file"])
    func suggestsNothingFar(typed: String) {
        #expect(Self.command.suggestion(for: typed) == nil)
    }

    @Test func describesAnErrorWithItsSuggestion() {
        #expect(
            CommandError(.usage, "unknown option \"--jsn\"", suggestion: "--json").description
                == "unknown option \"--jsn\"; did you mean --json?")
        #expect(CommandError.failure("no rate").exitStatus == 1)
    }

    /// A value whose encoding always fails.
    struct Unencodable: Encodable {
        struct Refusal: Error, CustomStringConvertible {
            var description: String { "refused" }
        }

        func encode(to encoder: any Encoder) throws { throw Refusal() }
    }

    @Test func failsWhenAValueCannotBeEncoded() {
        #expect(throws: CommandError.failure("cannot encode the JSON output: refused")) {
            try JSONText.encode(Unencodable())
        }
    }

    @Test func encodesWithSortedKeysAndPlainSlashes() throws {
        #expect(try JSONText.encode(["b": "1/2", "a": "x"]) == #"{"a":"x","b":"1/2"}"#)
        #expect(try JSONText.encode(["b": 1, "a": 2], pretty: true) == "{\n  \"a\" : 2,\n  \"b\" : 1\n}")
    }
}
