// seeds: Tests/CentralAsiaKitTests/Fixtures/pages/*.txt Tests/CentralAsiaKitTests/Fixtures/ticker-*.txt
// TickerParser on arbitrary bytes and text: never crashes, its ticker survives a JSON round trip,
// and reading the bytes or the repaired text gives the same ticker.
import Foundation

@testable import CentralAsiaKit

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTicker(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = fuzzBytes(data, count)
    let result = TickerParser.parse(bytes: bytes)
    if let ticker = result.ticker {
        fuzzCheck(!ticker.quotes.isEmpty, "a ticker without quotes")
        fuzzCheckRoundTrip(ticker)
    }
    if String(validating: bytes, as: UTF8.self) != nil {
        let text = TickerParser.parse(String(decoding: bytes, as: UTF8.self))
        fuzzCheck(text.ticker == result.ticker, "text and bytes give different tickers")
    }
    return 0
}
