/// The scan of a ``MentionAutomaton``: the words of a text are looked up in the vocabulary, and the trie is
/// walked over each run of known words.
extension MentionAutomaton {
    /// The word id of a normal form, or -1.
    @inline(__always)
    private func wordID(normal: UnsafeMutablePointer<UInt8>, length: Int) -> Int32 {
        guard length > 0, vocabShapes[Int(normal[0])] & (1 << UInt64(min(length, 63))) != 0 else { return -1 }
        let (hash, head) = WordScanner.hashAndHead(UnsafePointer(normal), count: length, paddedTail: true)
        let bit = MentionAutomaton.filterBit(hash, first: normal[0])
        guard vocabFilter.contains(bit) else { return -1 }
        let tag = MentionAutomaton.slotTag(hash, length: length)
        var slot = Int(truncatingIfNeeded: hash) & vocabMask
        while true {
            let stored = vocabSlots[slot &* MentionAutomaton.slotElements &+ 1]
            if stored == 0 { return -1 }
            if stored & MentionAutomaton.slotTagMask == tag, vocabSlots[slot &* MentionAutomaton.slotElements] == head {
                let index = Int(truncatingIfNeeded: stored & ~MentionAutomaton.slotTagMask) - 1
                // The head and the length agree; a longer form's rest is compared with the stored bytes.
                if length <= PackedWord.capacity
                    || MentionAutomaton.equal(
                        normal + PackedWord.capacity, vocabBytes,
                        at: Int(vocabOffsets[index]) + PackedWord.capacity, length: length - PackedWord.capacity)
                {
                    return Int32(index)
                }
            }
            slot = (slot + 1) & vocabMask
        }
    }

    /// Whether `length` bytes of a normal form equal the stored ones at an offset, compared eight at a time
    /// (both may be read up to eight bytes past `length`).
    @inline(__always)
    private static func equal(
        _ normal: UnsafeMutablePointer<UInt8>, _ stored: [UInt8], at offset: Int, length: Int
    ) -> Bool {
        stored.withUnsafeBytes { raw in
            var position = 0
            while position < length {
                let left = UnsafeRawPointer(normal).loadUnaligned(fromByteOffset: position, as: UInt64.self)
                let right = raw.loadUnaligned(fromByteOffset: offset + position, as: UInt64.self)
                let remaining = length - position
                let mask: UInt64 = remaining >= 8 ? .max : (1 << UInt64(remaining * 8)) &- 1
                if (UInt64(littleEndian: left) ^ UInt64(littleEndian: right)) & mask != 0 { return false }
                position += 8
            }
            return true
        }
    }

    /// The child of a node along an edge key, or -1.
    @inline(__always)
    private func child(_ node: Int32, _ edge: UInt64) -> Int32 {
        if node == 0 { return rootChildren[Int(edge)] }
        let key = UInt64(node) << 32 | edge
        var slot = MentionAutomaton.mix(key) & edgeMask
        while true {
            let stored = edgeKeys[slot]
            if stored == 0 { return -1 }
            if stored == key &+ 1 { return edgeTargets[slot] }
            slot = (slot + 1) & edgeMask
        }
    }

    /// A known word of a run.
    private struct RunWord {
        /// Byte offset of its first byte.
        var start: Int
        /// Byte offset after its last byte.
        var end: Int
        /// Its word id times three: the edge key of its all-capitals class, the other classes follow.
        var edgeBase: UInt64
        /// Its ``WordScanner`` flags.
        var flags: UInt8
        /// The 1-based line it is on.
        var line: Int
        /// Byte offset of the start of that line.
        var lineStart: Int
    }

    /// The case classes a word satisfies, as a bit set: 0 all capitals, 1 capitalised, 2 any.
    ///
    /// An all-capital word of three letters or fewer ("XI", "OSH") is an acronym or a numeral, not a
    /// capitalised name in a headline, so it satisfies only the all-capitals class (and "any").
    @inline(__always)
    private static func classes(_ flags: UInt8) -> UInt8 {
        let allUpper = flags & WordScanner.allUpper != 0
        let capitalised = flags & WordScanner.firstUpper != 0 && !(allUpper && flags & WordScanner.isShort != 0)
        return (allUpper ? 1 : 0) | (capitalised ? 2 : 0) | 4
    }

    /// Follows one word from a node, trying the strictest case class the word satisfies first.
    @inline(__always)
    private func step(_ node: Int32, _ word: RunWord) -> Int32 {
        let classes = MentionAutomaton.classes(word.flags)
        if classes & 1 != 0 {
            let next = child(node, word.edgeBase)
            if next >= 0 { return next }
        }
        if classes & 2 != 0 {
            let next = child(node, word.edgeBase + 1)
            if next >= 0 { return next }
        }
        return child(node, word.edgeBase + 2)
    }

    /// Leftmost-longest matching over one run of known words.
    private func match(_ run: [RunWord], into matches: inout [RawMatch]) {
        var first = 0
        while first < run.count {
            var node: Int32 = 0
            var best = -1
            var bestPhrase: Int32 = -1
            var position = first
            while position < run.count {
                node = step(node, run[position])
                if node < 0 { break }
                let phrase = nodePhrase[Int(node)]
                if phrase >= 0 {
                    best = position
                    bestPhrase = phrase
                }
                position += 1
            }
            if best >= 0 {
                let word = run[first]
                matches.append(
                    RawMatch(
                        start: word.start, end: run[best].end, phrase: bestPhrase, line: word.line,
                        lineStart: word.lineStart))
                first = best + 1
            } else {
                first += 1
            }
        }
    }

