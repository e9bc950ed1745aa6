import CentralAsiaKit
import Foundation

/// `jsonl articles.jsonl`: decodes every line into an ``ArticleRecord`` with `JSONDecoder`, then encodes
/// every record back to a line with `JSONEncoder`, best of 3 each.
///
/// Prints `records= bytes= decode_MBps= encode_MBps=` (MB = 10⁶ bytes; decode over input bytes, encode
/// over output bytes, newlines included), the keys of `peer_json.py`.
enum JSONLBenchmark {
    static func run(_ arguments: [String]) throws -> String {
        let bytes = try Measure.bytes(arguments, usage: "benchmarks jsonl articles.jsonl")
        let lines = JSONLines.lines(in: bytes).filter { !$0.isBlank }.map { Data($0.bytes) }
        let inputBytes = lines.reduce(0) { $0 + $1.count + 1 }
        let decoder = JSONDecoder()
        let (decodeSeconds, records) = try Measure.best {
            try lines.map { try decoder.decode(ArticleRecord.self, from: $0) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let (encodeSeconds, outputBytes) = try Measure.best {
            try records.reduce(0) { $0 + (try encoder.encode($1)).count + 1 }
        }
        return "records=\(records.count) bytes=\(inputBytes) "
            + "decode_MBps=\(Measure.format(Double(inputBytes) / 1e6 / decodeSeconds, decimals: 1)) "
            + "encode_MBps=\(Measure.format(Double(outputBytes) / 1e6 / encodeSeconds, decimals: 1))"
    }
}
