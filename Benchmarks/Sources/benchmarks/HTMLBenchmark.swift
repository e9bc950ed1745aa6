import CentralAsiaFeeds
import CentralAsiaKit
import Foundation

/// `html DIR`: reads every `.html` page in a folder with the web page reader (encoding, metadata and
/// article body), on one thread.
///
/// Prints `pages= bytes= seconds= pagesPerSecond= MBps=` (the keys of the trafilatura peer), best of
/// 3 runs; reading the files is not timed.
enum HTMLBenchmark {
    static func run(_ arguments: [String]) throws -> String {
        guard let folder = arguments.first else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "usage: benchmarks html DIR"])
        }
        let url = URL(fileURLWithPath: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".html") }
            .sorted()
        let pages = try names.map { try Data(contentsOf: url.appendingPathComponent($0)) }
        let bytes = pages.reduce(0) { $0 + $1.count }
        let (seconds, _) = Measure.best(of: 3) {
            pages.reduce(0) { $0 + WebPage.read($1).page.articles.reduce(0) { $0 + $1.paragraphs.count } }
        }
        return "pages=\(pages.count) bytes=\(bytes) seconds=\(Measure.format(seconds)) "
            + "pagesPerSecond=\(Measure.format(Double(pages.count) / seconds, decimals: 1)) "
            + "MBps=\(Measure.format(Double(bytes) / 1e6 / seconds, decimals: 2))"
    }
}
