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
    var previousEnd = 0
    for mention in mentions {
        fuzzCheck(
            mention.range.lowerBound >= previousEnd && mention.range.upperBound <= bytes.count,
            "mention \(mention) out of order or outside \(bytes.count) bytes")
        previousEnd = mention.range.upperBound
        fuzzCheck(
            mention.text == String(decoding: bytes[mention.range], as: UTF8.self),
            "mention text \"\(mention.text)\" is not its range")
    }
    if let first = mentions.first { fuzzCheckRoundTrip(first) }
    let summary = MentionFinder.standard.articleMentions(in: String(decoding: bytes, as: UTF8.self))
    fuzzCheckRoundTrip(summary)
    return 0
}