    /// One pass over the text: every leftmost-longest phrase, in order.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [RawMatch] {
        var unused: [Int32] = []
        return scan(
            bytes, lowerCaseShapes: nameStartShapes, capitalShapes: capitalStartShapes, filter: nameStartFilter.bits,
            anchors: &unused)
    }

    /// One pass over the text: every leftmost-longest phrase, in order; also appends to `anchors` the
    /// byte offset of every occurrence of a watched word (in any case) that starts below 2³¹.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, anchors: inout [Int32]) -> [RawMatch] {
        scan(
            bytes, lowerCaseShapes: watchingShapes, capitalShapes: capitalWatchingShapes, filter: watchingFilter.bits,
            anchors: &anchors)
    }

    /// ``scan(_:anchors:)`` with no word passed over on its shape: every word is looked up. The reference
    /// the shape filters are tested against; it finds the same phrases and anchors, more slowly.
    func scanLookingUpEveryWord(_ bytes: UnsafeBufferPointer<UInt8>, anchors: inout [Int32]) -> [RawMatch] {
        let every = [UInt64](repeating: .max, count: 256)
        return scan(bytes, lowerCaseShapes: every, capitalShapes: every, filter: [], anchors: &anchors)
    }

    /// One pass over the text, passing over the words outside a run whose shapes miss `lowerCaseShapes`
    /// (numbers and words in lower case) or `capitalShapes` (words starting with a capital), or whose short
    /// form misses `filter` (the bits of a ``ShortWordFilter``; empty for none); the watched words it looks up
    /// go to `anchors`.
    private func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, lowerCaseShapes: [UInt64], capitalShapes: [UInt64], filter: [UInt64],
        anchors: inout [Int32]
    ) -> [RawMatch] {
        // Eight bytes of room past the longest normal form, for ``equal(_:_:at:length:)``.
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: WordScanner.bufferSize)
        buffer.initialize(repeating: 0, count: WordScanner.bufferSize)
        defer { buffer.deallocate() }
        var scanner = WordScanner(bytes: bytes, buffer: buffer)
        var matches: [RawMatch] = []
        // Room for a mention every 64 bytes, more than news prose holds, so that the list seldom grows.
        matches.reserveCapacity(bytes.count / 64 + 4)
        var run: [RunWord] = []
        run.reserveCapacity(16)
        return lowerCaseShapes.withUnsafeBufferPointer { shapes in
            capitalShapes.withUnsafeBufferPointer { capitals in
                filter.withUnsafeBufferPointer { filter in
                    while let word = run.isEmpty
                        ? scanner.next(skippingLowerCase: shapes, capitals: capitals, filter: filter) : scanner.next()
                    {
                        if word.hardGapBefore { flush(&run, into: &matches) }
                        let id = runWordID(
                            of: word, normal: buffer, outsideRun: run.isEmpty, lowerCaseShapes: shapes,
                            anchors: &anchors)
                        guard id >= 0 else {
                            flush(&run, into: &matches)
                            continue
                        }
                        run.append(
                            RunWord(
                                start: word.start, end: word.end,
                                edgeBase: UInt64(id) * UInt64(MentionAutomaton.caseClasses), flags: word.flags,
                                line: word.line,
                                lineStart: word.lineStart))
                    }
                    flush(&run, into: &matches)
                    return matches
                }
            }
        }
    }

    /// Matches a run of known words, if any, and empties it.
    @inline(__always)
    private func flush(_ run: inout [RunWord], into matches: inout [RawMatch]) {
        guard !run.isEmpty else { return }
        match(run, into: &matches)
        run.removeAll(keepingCapacity: true)
    }

    /// The word id of a word the scanner returned, as a word of a run, or -1 when it is none: an unknown
    /// word, a watched word that is in no name (its offset goes to `anchors`, as every watched word's), or,
    /// outside a run, a word that starts no name in its case class.
    @inline(__always)
    private func runWordID(
        of word: WordScanner.Word, normal buffer: UnsafeMutablePointer<UInt8>, outsideRun: Bool,
        lowerCaseShapes: UnsafeBufferPointer<UInt64>, anchors: inout [Int32]
    ) -> Int32 {
        if outsideRun, buffer[0] >= MentionAutomaton.multiByteLead,
            MentionAutomaton.classes(word.flags) == 4, word.normalLength != Int.max,
            lowerCaseShapes[Int(buffer[1])] & (1 << UInt64(min(word.normalLength, 63))) == 0
        {
            // A word in no capitals that starts with a letter of another script (Cyrillic), outside a run, that
            // starts no name of the "any case" class and is not watched. (An ASCII word of that kind never gets
            // here: the scanner passed over it on the same shapes.)
            return -1
        }
        var id = word.normalLength == Int.max ? -1 : wordID(normal: buffer, length: word.normalLength)
        if id >= 0, vocabWatched[Int(id)] {
            if word.start < Int(Int32.max) { anchors.append(Int32(word.start)) }
            if id >= nameWordCount { id = -1 }
        }
        // A word that starts no name, outside a run, is no more than an unknown word.
        if id >= 0, outsideRun, vocabStarts[Int(id)] & MentionAutomaton.classes(word.flags) == 0 { return -1 }
        return id
    }
}
