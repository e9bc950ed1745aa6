// seeds: Tests/CentralAsiaFeedsTests/Fixtures/*.xml Tests/CentralAsiaFeedsTests/Fixtures/*.json Tests/CentralAsiaFeedsTests/Fixtures/*.html
// News feeds (RSS, Atom, JSON Feed, JSON-LD in HTML) on arbitrary bytes: either articles or a
// ParseError, never a crash. The JSON round trip of the result is not checked yet: the fuzzer found an
// Atom input whose result changes in a round trip (a known issue pinned in FeedXMLTests).
import CentralAsiaFeeds
import CentralAsiaKit
import Foundation

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNewsFeed(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = Data(fuzzBytes(data, count))
    _ = NewsFeed.detect(input)
    _ = try? NewsFeed.parse(input)
    return 0
}
