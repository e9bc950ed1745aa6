import CentralAsiaKit
import Foundation

/// `convert COUNT` → `conversions= seconds= perSecond=`: conversions between the Central Asian
/// currencies and the dollar, directly and across the USD pivot, as of dates inside 60 days of
/// rate history.
enum ConvertBenchmark {
    static func run(_ arguments: [String]) throws -> String {
        guard let text = arguments.first, let count = Int(text), count > 0 else {
            throw BenchmarkError("usage: benchmarks convert COUNT")
        }
        let book = try historyBook(days: 60)
        let codes: [CurrencyCode] = [.kgs, .kzt, .tjs, .uzs, .tmt, .usd]
        let start = try require(PartialDate("2025-01-01"))
        var requests: [(Money, CurrencyCode, PartialDate)] = []
        for index in 0..<count {
            let source = codes[index % codes.count]
            let target = codes[(index / codes.count + 1 + index) % codes.count]
            let date = try require(start.addingDays(index % 70))
            requests.append((Money(amount: Decimal(1000 + index % 97), currency: source), target, date))
        }
        let (seconds, total) = try Measure.best {
            var total = 0
            for (money, target, date) in requests {
                total += try book.convert(money, to: target, on: date).path.count
            }
            return total
        }
        guard total > 0 else { throw BenchmarkError("no conversion ran") }
        return "conversions=\(count) seconds=\(Measure.format(seconds, decimals: 4)) "
            + "perSecond=\(Measure.format(Double(count) / seconds, decimals: 0))"
    }

    /// Five ticker quotes per day, moving a little each day.
    static func historyBook(days: Int) throws -> RateBook {
        let base: [(CurrencyCode, Decimal)] = [
            (.kgs, 1144), (.kzt, 191), (.tjs, 9174), (.uzs, 8), (.tmt, 28571),
        ]
        let start = try require(PartialDate("2025-01-01"))
        var book = RateBook()
        for day in 0..<days {
            let date = try require(start.addingDays(day))
            for (code, units) in base {
                let rate = (units + Decimal(day % 3)) / 100_000
                book.add(ExchangeRate(base: code, quote: .usd, quoted: QuotedDecimal(rate), date: date))
            }
        }
        return book
    }

    private static func require<T>(_ value: T?) throws -> T {
        guard let value else { throw BenchmarkError("internal: bad constant") }
        return value
    }
}
