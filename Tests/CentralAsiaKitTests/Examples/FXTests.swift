import Foundation
import Testing

/// Runs the `fx` example binary built next to the test bundle.
@Suite struct FXTests {
    static func run(_ arguments: [String]) throws -> ExampleRunner.Run {
        try ExampleRunner.run("fx", arguments)
    }

    @Test func convertsThroughRoublesWithACBRFile() throws {
        let cbr = Fixture.directory.appendingPathComponent("../../CentralAsiaFeedsTests/Fixtures/cbr-2025.xml")
            .standardized
        let run = try Self.run(["1000", "KZT", "UZS", "--rates", cbr.path, "--json"])
        #expect(run.status == 0)
        #expect(
            run.stdout
                == #"{"amount": "1000", "from": "KZT", "to": "UZS", "value": "24242.59", "low": "24242.49", "high": "24242.68", "path": ["KZT", "RUB", "UZS"], "date": "2025-09-20"}"#
                + "\n")
    }

    @Test func printsOneJSONObjectWithTheBundledRates() throws {
        let run = try Self.run(["1000000", "UZS", "USD", "--json"])
        #expect(run.status == 0)
        #expect(
            run.stdout
                == #"{"amount": "1000000", "from": "UZS", "to": "USD", "value": "80", "low": "75", "high": "85", "path": ["UZS", "USD"], "date": "2025-01-21"}"#
                + "\n")
        #expect(run.stderr == "")
    }

    @Test func printsTextWithBoundsAndPath() throws {
        let run = try Self.run(["1,000,000", "uzs", "usd"])
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                UZS 1,000,000.00 = USD 80
                  between 75 and 85 USD
                  path: UZS → USD
                  rate: UZS/USD 0.00008 on 2025-01-21

                """)
    }

    @Test func readsARatesFileAndCarriesRatesForward() throws {
        let run = try Self.run([
            "5000", "KZT", "KGS", "--rates", Fixture.url("ticker-eight-cycles.txt").path, "--on", "2025-03-10",
            "--json",
        ])
        #expect(run.status == 0)
        #expect(
            run.stdout
                == #"{"amount": "5000", "from": "KZT", "to": "KGS", "value": "813.0", "low": "810.5", "high": "815.6", "#
                + #""path": ["KZT", "USD", "KGS"], "date": "2025-03-03"}"# + "\n")
    }

    @Test(.enabled(if: Fixture.exists(Fixture.referencePage)))
    func readsTheReferencePageAsIs() throws {
        let run = try Self.run(["1000000", "UZS", "USD", "--rates", Fixture.referencePage.path, "--json"])
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix(#""path": ["UZS", "USD"], "date": "2025-01-21"}"# + "\n"))
    }

    @Test(arguments: [
        (["1", "KZX", "USD"], "fx: unknown currency code \"KZX\"; did you mean \"KZT\"?\n"),
        (["1", "KZT", "GBP"], "fx: no rate from \"KZT\" to \"GBP\"; rates exist for KGS, KZT, TJS, TMT, USD, UZS\n"),
        (
            ["1", "KZT", "GBP", "--on", "2025-01-21"],
            "fx: no rate from \"KZT\" to \"GBP\" on or before 2025-01-21; rates exist for KGS, KZT, TJS, TMT, USD, UZS\n"
        ),
        (["1,00", "KZT", "USD"], "fx: invalid amount \"1,00\": digit groups after a separator need three digits\n"),
        (["ten", "KZT", "USD"], "fx: invalid amount \"ten\": unexpected \"t\"\n"),
        (["1", "US", "KZT"], "fx: invalid currency code \"US\"; expected three letters such as \"USD\"\n"),
        (
            ["1", "KZT", "USD", "--rates", "/nonexistent/rates.txt"],
            "fx: cannot read rates file \"/nonexistent/rates.txt\"\n"
        ),
        (["1", "KZT", "USD", "--on", "21.01.2025"], "fx: invalid date \"21.01.2025\"; expected YYYY-MM-DD\n"),
        (["1", "KZT"], "fx: expected AMOUNT FROM TO, got 2 argument(s); see fx --help\n"),
        (["1", "KZT", "USD", "--rate"], "fx: unknown option \"--rate\"; see fx --help\n"),
        (["1", "KZT", "USD", "--rates"], "fx: option --rates needs a value\n"),
    ])
    func failsWithOneLineAndStatusOne(arguments: [String], message: String) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 1)
        #expect(run.stderr == message)
        #expect(run.stdout == "")
    }

    @Test func printsUsageOnRequest() throws {
        let run = try Self.run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("usage: fx AMOUNT FROM TO [--rates FILE] [--on YYYY-MM-DD] [--json]\n"))
    }
}
