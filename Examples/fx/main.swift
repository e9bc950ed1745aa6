// fx: converts an amount between currencies, to the target currency's minor units, with the bounds
// the rates' precision allows.
//
//     swift run fx 1000000 UZS USD
//     swift run fx 1000000 UZS USD --json
//     swift run fx 5000 KZT KGS --rates page.txt --on=2025-01-21
import CentralAsiaKit
import ExampleSupport

let command = Command(
    name: "fx",
    summary: "converts an amount between currencies, with the bounds the rates' precision allows.",
    arguments: [
        CommandArgument("AMOUNT", help: "the amount to convert: 1000000, 1,000,000, -12.5"),
        CommandArgument("FROM TO", label: "FROM, TO", help: "ISO 4217 currency codes: UZS, USD"),
    ],
    options: [
        CommandOption(
            "--rates", value: "FILE",
            help: """
                a central-bank rate file (NBK, CBU, NBKR, NBT, CBT, CBR, ECB) or a text
                holding ticker lines ("• UZS/USD = 0.00008 0%"); a page's date line
                ("21 January 2025") dates the ticker. Default: bundled rates.
                """),
        CommandOption("--on", value: "YYYY-MM-DD", help: "use the latest rates on or before this day"),
        CommandOption(
            "--significant",
            help: """
                show the amounts to the places the rates' precision justifies
                (167.0 between 166.4 and 167.5) instead of the target's minor units (text only)
                """),
        CommandOption("--json", help: "print one JSON object instead of text"),
    ],
    examples: [
        "fx 1000000 UZS USD", "fx 1000 KZT KGS --rates page.txt --json",
        "fx 5000 KZT KGS --rates=page.txt --on=2025-01-21 --significant",
    ])

command.main { arguments in
    let request = try FXRequest(arguments)
    let rates = try RatesFile.rates(at: request.ratesPath)
    let conversion = try RateBook(rates).convert(request.amount, to: request.target, on: request.date)
    if request.json {
        print(try JSONText.encode(FXDocument(conversion)))
    } else {
        print(FXText(conversion, request: request).text)
    }
    return ExitStatus.success
}
