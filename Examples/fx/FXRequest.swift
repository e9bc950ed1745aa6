import CentralAsiaKit
import ExampleSupport
import Foundation

/// What `fx` was asked: the amount, the target, the rates and the output, read from its command line.
struct FXRequest {
    var amount: Money
    var target: CurrencyCode
    /// The `--rates` file, or `nil` for the bundled rates.
    var ratesPath: String?
    var date: PartialDate?
    var json: Bool
    var significant: Bool

    /// The positional arguments: AMOUNT FROM TO.
    static let positionalCount = 3

    /// Reads the parsed command line.
    ///
    /// - Throws: A usage ``CommandError`` for a wrong number of arguments, a malformed amount, code
    ///   or date, or `--significant` with `--json`.
    init(_ arguments: ParsedArguments) throws(CommandError) {
        let positionals = arguments.positionals
        guard positionals.count == FXRequest.positionalCount else {
            throw .usage("expected AMOUNT FROM TO, got \(positionals.count) argument(s)")
        }
        let value = try Self.amount(positionals[0])
        amount = Money(amount: value, currency: try Self.code(positionals[1]))
        target = try Self.code(positionals[2])
        ratesPath = arguments.value("--rates")
        date = try arguments.value("--on").map(Self.day)
        json = arguments.flag("--json")
        significant = arguments.flag("--significant")
        if json && significant {
            throw .usage("--significant applies to the text output only, not to --json")
        }
    }

    static func amount(_ text: String) throws(CommandError) -> Decimal {
        do {
            return try Money.parseAmount(text)
        } catch {
            throw .usage("\(error)")
        }
    }

    static func code(_ text: String) throws(CommandError) -> CurrencyCode {
        guard let code = CurrencyCode(text.uppercased()) else {
            throw .usage("invalid currency code \"\(text)\"; expected three letters such as \"USD\"")
        }
        return code
    }

    static func day(_ text: String) throws(CommandError) -> PartialDate {
        guard let date = PartialDate(text), date.precision == .day else {
            throw .usage("invalid date \"\(text)\"; expected YYYY-MM-DD")
        }
        return date
    }
}
