// seeds: Tests/CentralAsiaFeedsTests/Fixtures/*.xml Tests/CentralAsiaFeedsTests/Fixtures/*.json
// Central-bank rate files on arbitrary bytes: detection and every adapter either read rates or throw
// a ParseError, never crash; what they read survives a JSON round trip.
import CentralAsiaFeeds
import CentralAsiaKit
import Foundation

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRateFeed(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = Data(fuzzBytes(data, count))
    _ = RateFeed.detect(input)
    if let result = try? RateFeed.parse(input) {
        fuzzCheckRoundTrip(result)
    }
    return 0
}
