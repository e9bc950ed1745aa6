import CentralAsiaKit

/// `pages CORPUS [--tasks N]`: parses every page of a form-feed-separated corpus held in memory.
///
/// Prints `pages= articles= quotes= bytes= seconds= MBps=` (MB = 10⁶ bytes), the keys of the
/// Python peer `peer_page_parser.py`, best of 3 runs. By default one thread parses page after
/// page, like the peer; `--tasks N` uses `PageParser.parseCorpus(bytes:tasks:)` on N tasks.
enum PagesBenchmark {
    static func run(_ arguments: [String]) async throws -> String {
        let bytes = try Measure.bytes(arguments, usage: "benchmarks pages CORPUS [--tasks N]")
        var tasks = 1
        if let flag = arguments.firstIndex(of: "--tasks"), flag + 1 < arguments.count,
            let count = Int(arguments[flag + 1])
        {
            tasks = count
        }
        let parser = PageParser()
        var best = Double.infinity
        var counts = (0, 0, 0)
        for _ in 0..<3 {
            let clock = ContinuousClock()
            let start = clock.now
            let results: [Result<NewsPage, ParseError>]
            if tasks > 1 {
                results = await parser.parseCorpus(bytes: bytes, tasks: tasks)
            } else {
                results = PageCorpus.pageRanges(in: bytes).map { range in
                    Result { try parser.parse(bytes: bytes, range: range) }.mapError {
                        $0 as? ParseError ?? ParseError(.unreadable, "\($0)")
                    }
                }
            }
            let (whole, fraction) = (clock.now - start).components
            best = Swift.min(best, Double(whole) + Double(fraction) / 1e18)
            let pages = results.compactMap { try? $0.get() }
            counts = (
                pages.count, pages.reduce(0) { $0 + $1.articles.count },
                pages.reduce(0) { $0 + ($1.ticker?.quotes.count ?? 0) }
            )
        }
        return "pages=\(counts.0) articles=\(counts.1) quotes=\(counts.2) bytes=\(bytes.count) "
            + "seconds=\(Measure.format(best, decimals: 4)) MBps=\(Measure.format(Double(bytes.count) / 1e6 / best, decimals: 1))"
    }
}
