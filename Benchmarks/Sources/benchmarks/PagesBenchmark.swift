import CentralAsiaKit

/// `pages CORPUS [--tasks N]`: parses every page of a form-feed-separated corpus held in memory.
///
/// Prints `pages= articles= quotes= bytes= seconds= MBps=` (MB = 10⁶ bytes), the keys of the
/// Python peer `peer_page_parser.py`, best of 3 runs. By default one thread parses page after
/// page, like the peer; `--tasks N` uses `PageParser.parseCorpus(bytes:tasks:)` on N tasks.
enum PagesBenchmark {
    static func run(_ arguments: [String]) async throws -> String {
        let bytes = try Measure.bytes(arguments, usage: "benchmarks pages CORPUS [--tasks N]")
        let (seconds, pages) = await Measure.parseCorpus(bytes, with: PageParser(), tasks: Measure.tasks(arguments))
        let articles = pages.reduce(0) { $0 + $1.articles.count }
        let quotes = pages.reduce(0) { $0 + ($1.ticker?.quotes.count ?? 0) }
        return "pages=\(pages.count) articles=\(articles) quotes=\(quotes) bytes=\(bytes.count) "
            + "seconds=\(Measure.format(seconds, decimals: 4)) "
            + "MBps=\(Measure.format(Double(bytes.count) / 1e6 / seconds, decimals: 1))"
    }
}
