import Foundation
import Testing

/// Runs the `fx` example binary built next to the test bundle.
@Suite struct FXTests {
    static func run(_ arguments: [String]) throws -> ExampleRunner.Run {
        try ExampleRunner.run("fx", arguments)
    }

    /// The JSON object `fx --json` prints for 1000 KZT in KGS at the reference ticker.
    static let thousandTengeInSom =
        #"{"amount":"1000","date":"2025-01-21","from":"KZT","high":"167.47","low":"166.44","#
        + #""path":["KZT","USD","KGS"],"to":"KGS","value":"166.96"}"# + "\n"

    @Test func convertsThroughRoublesWithACBRFile() throws {
        let cbr = Fixture.directory.appendingPathComponent("../../CentralAsiaFeedsTests/Fixtures/cbr-2025.xml")
            .standardized
        let run = try Self.run(["1000", "KZT", "UZS", "--rates", cbr.path, "--json"])
        #expect(run.status == 0)
        #expect(
            run.stdout
                == #"{"amount":"1000","date":"2025-09-20","from":"KZT","high":"24242.68","low":"24242.49","#
                + #""path":["KZT","RUB","UZS"],"to":"UZS","value":"24242.59"}"# + "\n")
    }

    @Test func printsOneJSONObjectWithTheBundledRates() throws {
        let run = try Self.run(["1000000", "UZS", "USD", "--json"])
        #expect(run.status == 0)
        #expect(
            run.stdout
                == #"{"amount":"1000000","date":"2025-01-21","from":"UZS","high":"85.00","low":"75.00","#
                + #""path":["UZS","USD"],"to":"USD","value":"80.00"}"# + "\n")
        #expect(run.stderr == "")
    }

    @Test func roundsToTheTargetsMinorUnitsWithBoundsOutward() throws {
        let run = try Self.run([
            "1000", "KZT", "KGS", "--rates", Fixture.url("pages/reference-structure.txt").path, "--json",
        ])
        #expect(run.status == 0)
        #expect(run.stdout == Self.thousandTengeInSom)
    }

    @Test func keepsTheBoundsOutwardForANegativeAmount() throws {
        let run = try Self.run(["-1000", "KZT", "KGS", "--json"])
        #expect(run.status == 0)
        #expect(
            run.stdout
                == #"{"amount":"-1000","date":"2025-01-21","from":"KZT","high":"-166.44","low":"-167.47","#
                + #""path":["KZT","USD","KGS"],"to":"KGS","value":"-166.96"}"# + "\n")
    }

    @Test func writesNullForUndatedRates() throws {
        let run = try Self.run(["1000", "UZS", "USD", "--rates", Fixture.url("ticker-undated.txt").path, "--json"])
        #expect(run.status == 0)
        #expect(
            run.stdout
                == #"{"amount":"1000","date":null,"from":"UZS","high":"0.09","low":"0.07","#
                + #""path":["UZS","USD"],"to":"USD","value":"0.08"}"# + "\n")
    }

    /// Command lines and their text output: at the minor units, the significant figures, a carried rate.
    static let texts: [(arguments: [String], text: String)] = [
        (
            ["1,000,000", "uzs", "usd"],
            """
            UZS 1,000,000.00 = USD 80.00
              between 75.00 and 85.00 USD
              path: UZS → USD
              rate: UZS/USD 0.00008 on 2025-01-21

            """
        ),
        (
            ["1000", "KZT", "KGS", "--significant"],
            """
            KZT 1,000.00 = KGS 167.0
              between 166.4 and 167.5 KGS
              path: KZT → USD → KGS
              rate: KZT/USD 0.00191 on 2025-01-21
              rate: KGS/USD 0.01144 on 2025-01-21

            """
        ),
        (
            ["5000", "KZT", "KGS", "--rates", Fixture.url("ticker-eight-cycles.txt").path, "--on", "2025-03-10"],
            """
            KZT 5,000.00 = KGS 813.04
              between 810.51 and 815.58 KGS
              path: KZT → USD → KGS
              rate: KZT/USD 0.00187 on 2025-03-03
              rate: KGS/USD 0.01150 on 2025-03-03
              note: no rate on 2025-03-10; the latest earlier rate was carried forward

            """
        ),
    ]

