import CentralAsiaKit

/// `extract CORPUS [--mentions-only] [--tasks N]`: parses every page of a form-feed-separated corpus held
/// in memory, finds the articles' mentions and extracts travel, visits and partnerships.
///
/// Prints `pages= seconds= MBps=` (MB = 10⁶ bytes), best of 3 runs, with the counts found as extra keys
/// (`travel= visits= partnerships=`) after them. `--mentions-only` parses and finds mentions only, the same
/// work without the extraction, for comparison. One thread reads page after page, as `pages` does;
/// `--tasks N` uses `PageParser.parseCorpus(bytes:tasks:)` on N tasks.
enum ExtractBenchmark {
    static func run(_ arguments: [String]) async throws -> String {
        let bytes = try Measure.bytes(arguments, usage: "benchmarks extract CORPUS [--mentions-only] [--tasks N]")
        let parser =
            arguments.contains("--mentions-only")
            ? PageParser(annotation: .mentions(.standard)) : PageParser(annotation: .diplomacy(.standard))
        let (seconds, pages) = await Measure.parseCorpus(bytes, with: parser, tasks: Measure.tasks(arguments))
        let travel = pages.reduce(0) { $0 + $1.travel.count }
        let visits = pages.reduce(0) { $0 + $1.visits.count }
        let partnerships = pages.reduce(0) { $0 + $1.partnerships.count }
        return "pages=\(pages.count) seconds=\(Measure.format(seconds, decimals: 4)) "
            + "MBps=\(Measure.format(Double(bytes.count) / 1e6 / seconds, decimals: 1)) "
            + "travel=\(travel) visits=\(visits) partnerships=\(partnerships)"
    }
}
