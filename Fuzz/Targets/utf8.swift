// seeds: Tests/CentralAsiaKitTests/Fixtures/pages/*.txt
// UTF8Repair: the output is valid UTF-8, valid input comes back unchanged, and isValid agrees
// with the standard library's validation.
import Foundation

@testable import CentralAsiaKit

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzUTF8(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = fuzzBytes(data, count)
    let valid = String(validating: bytes, as: UTF8.self) != nil
    fuzzCheck(UTF8Repair.isValid(bytes, 0..<bytes.count) == valid, "isValid disagrees with String(validating:)")
    let repaired = UTF8Repair.repair(bytes)
    fuzzCheck(String(validating: repaired.bytes, as: UTF8.self) != nil, "repaired bytes are not valid UTF-8")
    fuzzCheck(valid == (repaired.bytes == bytes), "valid input changed, or invalid input was kept")
    fuzzCheck(valid == repaired.diagnostics.isEmpty, "diagnostics do not match the input's validity")
    fuzzCheck(repaired.diagnostics.count <= UTF8Repair.diagnosticLimit + 1, "too many diagnostics")
    if bytes.count > 2 {
        let part = 1..<bytes.count - 1
        let partValid = String(validating: bytes[part], as: UTF8.self) != nil
        fuzzCheck(UTF8Repair.isValid(bytes, part) == partValid, "isValid of a part disagrees")
    }
    return 0
}
