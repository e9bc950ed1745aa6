import CentralAsiaKit

/// `extract CORPUS`: parses every page of a form-feed-separated corpus held in memory, finds the articles'
/// mentions and extracts travel, visits and partnerships.
///
/// Prints `pages= seconds= MBps=` (MB = 10⁶ bytes), best of 3 runs, with the counts found as extra keys
/// (`travel= visits= partnerships=`) after them. `extract CORPUS --mentions-only` parses and finds mentions
/// only, the same work without the extraction, for comparison.
enum ExtractBenchmark {
    static func run(_ arguments: [String]) throws -> String {
        let bytes = try Measure.bytes(arguments, usage: "benchmarks extract CORPUS")
        let parser =
            arguments.contains("--mentions-only")
            ? PageParser(mentions: .standard) : PageParser(mentions: .standard, diplomacy: .standard)
        let (seconds, counts) = Measure.best {
            var pages = 0
            var travel = 0
            var visits = 0
            var partnerships = 0
            for range in PageCorpus.pageRanges(in: bytes) {
                guard let page = try? parser.parse(bytes: bytes, range: range) else { continue }
                pages += 1
                travel += page.travel.count
                visits += page.visits.count
                partnerships += page.partnerships.count
            }
            return (pages, travel, visits, partnerships)
        }
        return "pages=\(counts.0) seconds=\(Measure.format(seconds, decimals: 4)) "
            + "MBps=\(Measure.format(Double(bytes.count) / 1e6 / seconds, decimals: 1)) "
            + "travel=\(counts.1) visits=\(counts.2) partnerships=\(counts.3)"
    }
}
