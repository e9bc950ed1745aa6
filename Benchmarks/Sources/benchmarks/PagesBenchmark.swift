import CentralAsiaKit

/// `pages CORPUS`: parses every page of a form-feed-separated corpus held in memory.
///
/// Prints `pages= articles= quotes= bytes= seconds= MBps=` (MB = 10⁶ bytes), the keys of the
/// Python peer `peer_page_parser.py`, best of 3 runs.
enum PagesBenchmark {
    static func run(_ arguments: [String]) throws -> String {
        let bytes = try Measure.bytes(arguments, usage: "benchmarks pages CORPUS")
        let parser = PageParser()
        let (seconds, counts) = Measure.best {
            var pages = 0
            var articles = 0
            var quotes = 0
            for range in PageCorpus.pageRanges(in: bytes) {
                guard let page = try? parser.parse(bytes: bytes, range: range) else { continue }
                pages += 1
                articles += page.articles.count
                quotes += page.ticker?.quotes.count ?? 0
            }
            return (pages, articles, quotes)
        }
        return "pages=\(counts.0) articles=\(counts.1) quotes=\(counts.2) bytes=\(bytes.count) "
            + "seconds=\(Measure.format(seconds, decimals: 4)) MBps=\(Measure.format(Double(bytes.count) / 1e6 / seconds, decimals: 1))"
    }
}