    @Test(arguments: texts)
    func printsText(arguments: [String], text: String) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == text)
    }

    @Test func takesOptionValuesAfterAnEqualsSign() throws {
        let rates = Fixture.url("ticker-eight-cycles.txt").path
        let separate = try Self.run(["5000", "KZT", "KGS", "--rates", rates, "--on", "2025-03-10", "--json"])
        let joined = try Self.run(["5000", "KZT", "KGS", "--rates=\(rates)", "--on=2025-03-10", "--json"])
        #expect(joined.status == 0)
        #expect(joined.stdout == separate.stdout)
        #expect(
            joined.stdout
                == #"{"amount":"5000","date":"2025-03-03","from":"KZT","high":"815.58","low":"810.51","#
                + #""path":["KZT","USD","KGS"],"to":"KGS","value":"813.04"}"# + "\n")
    }

    @Test(.enabled(if: Fixture.exists(Fixture.referencePage)))
    func readsTheReferencePageAsIs() throws {
        let run = try Self.run(["1000", "KZT", "KGS", "--rates", Fixture.referencePage.path, "--json"])
        #expect(run.status == 0)
        #expect(run.stdout == Self.thousandTengeInSom)
    }

    /// Errors while running exit with status 1; a wrong command line with status 64.
    static let failures: [(arguments: [String], status: Int32, message: String)] = [
        (["1", "KZX", "USD"], 1, "fx: error: unknown currency code \"KZX\"; did you mean \"KZT\"?\n"),
        (
            ["1", "KZT", "GBP"], 1,
            "fx: error: no rate from \"KZT\" to \"GBP\"; rates exist for KGS, KZT, TJS, TMT, USD, UZS\n"
        ),
        (
            ["1", "KZT", "GBP", "--on", "2025-01-21"], 1,
            "fx: error: no rate from \"KZT\" to \"GBP\" on or before 2025-01-21; "
                + "rates exist for KGS, KZT, TJS, TMT, USD, UZS\n"
        ),
        (
            ["1", "KZT", "USD", "--rates", "/nonexistent/rates.txt"], 1,
            "fx: error: cannot read rates file \"/nonexistent/rates.txt\"\n"
        ),
        (
            ["1,00", "KZT", "USD"], 64,
            "fx: error: invalid amount \"1,00\": digit groups after a separator need three digits; see fx --help\n"
        ),
        (["ten", "KZT", "USD"], 64, "fx: error: invalid amount \"ten\": unexpected \"t\"; see fx --help\n"),
        (
            ["1", "US", "KZT"], 64,
            "fx: error: invalid currency code \"US\"; expected three letters such as \"USD\"; see fx --help\n"
        ),
        (
            ["1", "KZT", "USD", "--on", "21.01.2025"], 64,
            "fx: error: invalid date \"21.01.2025\"; expected YYYY-MM-DD; see fx --help\n"
        ),
        (["1", "KZT"], 64, "fx: error: expected AMOUNT FROM TO, got 2 argument(s); see fx --help\n"),
        (["1", "KZT", "USD", "--rate"], 64, "fx: error: unknown option \"--rate\"; did you mean --rates?\n"),
        (["1", "KZT", "USD", "--rates"], 64, "fx: error: option --rates needs a value; see fx --help\n"),
        (
            ["1", "KZT", "USD", "--significant", "--json"], 64,
            "fx: error: --significant applies to the text output only, not to --json; see fx --help\n"
        ),
    ]

    @Test(arguments: failures)
    func failsWithOneLine(arguments: [String], status: Int32, message: String) throws {
        let run = try Self.run(arguments)
        #expect(run.status == status)
        #expect(run.stderr == message)
        #expect(run.stdout == "")
    }
}
