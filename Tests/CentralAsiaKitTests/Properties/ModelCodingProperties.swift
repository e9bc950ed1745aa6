import CentralAsiaKit
import Foundation
import Testing

/// For every model: `decode(encode(x)) == x` on generated values, and `==` agrees with `hashValue`.
///
/// Each case draws from its own seed, printed in every failure message; rerun one with
/// `CENTRALASIAKIT_SEED=<seed> swift test --filter ModelCodingProperties`.
@Suite struct ModelCodingProperties {
    /// Values per model and case seed.
    static let valuesPerCase = 40

    /// Generates values, round-trips each through JSON and checks hashing against equality.
    func check<Value: Codable & Hashable>(
        _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
        _ generate: (inout SplitMix64) -> Value
    ) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for seed in SplitMix64.caseSeeds(5) {
            var random = SplitMix64(seed: seed)
            let values = (0..<Self.valuesPerCase).map { _ in generate(&random) }
            for value in values {
                let data = try encoder.encode(value)
                let json = String(decoding: data, as: UTF8.self)
                let copy = try JSONDecoder().decode(Value.self, from: data)
                #expect(
                    copy == value, "\(name) changed in a JSON round trip (seed \(seed)): \(json)",
                    sourceLocation: sourceLocation)
                #expect(
                    copy.hashValue == value.hashValue, "\(name) copy hashes differently (seed \(seed)): \(json)",
                    sourceLocation: sourceLocation)
                #expect(
                    try encoder.encode(copy) == data, "\(name) re-encodes differently (seed \(seed)): \(json)",
                    sourceLocation: sourceLocation)
            }
            for (left, right) in zip(values, values.dropFirst()) where left == right {
                #expect(
                    left.hashValue == right.hashValue, "equal \(name) values hash differently (seed \(seed))",
                    sourceLocation: sourceLocation)
            }
        }
    }

    @Test func partialDateRoundTrips() throws { try check("PartialDate") { $0.partialDate() } }
    @Test func dateSpanRoundTrips() throws { try check("DateSpan") { $0.dateSpan() } }
    @Test func dateOrSpanRoundTrips() throws { try check("DateOrSpan") { $0.dateOrSpan() } }
    @Test func datePhraseRoundTrips() throws { try check("DatePhrase") { $0.datePhrase() } }
    @Test func quotedDecimalRoundTrips() throws { try check("QuotedDecimal") { $0.quotedDecimal() } }
    @Test func currencyCodeRoundTrips() throws { try check("CurrencyCode") { $0.currencyCode() } }
    @Test func exchangeRateRoundTrips() throws { try check("ExchangeRate") { $0.exchangeRate() } }
    @Test func diagnosticRoundTrips() throws { try check("Diagnostic") { $0.diagnostic() } }
    @Test func sourceLocationRoundTrips() throws { try check("SourceLocation") { $0.sourceLocation() } }
    @Test func datelineRoundTrips() throws { try check("Dateline") { $0.dateline() } }
    @Test func listingRoundTrips() throws { try check("Listing") { $0.listing() } }
    @Test func newsArticleRoundTrips() throws { try check("NewsArticle") { $0.newsArticle() } }
    @Test func newsPageRoundTrips() throws { try check("NewsPage") { $0.newsPage() } }
    @Test func diplomaticEventRoundTrips() throws { try check("DiplomaticEvent") { $0.diplomaticEvent() } }
    @Test func visitRoundTrips() throws { try check("Visit") { $0.visit() } }
    @Test func travelRecordRoundTrips() throws { try check("TravelRecord") { $0.travelRecord() } }
    @Test func signatoryRoundTrips() throws { try check("Signatory") { $0.signatory() } }
    @Test func partnershipRoundTrips() throws { try check("Partnership") { $0.partnership() } }
    @Test func diplomacyExtractionRoundTrips() throws {
        try check("DiplomacyExtraction") { $0.diplomacyExtraction() }
    }

    /// Equality chosen on purpose must still agree with hashing: a diagnostic ignores its byte
    /// offset, a quoted decimal compares its text (`1.50` is not `1.5`).
    @Test func equalityThatIgnoresFieldsAgreesWithHashing() throws {
        for seed in SplitMix64.caseSeeds(5) {
            var random = SplitMix64(seed: seed)
            for _ in 0..<Self.valuesPerCase {
                var diagnostic = random.diagnostic()
                let original = diagnostic
                diagnostic.location?.offset += Int.random(in: 1...1000, using: &random)
                #expect(diagnostic == original, "seed \(seed)")
                #expect(diagnostic.hashValue == original.hashValue, "seed \(seed): \(original)")
                let decimal = random.quotedDecimal()
                let padded = try #require(
                    QuotedDecimal(decimal.text.contains(".") ? decimal.text + "0" : decimal.text + ".0"))
                #expect(padded.value == decimal.value, "seed \(seed): \(decimal)")
                #expect(padded != decimal, "seed \(seed): \(decimal)")
            }
        }
    }
}
