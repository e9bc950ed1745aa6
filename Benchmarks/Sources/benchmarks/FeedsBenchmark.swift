import CentralAsiaFeeds
import Foundation

/// `feeds FEED`: reads a news feed (RSS, Atom, JSON Feed or an HTML page with JSON-LD) 20 times.
///
/// Prints `items= bytes= seconds= itemsPerSecond= MBps=` (the keys of the Python `feedparser`
/// peer), best of 20 runs.
enum FeedsBenchmark {
    static func run(_ arguments: [String]) throws -> String {
        let data = Data(try Measure.bytes(arguments, usage: "benchmarks feeds FEED"))
        let (seconds, items) = try Measure.best(of: 20) { try NewsFeed.parse(data).items.count }
        return "items=\(items) bytes=\(data.count) seconds=\(Measure.format(seconds, decimals: 6)) "
            + "itemsPerSecond=\(Measure.format(Double(items) / seconds, decimals: 0)) "
            + "MBps=\(Measure.format(Double(data.count) / 1e6 / seconds, decimals: 2))"
    }
}
