// seeds: Fuzz/seeds/money/*
// Money.parseAmount and QuotedDecimal on arbitrary text: they throw or give a value, never crash;
// a quoted decimal prints back as its text.
import Foundation

@testable import CentralAsiaKit

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMoney(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: fuzzBytes(data, count), as: UTF8.self)
    _ = try? Money.parseAmount(text)
    _ = try? Money.parseAmount(text, locale: Locale(identifier: "ru_RU"))
    if let decimal = QuotedDecimal(text) {
        fuzzCheck(decimal.description == text || "+" + decimal.description == text, "\"\(text)\" prints as \(decimal)")
        fuzzCheckRoundTrip(decimal)
        _ = decimal.halfUnit
    }
    _ = CurrencyCode(text).flatMap(Currency.init)
    return 0
}
