extension ProseText {
    /// The anchor words: for every rule of the extractors, a word without which it reads nothing in a
    /// sentence ("visit", the instrument nouns, the first word of each relationship level, "partner", the
    /// format words, the document nouns, the nouns that count trips).
    ///
    /// Every rule but the travel summaries reads within one sentence, so only the sentences that hold an
    /// anchor word need splitting (``init(bytes:mentions:anchors:)``); a text with a stated total of trips
    /// is split whole.
    static let anchorWords = Set(
        vocabulary.words.indices.filter { !anchorRoles[$0].isEmpty }.map { vocabulary.words[$0] })

    /// The finder of ``Gazetteer/standard`` watching the ``anchorWords``, compiled on first use (once: not
    /// from ``MentionFinder/standard``, which would compile the gazetteer a second time).
    static let standardFinder = MentionFinder(gazetteer: .standard, watching: anchorWords, isStandard: true)

    /// The finder the extractors read a text with: `finder`, compiled again to also report where the
    /// ``anchorWords`` are when it does not; ``standardFinder`` when no finder is given or the standard one is.
    ///
    /// - Parameter finder: The finder a user gave, if any.
    /// - Returns: A finder with the same mentions that watches the anchor words.
    static func finder(readingWith finder: MentionFinder?) -> MentionFinder {
        guard let finder else { return standardFinder }
        if finder.isStandard, finder.watchedWords.isEmpty { return standardFinder }
        return finder.watching(anchorWords)
    }

    /// Splits only the sentences of UTF-8 text that hold an anchor word, and lays the mentions over them.
    ///
    /// - Parameters:
    ///   - bytes: The text.
    ///   - mentions: Its mentions, in text order (all of them: rules may read the whole text's).
    ///   - entities: The entities the mentions point into.
    ///   - anchors: The byte offsets, ascending, of words that may be anchor words; every anchor word
    ///     must be among them (others only cost time).
    init(bytes: [UInt8], mentions: [MentionSpan], entities: MentionAutomaton.EntityTable, anchors: [Int32]) {
        let ranges = bytes.withUnsafeBufferPointer { buffer in
            ProseText.anchoredSentences(anchors, in: buffer, mentions: mentions)
        }
        self.init(bytes: bytes, mentions: mentions, entities: entities, ranges: ranges)
    }

    /// The sentences that hold the given byte offsets, as ascending byte ranges; touching ones are not
    /// merged, and each starts and ends where ``tokenize(_:ranges:)`` starts and ends a sentence.
    static func sentenceWindows(around anchors: [Int32], in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        let limit = windowLimit(of: bytes)
        var floor = 0
        for anchor in anchors {
            let offset = Int(anchor)
            guard offset >= floor, offset < limit else { continue }
            let window = sentenceWindow(at: offset, floor: floor, limit: limit, in: bytes)
            windows.append(window)
            floor = window.upperBound
        }
        return windows
    }

    /// Where the windows of a text end at the latest: its end, or the last offset a token may have.
    static func windowLimit(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        min(bytes.count, Int(Int32.max) - 4)
    }

    /// The sentence that holds a byte offset, not starting before `floor` (the end of the window before) and
    /// not ending after `limit`.
    @inline(__always)
    static func sentenceWindow(
        at offset: Int, floor: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Range<Int> {
        let start = sentenceStart(before: offset, floor: floor, reach: .max, in: bytes) ?? floor
        guard offset < limit else { return start..<offset }
        return start..<(sentenceEnd(after: offset, limit: limit, reach: .max, in: bytes) ?? limit)
    }

    /// Where the sentence of a byte offset starts: the last offset at or before it, and not before `floor`, where
    /// a sentence ends (``isBoundary(_:before:)``), else `floor`; `nil` when `reach` bytes back from the offset
    /// hold none. Runs of bytes with no mark that may end a sentence are passed over eight at a time.
    @inline(__always)
    static func sentenceStart(
        before offset: Int, floor: Int, reach: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        var start = offset
        let stride = MemoryLayout<UInt64>.size
        while start > floor {
            if start - stride >= floor, offset - start + stride <= reach,
                holdsNoSentenceMark(bytes, at: start - stride)
            {
                start -= stride
                continue
            }
            if isBoundary(bytes, before: start) { break }
            if offset - start >= reach { return nil }
            start -= 1
        }
        return start
    }

    /// Where the sentence of a byte offset ends: the first offset after it, and before `limit`, where a
    /// sentence ends (``isBoundary(_:before:)``), else `limit`; `nil` when `reach` bytes on from the offset hold
    /// none. Runs of bytes with no mark that may end a sentence are passed over eight at a time.
    @inline(__always)
    static func sentenceEnd(
        after offset: Int, limit: Int, reach: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        var end = offset + 1
        let stride = MemoryLayout<UInt64>.size
        while end < limit {
            if end + stride <= limit, end + stride - 1 - offset < reach, holdsNoSentenceMark(bytes, at: end - 1) {
                end += stride
                continue
            }
            if isBoundary(bytes, before: end) { break }
            if end - offset >= reach { return nil }
            end += 1
        }
        return end
    }

    /// Whether none of the eight bytes at an offset (all inside the text) is a line break, `.`, `!` or `?`: no
    /// sentence ends right after any of them.
    @inline(__always)
    static func holdsNoSentenceMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let chunk = ByteSearch.chunk(bytes, at: index)
        // The bytes a sentence may end right after: a line break, and the marks of ``endsSentence(_:at:tokenEnd:)``.
        return ByteSearch.lanes(of: 0x0A, in: chunk) | ByteSearch.lanes(of: UInt8(ascii: "."), in: chunk)
            | ByteSearch.lanes(of: UInt8(ascii: "!"), in: chunk) | ByteSearch.lanes(of: UInt8(ascii: "?"), in: chunk)
            == 0
    }

    /// Whether a sentence ends right before a byte offset: after a line break, or after `.`, `!` or `?`
    /// that ends a sentence by the rule of ``tokenize(_:ranges:)`` (abbreviations included).
    @inline(__always)
    static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
        guard offset > 0 else { return true }
        let mark = offset - 1
        let byte = bytes[mark]
        if byte == 0x0A { return true }
        return endsSentence(bytes, at: mark, tokenEnd: offset) && !endsAbbreviation(bytes, before: mark)
    }

    /// Whether the tokeniser keeps the hyphen at an offset inside a word: a word byte stands right before
    /// it (not the end of a non-ASCII mark) and right after it (not the start of one).
    static func joinsHyphen(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 1, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-") else { return false }
        let before = bytes[index - 1]
        guard isLetterOrDigit(before), !endsWithMark(bytes, before: index) else { return false }
        return isLetterOrDigit(bytes[index + 1]) && markLength(bytes, at: index + 1) == nil
    }

    /// Whether the word that ends right before a mark is one of ``abbreviations``, as the tokeniser splits it.
    static func endsAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, before mark: Int) -> Bool {
        var start = mark
        while start > 0, (bytes[start - 1] | 0x20) &- 0x61 < 26, mark - start < 4 { start -= 1 }
        // The letters must be the whole word before the mark, as the tokeniser splits it.
        guard start < mark, mark - start <= 3, case .word = tokenExtent(start..<mark, in: bytes) else { return false }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<mark])
        guard let index = vocabulary.index(of: word) else { return false }
        return abbreviationWords.contains(Int32(index))
    }
}
