// seeds: Fuzz/seeds/json/*.json Tests/CentralAsiaKitTests/Fixtures/**/*.json
// JSON decoding of every model: decoding arbitrary bytes never crashes, and whatever decodes
// survives an encode-decode round trip unchanged.
import Foundation

@testable import CentralAsiaKit

/// Decodes the input as one model and, when that works, round-trips it.
func fuzzDecode<Value: Codable & Equatable>(_ type: Value.Type, _ data: Data) {
    guard let value = try? JSONDecoder().decode(Value.self, from: data) else { return }
    fuzzCheckRoundTrip(value)
}

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let json = Data(fuzzBytes(data, count))
    fuzzDecode(NewsPage.self, json)
    fuzzDecode(NewsArticle.self, json)
    fuzzDecode(Listing.self, json)
    fuzzDecode(Dateline.self, json)
    fuzzDecode(ExchangeRate.self, json)
    fuzzDecode(QuotedDecimal.self, json)
    fuzzDecode(CurrencyCode.self, json)
    fuzzDecode(PartialDate.self, json)
    fuzzDecode(DateSpan.self, json)
    fuzzDecode(DateOrSpan.self, json)
    fuzzDecode(DatePhrase.self, json)
    fuzzDecode(Diagnostic.self, json)
    fuzzDecode([Diagnostic].self, json)
    fuzzDecode(Ticker.self, json)
    fuzzDecode(Money.self, json)
    fuzzDecode(Currency.self, json)
    fuzzDecode(RateChange.self, json)
    fuzzDecode(Conversion.self, json)
    fuzzDecode(RateBook.self, json)
    fuzzDecode(Mention.self, json)
    fuzzDecode(ArticleMentions.self, json)
    fuzzDecode(EntityID.self, json)
    fuzzDecode(Country.self, json)
    fuzzDecode(City.self, json)
    fuzzDecode(Membership.self, json)
    fuzzDecode(Partnership.self, json)
    fuzzDecode(Signatory.self, json)
    fuzzDecode(Visit.self, json)
    fuzzDecode(TravelRecord.self, json)
    fuzzDecode(DiplomaticEvent.self, json)
    fuzzDecode(DiplomacyExtraction.self, json)
    return 0
}
