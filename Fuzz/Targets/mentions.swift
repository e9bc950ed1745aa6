// seeds: Tests/CentralAsiaKitTests/Fixtures/pages/*.txt Tests/CentralAsiaKitTests/Fixtures/mentions-*.txt
// MentionFinder on arbitrary bytes (also invalid UTF-8): mentions are in order, do not overlap,
// lie inside the input and quote their range; they survive a JSON round trip.
import Foundation

@testable import CentralAsiaKit

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMentions(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = fuzzBytes(data, count)
    let mentions = bytes.withUnsafeBufferPointer { MentionFinder.standard.mentions(inUTF8: $0) }
    fuzzCheckSpans(mentions.map { ($0.range, $0.text) }, in: bytes, "mention")
    if let first = mentions.first { fuzzCheckRoundTrip(first) }
    let summary = MentionFinder.standard.articleMentions(in: String(decoding: bytes, as: UTF8.self))
    fuzzCheckRoundTrip(summary)
    return 0
}
