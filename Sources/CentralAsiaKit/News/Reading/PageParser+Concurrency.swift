public import Foundation

extension PageParser {
    /// Parses every page of an in-memory corpus on several tasks at once.
    ///
    /// Pages are independent, so a corpus splits into contiguous runs of pages, one per task; the
    /// results come back in page order, exactly as ``parseCorpus(_:)`` would give them. On a
    /// machine with `n` cores this is close to `n` times faster for large corpora.
    ///
    /// - Parameters:
    ///   - bytes: A corpus: pages separated by a line holding only a form feed (U+000C).
    ///   - tasks: How many tasks to use; the number of active processors by default.
    /// - Returns: One result per page, in order: the page, or the error that stopped it.
    public func parseCorpus(
        bytes: [UInt8], tasks: Int = ProcessInfo.processInfo.activeProcessorCount
    ) async -> [Result<NewsPage, ParseError>] {
        let ranges = PageCorpus.pageRanges(in: bytes)
        let workers = Swift.max(1, Swift.min(tasks, ranges.count))
        let runLength = (ranges.count + workers - 1) / Swift.max(workers, 1)
        return await withTaskGroup(of: (Int, [Result<NewsPage, ParseError>]).self) { group in
            for worker in 0..<workers {
                let run = Array(
                    ranges[
                        Swift.min(worker * runLength, ranges.count)..<Swift.min((worker + 1) * runLength, ranges.count)]
                )
                group.addTask {
                    (
                        worker,
                        run.map { range in
                            Result { try parse(bytes: bytes, range: range) }.mapError(PageParser.parseError)
                        }
                    )
                }
            }
            var runs = [[Result<NewsPage, ParseError>]](repeating: [], count: workers)
            for await (worker, results) in group { runs[worker] = results }
            return runs.flatMap { $0 }
        }
    }
}
