// Release-mode throughput figures for CentralAsiaKit.
//
//     swift run -c release --package-path Benchmarks benchmarks NAME INPUT…
//
// Each benchmark prints exactly one line of `key=value` pairs (see the table in each file) and
// times only the work, not reading its input. To add one: write `<Name>Benchmark.swift` with a
// `static func run(_ arguments: [String]) throws -> String` (or `async throws`), and add one line
// to `benchmarks` below.
import Foundation

let benchmarks: [String: ([String]) async throws -> String] = [
    "ticker": TickerBenchmark.run,
    "convert": ConvertBenchmark.run,
    "pages": PagesBenchmark.run,
    "mentions": MentionsBenchmark.run,
    "dates": DatesBenchmark.run,
    "feeds": FeedsBenchmark.run,
    "search": SearchBenchmark.run,
    "jsonl": JSONLBenchmark.run,
    "extract": ExtractBenchmark.run,
    "html": HTMLBenchmark.run,
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks[name] else {
    let names = benchmarks.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: benchmarks NAME INPUT…  (NAME: \(names))\n".utf8))
    exit(2)
}
do {
    print(try await benchmark(Array(arguments.dropFirst())))
} catch {
    FileHandle.standardError.write(Data("benchmarks \(name): \(error)\n".utf8))
    exit(1)
}
