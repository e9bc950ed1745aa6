import Testing

@testable import CentralAsiaKit

/// The shapes of a word list (first letter in lower case, length) that let the anchor pass skip the
/// look-up of a word that cannot be in the list.
@Suite struct WordShapesTests {
    /// Runs of the bytes of a text, found as the anchor pass finds them: letters only.
    private func mayHold(_ shapes: WordShapes, _ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { shapes.mayHold(0..<bytes.count, in: $0) }
    }

    @Test(
        arguments: [
            ("signed", true), ("Signed", true), ("SIGNED", true), ("signet", true), ("agreed", true), ("in", true),
            ("IN", true), ("sign", false), ("signing", false), ("xyz", false), ("ink", false), ("a", false),
            ("", false),
        ])
    func holdsTheShapesOfItsWords(_ run: String, _ held: Bool) {
        #expect(mayHold(WordShapes(["signed", "agreed", "in"]), run) == held)
    }

    @Test func countsEveryLengthPastSixtyThreeAsOne() {
        let shapes = WordShapes([String(repeating: "a", count: 70)])
        #expect(mayHold(shapes, String(repeating: "a", count: 64)))
        #expect(mayHold(shapes, String(repeating: "A", count: 100)))
        #expect(!mayHold(shapes, String(repeating: "a", count: 62)))
    }

    /// Every status word and every word of a frame cue's tail has its shape: no run the look-up would
    /// find is skipped.
    @Test func holdsEveryWordOfTheTablesItFilters() {
        let status = ProseText.statusWordList.filter { !mayHold(ProseText.statusWordShapes, $0) }
        let tails = VisitFramePhrases.english.cues.flatMap { $0.words.dropFirst() }
            .filter { !mayHold(ProseText.frameCueTailShapes, $0) }
        #expect(status.isEmpty)
        #expect(tails.isEmpty)
        #expect(!ProseText.statusWordList.isEmpty)
    }
}
