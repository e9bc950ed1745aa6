import Foundation
import Testing

@testable import CentralAsiaKit

@Suite struct RoleFuzzRegressionTests {
    /// The fuzzer found a surname read inside a name read by title: two mentions overlapped.
    @Test func mentionsNeverOverlap() throws {
        let bytes = Array(try Fixture.data("fuzz/mentions-titled-overlap.bin"))
        let mentions = bytes.withUnsafeBufferPointer { MentionFinder.standard.mentions(inUTF8: $0) }
        let ranges = mentions.map(\.range)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
        #expect(ranges.allSatisfy { $0.upperBound <= bytes.count })
    }

    /// The fuzzer found a one-word level ("alliance") ending its sentence: the sentence was not anchored, so
    /// reading only the anchored sentences missed what reading the whole text found.
    @Test func aOneWordLevelAnchorsItsSentence() throws {
        let bytes = Array(try Fixture.data("fuzz/diplomacy-single-word-level.txt"))
        let extractor = DiplomacyExtractor.standard
        let readings = ProseReadings(bytes)
        let expected = extractor.extract(readings.whole, reference: nil)
        let actual = extractor.extract(readings.anchored, reference: nil)
        #expect(actual.partnerships == expected.partnerships)
        #expect(actual.visits == expected.visits)
        #expect(!expected.partnerships.isEmpty)
    }
}
