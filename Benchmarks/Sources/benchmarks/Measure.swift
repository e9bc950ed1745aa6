import CentralAsiaKit
import Foundation

/// Shared helpers: timing, input files, number formatting.
enum Measure {
    /// Runs `work` `rounds` times and returns the best wall-clock time in seconds, with the last result.
    static func best<T>(of rounds: Int = 3, _ work: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let clock = ContinuousClock()
        func timed() throws -> (Double, T) {
            let start = clock.now
            let value = try work()
            let (whole, fraction) = (clock.now - start).components
            return (Double(whole) + Double(fraction) / 1e18, value)
        }
        var (best, result) = try timed()
        for _ in 1..<max(rounds, 1) {
            let (seconds, value) = try timed()
            if seconds < best { (best, result) = (seconds, value) }
        }
        return (best, result)
    }

    /// The bytes of a file named on the command line.
    static func bytes(_ arguments: [String], usage: String) throws -> [UInt8] {
        guard let path = arguments.first else { throw BenchmarkError("usage: \(usage)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchmarkError("cannot read \"\(path)\"")
        }
        return [UInt8](data)
    }

    /// `--tasks N` from the arguments; 1 when absent.
    static func tasks(_ arguments: [String]) -> Int {
        guard let flag = arguments.firstIndex(of: "--tasks"), flag + 1 < arguments.count,
            let count = Int(arguments[flag + 1]), count > 0
        else { return 1 }
        return count
    }

    /// Parses every page of a corpus, best of 3: page after page on this thread for one task, else with
    /// `PageParser.parseCorpus(bytes:tasks:)`. Returns the best time and the pages read in the last run
    /// (freeing the pages is not timed).
    static func parseCorpus(
        _ bytes: [UInt8], with parser: PageParser, tasks: Int
    ) async -> (seconds: Double, pages: [NewsPage]) {
        var best = Double.infinity
        var pages: [NewsPage] = []
        for _ in 0..<3 {
            pages = []  // the previous run's pages are freed before the clock starts
            let clock = ContinuousClock()
            let start = clock.now
            if tasks > 1 {
                pages = await parser.parseCorpus(bytes: bytes, tasks: tasks).compactMap { try? $0.get() }
            } else {
                pages = PageCorpus.pageRanges(in: bytes).compactMap { try? parser.parse(bytes: bytes, range: $0) }
            }
            let (whole, fraction) = (clock.now - start).components
            best = Swift.min(best, Double(whole) + Double(fraction) / 1e18)
        }
        return (best, pages)
    }

    /// A figure with a fixed number of decimals.
    static func format(_ value: Double, decimals: Int = 3) -> String {
        String(format: "%.\(decimals)f", value)
    }
}

/// A one-line failure message.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
