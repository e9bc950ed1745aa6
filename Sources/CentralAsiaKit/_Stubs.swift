// TEMPORARY: replaced by the money and dates branches at merge.
import Foundation
public struct Ticker: Sendable, Hashable, Codable {
    public var quotes: [ExchangeRate]
    public var repetitions: Int
    public init(quotes: [ExchangeRate], repetitions: Int) { self.quotes = quotes; self.repetitions = repetitions }
}
public enum TickerParser {
    public enum LineMatch { case quote(ExchangeRate, SourceLocation), broken(Diagnostic), notTicker }
    public static func match(_ line: TextScanner.Line, in scanner: TextScanner) -> LineMatch {
        var text = scanner.string(line.range).trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("•") else { return .notTicker }
        text.removeFirst()
        let parts = text.split(separator: " ")
        guard parts.count == 4, let slash = parts[0].firstIndex(of: "/") else { return .notTicker }
        guard let base = CurrencyCode(String(parts[0][..<slash])), let quote = CurrencyCode(String(parts[0][parts[0].index(after: slash)...])),
              let rate = QuotedDecimal(String(parts[2])), let change = QuotedDecimal(String(parts[3].dropLast())) else {
            return .broken(Diagnostic(.warning, at: scanner.location(of: line.range.lowerBound, in: line), "broken ticker line"))
        }
        return .quote(ExchangeRate(base: base, quote: quote, quoted: rate, changePercent: change), scanner.location(of: line.range.lowerBound, in: line))
    }
    public struct Accumulator {
        var quotes: [ExchangeRate] = []
        var counts: [String: Int] = [:]
        public init() {}
        public mutating func add(_ rate: ExchangeRate) {
            let key = "\(rate.base)/\(rate.quote)"
            if counts[key] == nil { quotes.append(rate) }
            counts[key, default: 0] += 1
        }
        public var ticker: Ticker { Ticker(quotes: quotes, repetitions: counts.values.max() ?? 0) }
    }
}
