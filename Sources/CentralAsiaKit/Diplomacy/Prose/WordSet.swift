/// A set of the extractors' words, tested by a token's vocabulary index: one load and a mask, where a
/// `Set<String>` would hash the word.
///
/// Built from a phrase table's words; every one of them is in ``ProseText/vocabulary`` (the vocabulary
/// is made from the same tables), so a token matches exactly when its word is in the table.
struct WordSet: Sendable {
    private var bits: BitSet

    /// The set of some words (lower case, or punctuation marks).
    init<Words: Sequence<String>>(_ words: Words) {
        bits = BitSet(capacity: ProseText.vocabulary.words.count)
        for word in words {
            let id = ProseText.id(of: word)
            // A table word missing from the vocabulary would never match; the tests' debug builds stop here.
            assert(id >= 0, "\"\(word)\" is in a table but not in ProseText.vocabulary")
            if id >= 0 { bits.insert(Int(id)) }
        }
    }

    /// Whether the word of a vocabulary index is in the set (-1, no word, is not).
    @inline(__always)
    func contains(_ word: Int32) -> Bool {
        word >= 0 && bits.contains(Int(word))
    }
}

/// The shapes of some words (their first byte, an ASCII capital lower-cased, and their length in bytes; 63
/// for every longer length): a word whose shape is none of theirs is none of the words, and is passed over
/// before it is hashed.
struct WordShapes: Sendable {
    /// Per first byte, bit `n` set when a word of `n` bytes starts with it.
    private var masks = [UInt64](repeating: 0, count: 256)

    /// No shapes.
    init() {}

    /// The shapes of some words (lower case).
    init<Words: Sequence<String>>(_ words: Words) {
        for word in words { insert(word.utf8) }
    }

    /// Adds the shape of a word (lower case).
    mutating func insert<Bytes: Collection<UInt8>>(_ word: Bytes) {
        guard let first = word.first else { return }
        masks[Int(LetterFold.ascii(first))] |= WordShapes.lengthBit(word.count)
    }

    /// Whether a run of ASCII letters may be one of the words, in any case.
    @inline(__always)
    func mayHold(_ run: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        mayHold(UnsafeBufferPointer(rebasing: bytes[run]))
    }

    /// Whether a word may be one of the words, in any ASCII case.
    @inline(__always)
    func mayHold(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first else { return false }
        return masks[Int(LetterFold.ascii(first))] & WordShapes.lengthBit(word.count) != 0
    }

    /// The bit of a length: the length itself, up to 63.
    @inline(__always)
    private static func lengthBit(_ length: Int) -> UInt64 {
        1 << UInt64(min(length, UInt64.bitWidth - 1))
    }
}

/// A phrase of the extractors' tables as vocabulary indices, matched against tokens without strings.
struct WordPhrase: Sendable {
    /// The words' indices; -2 (matching no token) for a word the vocabulary lacks.
    let words: [Int32]

    /// The phrase of some words (lower case, or punctuation marks).
    init(_ words: [String]) {
        self.words = words.map { ProseText.id(of: $0) }
    }

    /// The number of words.
    var count: Int { words.count }
}

extension ProseText {
    /// The vocabulary index of a word or punctuation mark, or -2 when the vocabulary lacks it (no
    /// token carries -2, so it matches nothing).
    static func id(of word: String) -> Int32 {
        vocabulary.index(of: Array(word.utf8)[...]).map { Int32($0) } ?? -2
    }

    /// The vocabulary index of the token at a position, or -1 (another word, or past the ends).
    @inline(__always)
    func id(_ position: Int) -> Int32 {
        position >= 0 && position < tokens.count ? tokens[position].word : -1
    }

    /// Whether the token at a position is a word of a set.
    @inline(__always)
    func word(_ position: Int, in set: WordSet) -> Bool {
        set.contains(id(position))
    }

    /// Whether the tokens from a position spell a phrase, all in one sentence.
    func matches(_ phrase: WordPhrase, at position: Int) -> Bool {
        guard position >= 0, phrase.count > 0, position + phrase.count <= tokens.count,
            tokens[position].sentence == tokens[position + phrase.count - 1].sentence
        else { return false }
        for (offset, word) in phrase.words.enumerated() where tokens[position + offset].word != word { return false }
        return true
    }
}
