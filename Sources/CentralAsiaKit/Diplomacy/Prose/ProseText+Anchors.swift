extension ProseText {
    /// The rules an anchor word may start, each with what must stand right beside the word for that rule to
    /// read anything: checked on the bytes and the mentions before any sentence is split.
    struct AnchorRoles: OptionSet, Sendable {
        let rawValue: UInt8

        /// An instrument noun ("agreement"): always read.
        static let instrument = AnchorRoles(rawValue: 1)
        /// A single visit ("visit"): needs a person named before it in its sentence.
        static let visit = AnchorRoles(rawValue: 2)
        /// A stated total of trips ("eight foreign trips"): needs a number, or a trip adjective, right before.
        static let tripCount = AnchorRoles(rawValue: 4)
        /// A count of documents ("41 documents"): needs a number right before.
        static let documentCount = AnchorRoles(rawValue: 8)
        /// A format ("the C5+1 format"): needs an organisation right before, with only marks between.
        static let format = AnchorRoles(rawValue: 16)
        /// A partner ("our largest trade partner"): needs qualifiers right before, and a possessive before
        /// them.
        static let partner = AnchorRoles(rawValue: 32)
        /// A relationship level ("strategic partnership"): needs the level's next word right after.
        static let level = AnchorRoles(rawValue: 64)
        /// A visit frame's cue ("met", "arrived"): always read.
        static let frame = AnchorRoles(rawValue: 128)
    }

    /// The roles of each word of ``vocabulary``, from the extractors' tables (empty for other words);
    /// the words with a role are ``anchorWords``.
    static let anchorRoles: [AnchorRoles] = {
        var roles = [AnchorRoles](repeating: [], count: vocabulary.words.count)
        func add<Words: Sequence<String>>(_ words: Words, _ role: AnchorRoles) {
            for word in words {
                let id = ProseText.id(of: word)
                if id >= 0 { roles[Int(id)].insert(role) }
            }
        }
        add(PartnershipExtractor.instruments.keys, .instrument)
        add(TravelExtractor.visitWords, .visit)
        add(TravelExtractor.tripNouns, .tripCount)
        add(PartnershipExtractor.documentNouns, .documentCount)
        add(PartnershipExtractor.formatWords, .format)
        add(PartnershipExtractor.partnerNouns, .partner)
        add(PartnershipExtractor.levels.map { $0.words[0] }, .level)
        // English only: a text in another language is read whole (``DiplomacyExtractor``), not by anchors.
        add(VisitFramePhrases.english.cueStarts, .frame)
        return roles
    }()

    /// The words that may follow the first word of a level ("strategic" → "partnership").
    static let levelSecondWords = WordSet(PartnershipExtractor.levels.compactMap { $0.words.dropFirst().first })
    /// ``TravelExtractor/tripAdjectives``, compiled.
    static let tripAdjectiveWords = WordSet(TravelExtractor.tripAdjectives)

    /// The token next to a position, as far as the bytes tell without splitting the text.
    enum Neighbor {
        /// A word of ASCII letters, digits, `_` and inner hyphens, with only spaces between.
        case word(Range<Int>)
        /// No word right there: a mark, a line break, or the end of the text.
        case none
        /// Something the bytes alone do not settle (a non-ASCII letter).
        case unknown
    }

    /// Whether a byte separates tokens on one line (space, tab, carriage return); NBSP is two bytes.
    @inline(__always)
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        return byte == 0x20 || byte == 0x09 || byte == 0x0D
    }

    /// Whether a byte is an ASCII letter, digit or `_`.
    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        byte < 0x80 && isLetterOrDigit(byte)
    }

    /// The token that ends right before a word starting at `offset`, when it is a word on the same line.
    static func neighbor(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Neighbor {
        var end = offset
        while end > 0 {
            if isBlank(bytes, at: end - 1) {
                end -= 1
            } else if end >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
                end -= 2
            } else {
                break
            }
        }
        // Nothing blank before the word: a mark, since a word there would be part of it.
        guard end > 0, end < offset else { return .none }
        var start = end
        while start > 0 {
            let byte = bytes[start - 1]
            if isASCIIWordByte(byte) {
                start -= 1
            } else if start < end, joinsHyphen(bytes, at: start - 1) {
                start -= 1
            } else {
                break
            }
        }
        if start == end {
            return bytes[end - 1] < 0x80 || end >= 3 && isTypographic(bytes, at: end - 3) ? .none : .unknown
        }
        return tokenExtent(start..<end, in: bytes)
    }

    /// The token that starts right after a word ending at `offset`, when it is a word on the same line.
    static func neighbor(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Neighbor {
        var start = offset
        while start < bytes.count {
            if isBlank(bytes, at: start) {
                start += 1
            } else if start + 1 < bytes.count, bytes[start] == 0xC2, bytes[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        guard start < bytes.count, start > offset else { return .none }
        var end = start
        while end < bytes.count {
            let byte = bytes[end]
            if isASCIIWordByte(byte) {
                end += 1
            } else if end > start, joinsHyphen(bytes, at: end) {
                end += 1
            } else {
                break
            }
        }
        if end == start { return bytes[start] < 0x80 || isTypographic(bytes, at: start) ? .none : .unknown }
        return tokenExtent(start..<end, in: bytes)
    }

    /// The vocabulary index of the word in a byte range, or -1.
    @inline(__always)
    private static func id(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        vocabulary.index(of: UnsafeBufferPointer(rebasing: bytes[range])).map { Int32($0) } ?? -1
    }

    /// The offsets of the anchors whose sentence some rule may read something in: each anchor word whose
    /// neighbours fit one of its roles (``AnchorRoles``). Words that the tokeniser would not read as an
    /// anchor word ("state-visit", "visitors") are dropped.
    ///
    /// - Parameters:
    ///   - anchors: Byte offsets, ascending, where anchor words may start.
    ///   - bytes: The text.
    ///   - mentions: Its mentions, in text order.
    static func qualifyingAnchors(
        _ anchors: [Int32], in bytes: UnsafeBufferPointer<UInt8>, mentions: [MentionSpan]
    ) -> [Int32] {
        var result: [Int32] = []
        var mentionIndex = 0
        for anchor in anchors {
            let offset = Int(anchor)
            guard offset < bytes.count else { continue }
            var end = offset
            while end < bytes.count, isASCIIWordByte(bytes[end]) { end += 1 }
            switch tokenExtent(offset..<end, in: bytes) {
            case .none: continue
            case .unknown:
                result.append(anchor)
                continue
            case .word: break
            }
            let word = id(of: offset..<end, in: bytes)
            guard word >= 0 else { continue }
            let roles = anchorRoles[Int(word)]
            while mentionIndex < mentions.count, mentions[mentionIndex].range.upperBound <= offset { mentionIndex += 1 }
            // A frame cue is always read: what a frame reads (its people, its pronoun, the scenes it leaves
            // for the next) must be the same whether the text is read whole or by its anchored sentences.
            if !roles.isDisjoint(with: [.instrument, .frame])
                || roles.contains(.visit) && personBefore(offset, in: bytes, mentions: mentions, below: mentionIndex)
                || roles.contains(.format)
                    && organizationBefore(offset, in: bytes, mentions: mentions, below: mentionIndex)
                || !roles.isDisjoint(with: [.tripCount, .documentCount, .partner])
                    && fitsWordBefore(offset, roles: roles, in: bytes)
                || roles.contains(.level)
                    && (singleWordLevels.contains(word) || levelContinues(after: end, in: bytes))
            {
                result.append(anchor)
            }
        }
        return result
    }

    /// Whether a run of ASCII word bytes is a whole token of the tokeniser (`.word`), part of a longer one
    /// (`.none`: "state-visit", "visit2"), or next to a non-ASCII byte that may join it (`.unknown`).
    static func tokenExtent(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Neighbor {
        let (start, end) = (range.lowerBound, range.upperBound)
        guard start < end else { return .none }
        if start > 0 {
            let before = bytes[start - 1]
            if before >= 0x80 {
                guard start >= 3, isTypographic(bytes, at: start - 3) else { return .unknown }
            } else if isLetterOrDigit(before) || joinsHyphen(bytes, at: start - 1) {
                return .none
            }
        }
        if end < bytes.count {
            let after = bytes[end]
            if after >= 0x80 {
                guard isTypographic(bytes, at: end) else { return .unknown }
            } else if joinsHyphen(bytes, at: end) {
                return .none
            }
        }
        return .word(range)
    }

    /// Whether a person is named between the start of the sentence of an offset and the offset. Past
    /// ``personSearchLimit`` bytes the answer is yes: splitting one sentence too many only costs time, and a
    /// very long sentence with many anchors is not walked back once per anchor.
    private static func personBefore(
        _ offset: Int, in bytes: UnsafeBufferPointer<UInt8>, mentions: [MentionSpan], below index: Int
    ) -> Bool {
        var start = offset
        while start > 0, !isBoundary(bytes, before: start) {
            if offset - start >= personSearchLimit { return true }
            start -= 1
        }
        var cursor = index < mentions.count && mentions[index].range.lowerBound < offset ? index : index - 1
        while cursor >= 0, mentions[cursor].range.lowerBound >= start {
            if mentions[cursor].kind == .person { return true }
            cursor -= 1
        }
        return false
    }

    /// How far back, in bytes, ``personBefore(_:in:mentions:below:)`` looks for the start of a sentence.
    static let personSearchLimit = 1_000

    /// Whether an organisation's mention ends before an offset with no letter or digit between, past the
    /// end of the token the mention ends in ("SCO2024 format" is one token, then the format word), but for
    /// words of ``PartnershipExtractor/formatQualifiers`` ("the C5+1 diplomatic platform").
    private static func organizationBefore(
        _ offset: Int, in bytes: UnsafeBufferPointer<UInt8>, mentions: [MentionSpan], below index: Int
    ) -> Bool {
        guard index > 0, mentions[index - 1].kind == .organization else { return false }
        var cursor = mentions[index - 1].range.upperBound
        while cursor < offset,
            isLetterOrDigit(bytes[cursor]) && !isTypographic(bytes, at: cursor) || joinsHyphen(bytes, at: cursor)
        {
            cursor += 1
        }
        var word = cursor
        while word < offset {
            guard isASCIIWordByte(bytes[word]) else {
                word += 1
                continue
            }
            var end = word
            while end < offset, isASCIIWordByte(bytes[end]) { end += 1 }
            guard formatQualifierWords.contains(id(of: word..<end, in: bytes)) else { return false }
            word = end
        }
        return true
    }

    /// The levels of one word ("alliance"): complete at their first word.
    static let singleWordLevels = WordSet(
        PartnershipExtractor.levels.filter { $0.words.count == 1 }.map { $0.words[0] })

    /// ``PartnershipExtractor/documentQualifiers``, compiled.
    static let documentQualifierWords = WordSet(PartnershipExtractor.documentQualifiers)

    /// ``PartnershipExtractor/formatQualifiers``, compiled.
    static let formatQualifierWords = WordSet(PartnershipExtractor.formatQualifiers)

    /// Whether the word before an anchor fits one of its count or partner roles.
    private static func fitsWordBefore(_ offset: Int, roles: AnchorRoles, in bytes: UnsafeBufferPointer<UInt8>) -> Bool
    {
        let previous: Range<Int>
        switch neighbor(before: offset, in: bytes) {
        case .none: return false
        case .unknown: return true
        case .word(let range): previous = range
        }
        let (word, number) = reading(ofWord: UnsafeBufferPointer(rebasing: bytes[previous]))
        if !roles.isDisjoint(with: [.tripCount, .documentCount]), number != nil { return true }
        // "41 bilateral documents": qualifiers back to the count.
        if roles.contains(.documentCount), documentQualifierWords.contains(word) { return true }
        if roles.contains(.tripCount), tripAdjectiveWords.contains(word) { return true }
        guard roles.contains(.partner), PartnershipExtractor.Compiled.partnerQualifiers.contains(word) else {
            return false
        }
        // Qualifiers back to a possessive: "our largest trade partner".
        var cursor = previous
        while true {
            switch neighbor(before: cursor.lowerBound, in: bytes) {
            case .none: return false
            case .unknown: return true
            case .word(let range):
                let before = id(of: range, in: bytes)
                if PartnershipExtractor.Compiled.possessives.contains(before) { return true }
                guard PartnershipExtractor.Compiled.partnerQualifiers.contains(before) else { return false }
                cursor = range
            }
        }
    }

    /// Whether the word after a level's first word may continue the level ("strategic partnership").
    private static func levelContinues(after end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch neighbor(after: end, in: bytes) {
        case .none: false
        case .unknown: true
        case .word(let range): levelSecondWords.contains(id(of: range, in: bytes))
        }
    }
}
