import Testing

@testable import CentralAsiaKit

/// The mention scan's shortcuts: passing over words on their shape alone (numbers, lower-case words and
/// capitalised words that no name starts with and no rule watches) finds exactly the phrases and anchor
/// words that looking up every word finds.
@Suite struct MentionScanTests {
    /// Names, name pieces, anchor words, numbers, marks and stray bytes, glued at random.
    private static let pieces: [[UInt8]] = {
        let text: [String] = [
            "Kazakh", "stan", "Kazakhstan", " ", " ", " ", "-", "’s", ".", "U.S.", "UN", "\n", ",", ";", "Tokayev",
            "Kassym", "Jomart", "Georgia", "Tech", "visit", "Visit", "VISIT", "visits", "trip", "agreement",
            "partner", "strategic", "partnership", "von", "der", "Leyen", "bin", "Salman", "al", "the", "The",
            "5", "29", "2024", "COP", "C", "+", "1", "XI", "Xi", "Jinping", "Astana", "astana", "ASTANA",
            "Middle", "Corridor", "_", "é", "Ü", "ж", "Türkiye", "\u{FEFF}",
        ]
        let long: [String] = [
            String(repeating: "x", count: 70), String(repeating: "X", count: 66), String(repeating: "7", count: 65),
        ]
        let stray: [[UInt8]] = [[0xFF], [0xC3], [0xE2, 0x80], [0x80]]
        return (text + long).map { Array($0.utf8) } + stray
    }()

    /// A scan's phrases as comparable values.
    private static func described(_ matches: [MentionAutomaton.RawMatch]) -> [[Int]] {
        matches.map { [$0.start, $0.end, Int($0.phrase), $0.line, $0.lineStart] }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func findsWhatLookingUpEveryWordFinds(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let automaton = ProseText.standardFinder.automaton
        for _ in 0..<500 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 60) {
                bytes += MentionScanTests.pieces[Int(random.next() % UInt64(MentionScanTests.pieces.count))]
            }
            var anchors: [Int32] = []
            var expectedAnchors: [Int32] = []
            let found = bytes.withUnsafeBufferPointer { automaton.scan($0, anchors: &anchors) }
            let plain = bytes.withUnsafeBufferPointer { automaton.scan($0) }
            let expected = bytes.withUnsafeBufferPointer {
                automaton.scanLookingUpEveryWord($0, anchors: &expectedAnchors)
            }
            let input = String(decoding: bytes, as: UTF8.self).debugDescription
            #expect(MentionScanTests.described(found) == MentionScanTests.described(expected), "seed \(seed): \(input)")
            #expect(MentionScanTests.described(plain) == MentionScanTests.described(expected), "seed \(seed): \(input)")
            #expect(anchors == expectedAnchors, "seed \(seed): \(input)")
        }
    }

    /// An English name and a Russian case form are both found by the standard finder.
    @Test(arguments: [
        ("Tokayev met Mirziyoyev in Tashkent.", ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Tashkent"]),
        ("Токаев встретился с Мирзиёевым в Ташкенте.", ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Tashkent"]),
    ])
    func findsNamesInEnglishAndInARussianCaseForm(text: String, names: [String]) {
        let found = MentionFinder.standard.mentions(in: text).map(\.entity.id)
        #expect(found == names)
    }

    /// Every anchor word is reported in lower case, capitalised and in capitals, between a word no rule
    /// watches and a number, which are passed over.
    @Test func reportsEveryAnchorWordInEveryCase() {
        let automaton = ProseText.standardFinder.automaton
        #expect(ProseText.anchorWords.count > 20)
        for word in ProseText.anchorWords.sorted() {
            for form in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] {
                let bytes = Array("in \(form) 2024".utf8)
                var anchors: [Int32] = []
                _ = bytes.withUnsafeBufferPointer { automaton.scan($0, anchors: &anchors) }
                #expect(anchors == [3], "\(form)")
            }
        }
    }
}
