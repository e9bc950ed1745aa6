import CentralAsiaKit
import Foundation

/// `search articles.jsonl queries.txt [--topk K]`: builds an archive and its indexes from the records
/// (timed: adding with de-duplication, then the full-text and entity indexes), then runs every query
/// 3 rounds — all matches, or the best K by BM25 with `--topk K`, without snippets, as the FTS5 peer.
///
/// Prints `docs= bytes= build_seconds= queries= qps= p50_us= p99_us= hits=` (hits per round), the keys
/// of `peer_search.py`.
enum SearchBenchmark {
    static func run(_ arguments: [String]) throws -> String {
        let usage = "benchmarks search articles.jsonl queries.txt [--topk K]"
        guard arguments.count >= 2 else { throw BenchmarkError("usage: \(usage)") }
        var topK = 0
        if let flag = arguments.firstIndex(of: "--topk") {
            guard flag + 1 < arguments.count, let value = Int(arguments[flag + 1]), value >= 0 else {
                throw BenchmarkError("usage: \(usage)")
            }
            topK = value
        }
        let bytes = try Measure.bytes([arguments[0]], usage: usage)
        let queryText = String(decoding: try Measure.bytes([arguments[1]], usage: usage), as: UTF8.self)
        let queries = queryText.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        let decoder = JSONDecoder()
        var articles: [NewsArticle] = []
        for line in JSONLines.lines(in: bytes) where !line.isBlank {
            if case .success(let record) = JSONLines.decode(ArticleRecord.self, from: line, decoder: decoder) {
                articles.append(record.article)
            }
        }
        let clock = ContinuousClock()
        let buildStart = clock.now
        let archive = Archive(articles: articles)
        archive.buildIndexes()
        let build = seconds(clock.now - buildStart)
        let index = archive.searchIndex
        var latencies: [Double] = []
        var hits = 0
        let rounds = 3
        let start = clock.now
        for _ in 0..<rounds {
            for query in queries {
                let queryStart = clock.now
                let count =
                    topK > 0
                    ? index.ranked(SearchQuery(query), limit: topK).count : index.matches(SearchQuery(query)).count
                latencies.append(seconds(clock.now - queryStart))
                hits += count
            }
        }
        let total = seconds(clock.now - start)
        latencies.sort()
        func percentile(_ p: Double) -> Double {
            latencies[min(latencies.count - 1, Int((p / 100 * Double(latencies.count - 1)).rounded()))]
        }
        return "docs=\(archive.count) bytes=\(bytes.count) build_seconds=\(Measure.format(build)) "
            + "queries=\(latencies.count) qps=\(Measure.format(Double(latencies.count) / total, decimals: 0)) "
            + "p50_us=\(Measure.format(percentile(50) * 1e6, decimals: 0)) "
            + "p99_us=\(Measure.format(percentile(99) * 1e6, decimals: 0)) hits=\(hits / rounds)"
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, fraction) = duration.components
        return Double(whole) + Double(fraction) / 1e18
    }
}
