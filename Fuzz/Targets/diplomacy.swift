// seeds: Tests/CentralAsiaKitTests/Fixtures/diplomacy/*.txt Tests/CentralAsiaKitTests/Fixtures/pages/reference-structure.txt
// Travel and partnership extraction on arbitrary bytes (also invalid UTF-8): never crashes, and what
// it extracts survives a JSON round trip.
import Foundation

@testable import CentralAsiaKit

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDiplomacy(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: fuzzBytes(data, count), as: UTF8.self)
    let extraction = DiplomacyExtractor.standard.extract(
        from: text, reference: PartialDate(year: 2025, month: 1, day: 21))
    fuzzCheckRoundTrip(extraction)
    return 0
}
