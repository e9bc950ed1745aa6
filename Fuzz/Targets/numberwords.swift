// seeds: Fuzz/seeds/numberwords/*
// NumberWords on arbitrary text: every reading either fails or gives a number; none crashes.
import Foundation

@testable import CentralAsiaKit

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumberWords(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: fuzzBytes(data, count), as: UTF8.self)
    _ = NumberWords.cardinal(text)
    _ = NumberWords.ordinal(text)
    _ = NumberWords.roman(text)
    _ = NumberWords.multiplicative(text)
    _ = NumberWords.count(text)
    return 0
}
