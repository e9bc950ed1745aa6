import CentralAsiaKit

/// `ticker corpus.txt` → `lines= seconds= linesPerSecond=`: every line of a corpus through
/// `TickerParser.parse(bytes:)`.
enum TickerBenchmark {
    static func run(_ arguments: [String]) throws -> String {
        let bytes = try Measure.bytes(arguments, usage: "benchmarks ticker corpus.txt")
        var lines = 0
        var scanner = TextScanner(bytes: bytes)
        while scanner.nextLine() != nil { lines += 1 }
        let (seconds, result) = Measure.best { TickerParser.parse(bytes: bytes) }
        guard result.ticker != nil || lines == 0 else { return "lines=\(lines) seconds=0 linesPerSecond=0" }
        return "lines=\(lines) seconds=\(Measure.format(seconds, decimals: 4)) "
            + "linesPerSecond=\(Measure.format(Double(lines) / seconds, decimals: 0))"
    }
}
