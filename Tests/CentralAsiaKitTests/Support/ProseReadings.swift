@testable import CentralAsiaKit

/// A text read whole and read by its anchored sentences, from one scan of a finder that watches the anchor
/// words: what the tests that compare the two readings start from.
struct ProseReadings {
    /// Every sentence split.
    let whole: ProseText
    /// Only the sentences that hold a qualifying anchor word split.
    let anchored: ProseText

    /// Reads UTF-8 text both ways.
    ///
    /// - Parameters:
    ///   - bytes: The text.
    ///   - finder: The finder; the standard extractor's by default.
    init(_ bytes: [UInt8], finder: MentionFinder = DiplomacyExtractor.standard.mentionFinder) {
        let reading = bytes.withUnsafeBufferPointer { finder.extractorReading(inUTF8: $0) }
        let entities = finder.automaton.entityTable
        whole = ProseText(bytes: bytes, mentions: reading.spans, entities: entities)
        anchored = ProseText(bytes: bytes, mentions: reading.spans, entities: entities, anchors: reading.anchors)
    }
}
