import CentralAsiaKit
import Foundation
import Testing

/// Inputs the fuzzers (`Fuzz/run.sh`) found crashing, hanging or breaking an invariant, each pinned
/// to its exact result now.
@Suite struct FuzzRegressionTests {
    /// `numberwords`: a long run of digits overflowed `Int` while being read.
    @Test func longDigitRunsAreNotNumbers() {
        #expect(NumberWords.cardinal("77777777777777777777777777773\u{3}d") == nil)
        #expect(NumberWords.cardinal("77777777777777777777777777773") == nil)
        #expect(NumberWords.cardinal("9999999999999999999") == nil)
        #expect(NumberWords.cardinal("999999999999999") == 999_999_999_999_999)
        #expect(NumberWords.cardinal("999,999,999,999,999") == 999_999_999_999_999)
        #expect(NumberWords.cardinal("1,999,999,999,999,999") == nil)
        #expect(NumberWords.ordinal("99999999999999999999th") == nil)
        #expect(NumberWords.multiplicative("99999999999999999999 times") == nil)
    }

    /// `json`: a short last page with no page size that could hold it searched for one forever.
    @Test func aShortLastPageThatNoSizeHoldsIsInconsistent() throws {
        #expect(Listing(first: 13, last: 27, total: 27) == nil)
        #expect(Listing(first: 4, last: 9, total: 9) == nil)
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Listing.self, from: Data(#"{"first":13,"last":27,"total":27}"#.utf8))
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.debugDescription == "inconsistent listing \"13 - 27 of 27\"")
    }

    /// The same hang, reached from a page.
    @Test func aPageWithAnUnpageableListingLineIsReported() throws {
        let page = try PageParser().parse("Viewing results 4 - 9 of 9\n\nA Headline Here\n\nBody text.\n")
        #expect(page.listing == nil)
        #expect(page.articles.map(\.title) == ["A Headline Here"])
        #expect(
            page.diagnostics.map(\.description) == [
                "1:1: warning: inconsistent listing \"4 - 9 of 9\"; no page size puts result 4 at the start of a page"
            ])
    }

    /// The search for a short last page's size stays short for any offset.
    @Test func derivesShortLastPagesQuicklyForLargeOffsets() {
        // 4 294 967 296 = 2³²: the smallest divisor above 3 is 4.
        #expect(Listing(first: 4_294_967_297, last: 4_294_967_299, total: 4_294_967_299)?.pageSize == 4)
        // 999 999 937 is prime: only a page of that size starts at 999 999 938.
        #expect(Listing(first: 999_999_938, last: 999_999_939, total: 999_999_939)?.pageSize == 999_999_937)
        // Beyond 2³² a short last page needs its size.
        #expect(Listing(first: 1 << 40 + 1, last: 1 << 40 + 3, total: 1 << 40 + 3) == nil)
        #expect(Listing(first: 1 << 40 + 1, last: 1 << 40 + 3, total: 1 << 40 + 3, pageSize: 4)?.page == 1 << 38 + 1)
    }

    /// `json`: a page that did not start at a multiple of its size was accepted without a size and
    /// rejected with the size it had derived, so it failed a JSON round trip.
    @Test func aFullPageMustStartAtAMultipleOfItsSize() throws {
        #expect(Listing(first: 26, last: 27, total: 57) == nil)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Listing.self, from: Data(#"{"first":26,"last":27,"total":57}"#.utf8))
        }
        #expect(Listing(first: 27, last: 28, total: 57)?.page == 14)
    }

    /// Found while reading the listing code for the fuzzer: the page count overflowed for totals
    /// near `Int.max`, which a decoded listing can carry.
    @Test func pageCountDoesNotOverflow() throws {
        let listing = try #require(Listing(first: 1, last: 2, total: Int.max))
        #expect(listing.pageCount == Int.max / 2 + 1)
        let json = try sortedJSON(listing)
        #expect(
            json
                == #"{"first":1,"last":2,"page":1,"pageCount":4611686018427387904,"pageSize":2,"total":9223372036854775807}"#
        )
        #expect(try JSONDecoder().decode(Listing.self, from: Data(json.utf8)) == listing)
    }
}

@Suite struct DiplomacyFuzzRegressionTests {
    /// The fuzzer found a title that runs to the end of its sentence: its clause was empty and the
    /// clause's byte range was reversed, which trapped.
    @Test func anInstrumentWhoseTitleEndsTheSentenceIsRead() throws {
        let text = String(decoding: try Fixture.data("fuzz/diplomacy-empty-clause.txt"), as: UTF8.self)
        let extraction = DiplomacyExtractor.standard.extract(
            from: text, reference: PartialDate(year: 2025, month: 1, day: 21))
        let summary = extraction.partnerships.map { "\($0.kind.rawValue) \($0.status.rawValue) \($0.title ?? "-")" }
        #expect(summary == Self.expected)
    }

    /// The fuzzer found an instrument's noun at the end of a sentence before words that read as its tail
    /// ("of understanding") in the next: the title ran past the sentence, and the clause's range was
    /// reversed, which trapped.
    @Test func anInstrumentWhoseTailWouldCrossTheSentenceIsRead() throws {
        let text = String(decoding: try Fixture.data("fuzz/diplomacy-noun-tail.txt"), as: UTF8.self)
        let extraction = DiplomacyExtractor.standard.extract(
            from: text, reference: PartialDate(year: 2025, month: 1, day: 21))
        let summary = extraction.partnerships.map { "\($0.kind.rawValue) \($0.status.rawValue) \($0.title ?? "-")" }
        #expect(summary.isEmpty)
    }

    static let expected = [
        "agreement signed -", "alliance elevated -", "jointStatement adopted Joint Statement on the Caspian Sea",
        "memorandum proposed memorandum on water management",
    ]
}
