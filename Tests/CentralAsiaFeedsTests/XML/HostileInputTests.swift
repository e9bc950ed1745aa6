import CentralAsiaFeeds
import CentralAsiaKit
import Foundation
import Testing

/// Hostile inputs through the public entry points: each ends in a clear error or a lenient result.
@Suite struct HostileInputTests {
    /// A bound that only a blow-up (quadratic time) exceeds: these inputs stop in well under a second in a
    /// release build, and a busy two-core machine running a debug build must not make them fail.
    static let quadraticBound: TimeInterval = 10

    private func kind(_ body: () throws -> Void) -> ParseError.Kind? { caughtParseError(body)?.kind }

    private static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <rss><channel><item><title>&b;</title></item></channel></rss>
        """

    @Test func refusesEntityBombInNewsAndRateFeeds() {
        let data = Data(HostileInputTests.billionLaughs.utf8)
        #expect(kind { _ = try NewsFeed.parse(data) } == .refusedMarkup)
        #expect(kind { _ = try RateFeed.parse(data) } == .refusedMarkup)
        #expect(RateFeed.detect(data) == nil)
    }

    @Test func refusesExternalEntityInRateFile() {
        let text = """
            <?xml version="1.0" encoding="windows-1251"?>
            <!DOCTYPE ValCurs [<!ENTITY rate SYSTEM "http://example.invalid/rate">]>
            <ValCurs Date="01.01.2025"><Valute ID="R1"><CharCode>USD</CharCode><Nominal>1</Nominal><Value>&rate;</Value></Valute></ValCurs>
            """
        #expect(kind { _ = try RateFeed.parse(Data(text.utf8)) } == .refusedMarkup)
    }

    @Test func stopsDeeplyNestedJSON() {
        let data = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        let start = Date()
        #expect(kind { _ = try NewsFeed.parse(data) } == .wrongFormat)
        #expect(kind { _ = try RateFeed.parse(data) } == .wrongFormat)
        #expect(Date().timeIntervalSince(start) < Self.quadraticBound)
    }

    @Test func refusesHundredMegabytesOfNestingInEveryEntryPoint() {
        let data = Data(String(repeating: "<a>", count: 34_952_534).utf8)
        #expect(kind { _ = try NewsFeed.parse(data) } == .limitExceeded)
        #expect(kind { _ = try RateFeed.parse(data) } == .limitExceeded)
    }

    @Test func readsFeedCutInsideAnItemAsError() {
        let text = "<rss><channel><item><title>One</title></item><item><title>Tw"
        #expect(kind { _ = try NewsFeed.parse(Data(text.utf8)) } == .wrongFormat)
    }

    @Test func survivesRandomByteNoise() {
        // Seeded, so a failure can be replayed.
        var random = SplitMix64(seed: 0x5EED_F00D)
        let alphabet = Array("<>/&;\"'=![]{}:,abcRSitemtitle \n#x0123".utf8) + [0xC3, 0xD0, 0xFF]
        for round in 0..<200 {
            var bytes = Array("<rss><channel><item><title>".utf8)
            for _ in 0..<(Int(random.next() % 200)) {
                bytes.append(alphabet[Int(random.next() % UInt64(alphabet.count))])
            }
            let data = Data(bytes)
            // Any outcome is fine except a crash; a thrown error must be a ParseError.
            do { _ = try NewsFeed.parse(data) } catch { #expect(error is ParseError, "seed round \(round)") }
            do { _ = try RateFeed.parse(data) } catch { #expect(error is ParseError, "seed round \(round)") }
        }
    }
}

extension HostileInputTests {
    @Test func stopsMillionsOfFlatElementsQuickly() {
        let data = Data(("<r>" + String(repeating: "<a/>", count: 3_000_000) + "</r>").utf8)
        let start = Date()
        #expect(
            caughtParseError { _ = try NewsFeed.parse(data) }?.message
                == "the document has more than the limit of 250000 elements")
        #expect(Date().timeIntervalSince(start) < Self.quadraticBound)
    }
}
