// fx: converts an amount between currencies, with the bounds the rates' precision allows.
//
//     swift run fx 1000000 UZS USD
//     swift run fx 1000000 UZS USD --json
//     swift run fx 5000 KZT KGS --rates page.txt --on 2025-01-21
import CentralAsiaKit
import Foundation

let usage = """
    usage: fx AMOUNT FROM TO [--rates FILE] [--on YYYY-MM-DD] [--json]

      AMOUNT        the amount to convert: 1000000, 1,000,000, -12.5
      FROM, TO      ISO 4217 currency codes: UZS, USD
      --rates FILE  a central-bank rate file (NBK, CBU, NBKR, NBT, CBT, CBR, ECB) or a text
                    holding ticker lines ("• UZS/USD = 0.00008 0%"); a page's date line
                    ("21 January 2025") dates the ticker. Default: bundled rates.
      --on DATE     use the latest rates on or before this day
      --json        print one JSON object instead of text
    """

/// The command line, read by hand.
struct Options {
    var positional: [String] = []
    var ratesPath: String?
    var date: PartialDate?
    var json = false
    var help = false

    init(_ arguments: [String]) throws {
        var index = 0
        func value(for option: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw FXError("option \(option) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--json": json = true
            case "-h", "--help": help = true
            case "--rates": ratesPath = try value(for: argument)
            case "--on":
                let text = try value(for: argument)
                guard let date = PartialDate(text), date.precision == .day else {
                    throw FXError("invalid date \"\(text)\"; expected YYYY-MM-DD")
                }
                self.date = date
            default:
                if argument.hasPrefix("--") { throw FXError("unknown option \"\(argument)\"; see fx --help") }
                positional.append(argument)
            }
            index += 1
        }
    }
}

/// A one-line error for stderr.
struct FXError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

func currencyCode(_ text: String) throws -> CurrencyCode {
    guard let code = CurrencyCode(text.uppercased()) else {
        throw FXError("invalid currency code \"\(text)\"; expected three letters such as \"USD\"")
    }
    return code
}

/// Runs `fx` on its command-line arguments and returns what it prints.
func run(_ arguments: [String]) throws -> String {
    let options = try Options(arguments)
    if options.help { return usage }
    guard options.positional.count == 3 else {
        throw FXError("expected AMOUNT FROM TO, got \(options.positional.count) argument(s); see fx --help")
    }
    let amount = try Money.parseAmount(options.positional[0])
    let source = try currencyCode(options.positional[1])
    let target = try currencyCode(options.positional[2])

    let data: Data
    if let path = options.ratesPath {
        guard let contents = FileManager.default.contents(atPath: path) else {
            throw FXError("cannot read rates file \"\(path)\"")
        }
        data = contents
    } else {
        data = Data(bundledRates.utf8)
    }
    let rates: [ExchangeRate]
    do {
        rates = try RatesFile.rates(in: data)
    } catch let error as ParseError {
        throw FXError("cannot read rates from \"\(options.ratesPath ?? "bundled rates")\": \(error.message)")
    }
    if rates.isEmpty, let path = options.ratesPath { throw FXError("no rates in \"\(path)\"") }

    let book = RateBook(rates)
    let conversion = try book.convert(Money(amount: amount, currency: source), to: target, on: options.date)
    let date = conversion.latestDate.map { "\"\($0)\"" } ?? "null"
    let shown = conversion.rounded
    if options.json {
        let path = conversion.path.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
            {"amount": "\(QuotedDecimal(amount))", "from": "\(source)", "to": "\(target)", \
            "value": "\(shown.value)", "low": "\(shown.low)", \
            "high": "\(shown.high)", "path": [\(path)], "date": \(date)}
            """
    }
    var lines = [
        "\(Money(amount: amount, currency: source)) = \(target) \(shown.value)",
        "  between \(shown.low) and \(shown.high) \(target)",
        "  path: \(conversion.path.map(\.rawValue).joined(separator: " → "))",
    ]
    for rate in conversion.rates {
        lines.append("  rate: \(rate)" + (rate.date.map { " on \($0)" } ?? ""))
    }
    if conversion.isCarriedForward, let on = options.date {
        lines.append("  note: no rate on \(on); the latest earlier rate was carried forward")
    }
    return lines.joined(separator: "\n")
}

do {
    print(try run(Array(CommandLine.arguments.dropFirst())))
} catch let error as FXError {
    FileHandle.standardError.write(Data("fx: \(error.message)\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("fx: \(error)\n".utf8))
    exit(1)
}
