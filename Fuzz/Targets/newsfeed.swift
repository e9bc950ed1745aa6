// seeds: Tests/CentralAsiaFeedsTests/Fixtures/*.xml Tests/CentralAsiaFeedsTests/Fixtures/*.json Tests/CentralAsiaFeedsTests/Fixtures/*.html Tests/CentralAsiaFeedsTests/Fixtures/conformance/*.xml
// News feeds (RSS, Atom, JSON Feed, JSON-LD in HTML) on arbitrary bytes: either articles or a
// ParseError, never a crash; a result survives a JSON round trip unchanged.
import CentralAsiaFeeds
import CentralAsiaKit
import Foundation

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNewsFeed(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = Data(fuzzBytes(data, count))
    _ = NewsFeed.detect(input)
    if let result = try? NewsFeed.parse(input) { fuzzCheckRoundTrip(result) }
    return 0
}
