import Testing

@testable import CentralAsiaKit

/// Byte searches and word packing that read eight bytes at a time give what a byte-by-byte reading gives.
@Suite struct ByteSearchTests {
    /// The offsets of the line breaks of a text of several chunks, found forwards and backwards.
    private static let lines = "Astana\nthe talks went on for a long while\n\nTashkent"

    /// The first line break from an offset, and none past the last.
    @Test(arguments: [(0, 6), (6, 6), (7, 41), (42, 42), (43, nil)] as [(Int, Int?)])
    func findsTheFirstLineBreakFromAnOffset(start: Int, expected: Int?) {
        let bytes = Array(Self.lines.utf8)
        let found = bytes.withUnsafeBufferPointer {
            ByteSearch.firstIndex(of: 0x0A, in: $0, from: start, to: $0.count)
        }
        #expect(found == expected)
    }

    /// A search stops at its end, even in the middle of a chunk.
    @Test func findsNoLineBreakPastTheEndOfItsRange() {
        let bytes = Array(Self.lines.utf8)
        #expect(bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: 0x0A, in: $0, from: 7, to: 41) } == nil)
    }

    /// The last line break before an offset, and none before the first.
    @Test(arguments: [(51, 42), (42, 41), (41, 6), (7, 6), (6, nil), (0, nil)] as [(Int, Int?)])
    func findsTheLastLineBreakBeforeAnOffset(end: Int, expected: Int?) {
        let bytes = Array(Self.lines.utf8)
        let found = bytes.withUnsafeBufferPointer {
            ByteSearch.lastIndex(of: 0x0A, in: $0, before: end, from: 0)
        }
        #expect(found == expected)
    }

    /// A byte of value 1 above a match does not pass for one: the backward search reads the chunk byte by byte.
    @Test func findsTheLastMatchWhenTheByteAboveItIsOne() {
        let bytes: [UInt8] = [0x41, 0x41, 0x0A, 0x0B, 0x41, 0x41, 0x41, 0x41, 0x41]
        #expect(bytes.withUnsafeBufferPointer { ByteSearch.lastIndex(of: 0x0A, in: $0, before: 9, from: 0) } == 2)
    }

    /// A paragraph starts after the last line break before an offset, or at the text's start.
    @Test(arguments: [(3, 0), (10, 7), (45, 43)])
    func findsWhereAParagraphStarts(offset: Int, start: Int) {
        let entities = DiplomacyExtractor.standard.mentionFinder.automaton.entityTable
        let prose = ProseText(bytes: Array(Self.lines.utf8), mentions: [], entities: entities)
        #expect(prose.lineStart(of: offset) == start)
    }

    /// ASCII capitals are folded eight at a time, and no other byte is touched.
    @Test func foldsTheCapitalsOfAChunk() {
        // From the lowest lane: "A", "z", "A", a lead byte, "@", "A", "Z", "[".
        let chunk: UInt64 = 0x5B5A_4140_C341_7A41
        #expect(PackedWord.foldingCapitals(chunk) == 0x5B7A_6140_C361_7A61)
    }

    /// The run of letters and digits at the start of a chunk.
    @Test(arguments: [("ab12Cd9Z", 8), ("Astana, ", 6), ("C5+1 tal", 2), ("-visit12", 0), ("visit_ab", 5)])
    func countsTheLeadingLettersAndDigitsOfAChunk(text: String, count: Int) {
        let chunk = Array(text.utf8).withUnsafeBufferPointer { ByteSearch.chunk($0, at: 0) }
        #expect(PackedWord.leadingLettersAndDigits(chunk) == count)
    }

    /// A word's hash is the same whether its last bytes are read one by one or in one load, and a word read with
    /// its capitals folded hashes as its lower-case form.
    @Test(arguments: ["a", "visit", "Tashkent", "Kazakhstan", "SEVENTEEN", "interparliamentary"])
    func hashesAWordAlikeEveryWay(word: String) {
        let padded = Array(word.utf8) + [UInt8](repeating: 0xFF, count: 8)
        let lower = Array(word.lowercased().utf8)
        padded.withUnsafeBufferPointer { bytes in
            lower.withUnsafeBufferPointer { lowered in
                guard let base = bytes.baseAddress, let lowerBase = lowered.baseAddress else { return }
                let count = word.utf8.count
                let plain = WordScanner.hashAndHead(base, count: count)
                #expect(WordScanner.hashAndHead(base, count: count, paddedTail: true) == plain)
                let folded = WordScanner.hashAndHead(base, count: count, foldingCapitals: true, paddedTail: true)
                #expect(folded == WordScanner.hashAndHead(lowerBase, count: count))
            }
        }
    }

    /// The prose vocabulary finds a word in any ASCII case at every length, the last word of a text included,
    /// and finds no longer or shorter word that shares its first eight bytes.
    @Test(arguments: [
        ("Visit", "visit"), ("AGREEMENT", "agreement"), ("Strategic", "strategic"),
        ("Comprehensive", "comprehensive"), ("Memorandum", "memorandum"),
    ])
    func findsAVocabularyWordInAnyCase(written: String, word: String) {
        let expected = ProseText.id(of: word)
        #expect(expected >= 0)
        for text in [written, "The \(written) was signed in Astana", written + "s"] {
            let bytes = Array(text.utf8)
            let start = text.hasPrefix("The ") ? 4 : 0
            let found = bytes.withUnsafeBufferPointer { buffer in
                ProseText.reading(
                    ofWord: UnsafeBufferPointer(rebasing: buffer[start..<(start + written.utf8.count)]),
                    padded: start + written.utf8.count + MemoryLayout<UInt64>.size <= buffer.count
                ).word
            }
            #expect(found == expected, "\(text)")
        }
        let longer = Array((word + "x").utf8)
        #expect(longer.withUnsafeBufferPointer { ProseText.reading(ofWord: $0).word } != expected)
    }
}
