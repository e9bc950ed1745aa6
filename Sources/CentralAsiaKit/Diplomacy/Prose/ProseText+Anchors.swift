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
        /// A visit frame's cue ("met", "arrived", "is in"): needs the rest of one of its cues right after it, and
        /// a person or a frame pronoun in its sentence.
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

    /// For each word of ``vocabulary``, the words after it of each frame cue it starts (`[[]]` when it is a cue
    /// of one word, "met"; `[["in"], ["currently", "in"]]` for "is").
    static let frameCueTails: [[[Int32]]] = {
        var tails = [[[Int32]]](repeating: [], count: vocabulary.words.count)
        for cue in VisitFramePhrases.english.cues {
            let words = cue.words.map { ProseText.id(of: $0) }
            guard let first = words.first, first >= 0 else { continue }
            tails[Int(first)].append(Array(words.dropFirst()))
        }
        return tails
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

        /// Whether there is no word right there.
        var isNone: Bool {
            if case .none = self { return true }
            return false
        }
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

    /// Where the run of ASCII letters, digits and `_` from an offset ends, and not after `limit`: letters and
    /// digits are passed over eight at a time.
    @inline(__always)
    private static func asciiWordRunEnd(from start: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int
    {
        var end = lettersAndDigitsEnd(from: start, before: limit, in: bytes)
        while end < limit, isASCIIWordByte(bytes[end]) { end += 1 }
        return end
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
            return bytes[end - 1] < 0x80 || endsWithMark(bytes, before: end) ? .none : .unknown
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
        if end == start { return bytes[start] < 0x80 || markLength(bytes, at: start) != nil ? .none : .unknown }
        return tokenExtent(start..<end, in: bytes)
    }

    /// The vocabulary index of the word in a byte range, or -1.
    @inline(__always)
    private static func id(
        of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary = vocabulary
    ) -> Int32 {
        vocabulary.index(of: UnsafeBufferPointer(rebasing: bytes[range])).map { Int32($0) } ?? -1
    }

    /// The sentences some rule may read something in, as ``sentenceWindows(around:in:)`` gives them: those of
    /// the anchor words whose neighbours fit one of their roles (``AnchorRoles``). Words that the tokeniser
    /// would not read as an anchor word ("state-visit", "visitors") are dropped, and an anchor in a sentence
    /// already taken is not checked at all.
    ///
    /// - Parameters:
    ///   - anchors: Byte offsets, ascending, where anchor words may start.
    ///   - bytes: The text.
    ///   - mentions: Its mentions, in text order.
    static func anchoredSentences(
        _ anchors: [Int32], in bytes: UnsafeBufferPointer<UInt8>, mentions: [MentionSpan]
    ) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        let limit = windowLimit(of: bytes)
        var floor = 0
        var mentionIndex = 0
        var someone = SentenceAnswer()
        // The tables, read once: each read of a table built on first use is a call.
        let (vocabulary, anchorRoles, frameCueTails) = (
            ProseText.vocabulary, ProseText.anchorRoles, ProseText.frameCueTails
        )
        func take(_ offset: Int) {
            let window = sentenceWindow(at: offset, floor: floor, limit: limit, in: bytes)
            windows.append(window)
            floor = window.upperBound
        }
        for anchor in anchors {
            let offset = Int(anchor)
            guard offset >= floor, offset < limit else { continue }
            let end = asciiWordRunEnd(from: offset, before: bytes.count, in: bytes)
            switch tokenExtent(offset..<end, in: bytes) {
            case .none: continue
            case .unknown:
                take(offset)
                continue
            case .word: break
            }
            let word = id(of: offset..<end, in: bytes, vocabulary: vocabulary)
            guard word >= 0 else { continue }
            let roles = anchorRoles[Int(word)]
            while mentionIndex < mentions.count, mentions[mentionIndex].range.upperBound <= offset { mentionIndex += 1 }
            // A frame cue is read whenever a frame may read something at it: what a frame reads (its people, its
            // pronoun, the scenes it leaves for the next) must be the same whether the text is read whole or by
            // its anchored sentences. A first word without the rest of its cue ("is", "held") opens no frame, and
            // a frame that names nobody reads nothing and leaves no scene.
            if roles.contains(.instrument) && mayTellInstrument(word, at: offset, floor: floor, limit: limit, in: bytes)
                || roles.contains(.frame) && continuesFrameCue(frameCueTails[Int(word)], after: end, in: bytes)
                    && someone.namesSomeone(around: offset, in: bytes, mentions: mentions)
                || roles.contains(.visit) && personBefore(offset, in: bytes, mentions: mentions, below: mentionIndex)
                || roles.contains(.format)
                    && organizationBefore(offset, in: bytes, mentions: mentions, below: mentionIndex)
                || !roles.isDisjoint(with: [.tripCount, .documentCount, .partner])
                    && fitsWordBefore(offset, roles: roles, in: bytes)
                || roles.contains(.level)
                    && (singleWordLevels.contains(word) || levelContinues(after: end, in: bytes))
            {
                take(offset)
            }
        }
        return windows
    }

    /// Whether the partnership reader may read an instrument at an instrument noun: always, but at a dialogue
    /// ("consultations", "dialogue") written in lower case only when its sentence holds one of ``statusWords``,
    /// since such a noun is read only with a status ("held consultations" is no instrument; "signed a
    /// memorandum on dialogue" is one).
    private static func mayTellInstrument(
        _ word: Int32, at offset: Int, floor: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard statusBoundInstruments.contains(word), bytes[offset] &- UInt8(ascii: "A") >= 26 else { return true }
        let sentence = sentenceWindow(at: offset, floor: floor, limit: limit, in: bytes)
        let (shapes, words) = (statusWordShapes, statusWords)
        return containsRun(in: sentence, of: bytes, where: { ($0 | 0x20) &- 0x61 < 26 }) { run in
            shapes.mayHold(run, in: bytes) && words.contains(id(of: run, in: bytes))
        }
    }

    /// The instrument nouns read only with a status unless capitalised: those of the dialogues.
    static let statusBoundInstruments = WordSet(
        PartnershipExtractor.instruments.filter { $0.value.kind == .dialogue }.map(\.key))

    /// Words one of which a sentence holds whenever it tells an instrument's status: a word of each status cue
    /// (its longest, which the cue cannot match without), the headline signs and the elevating verbs. Each is
    /// a run of letters, as ``mayTellInstrument(_:at:floor:limit:in:)`` reads the bytes.
    static let statusWords = WordSet(statusWordList)

    /// The words of ``statusWords``, as a list.
    static let statusWordList: [String] = {
        let cueWords = PartnershipExtractor.statusCues.compactMap { $0.words.max { $0.count < $1.count } }
        let words = cueWords + PartnershipExtractor.headlineSignWords + PartnershipExtractor.elevateCues
        return words.flatMap { $0.split { !$0.isLetter }.map(String.init) }
    }()

    /// The shapes of ``statusWords``: a run of letters of another shape is passed over without a look-up.
    static let statusWordShapes = WordShapes(statusWordList)

    /// Whether the words after a cue's first word (ending at `end`) may be the rest of one of its cues: one of
    /// `tails` is empty, or its words follow on the line one after another. A word the bytes do not settle may
    /// be any.
    private static func continuesFrameCue(
        _ tails: [[Int32]], after end: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        // The vocabulary indices of the words that follow, each read once, when a tail first needs it
        // (`noWord` where none follows on the line); on the stack, room for the longest tail.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, frameCueTailLength)) { words in
            var read = 0
            var cursor = end
            nextTail: for tail in tails {
                for (index, word) in tail.enumerated() {
                    if index == read {
                        switch neighbor(after: cursor, in: bytes) {
                        case .none: words[read] = noWord
                        case .unknown: return true
                        case .word(let range):
                            // A word of no tail's shape is no tail's word (-1 matches none).
                            words[read] = frameCueTailShapes.mayHold(range, in: bytes) ? id(of: range, in: bytes) : -1
                            cursor = range.upperBound
                        }
                        read += 1
                    }
                    guard words[index] == word else { continue nextTail }
                }
                return true
            }
            return false
        }
    }

    /// The shapes of the words after the first word of a frame cue (``frameCueTails``).
    static let frameCueTailShapes = WordShapes(VisitFramePhrases.english.cues.flatMap { $0.words.dropFirst() })

    /// The most words after the first word of a frame cue (``frameCueTails``).
    static let frameCueTailLength = frameCueTails.joined().map(\.count).max() ?? 0

    /// What ``continuesFrameCue(_:after:in:)`` notes where no word follows: no vocabulary index (nor -1 or -2).
    private static let noWord = Int32.min

    /// Whether a run of ASCII word bytes is a whole token of the tokeniser (`.word`), part of a longer one
    /// (`.none`: "state-visit", "visit2"), or next to a non-ASCII byte that may join it (`.unknown`).
    static func tokenExtent(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Neighbor {
        let (start, end) = (range.lowerBound, range.upperBound)
        guard start < end else { return .none }
        if start > 0 {
            let before = bytes[start - 1]
            if before >= 0x80 {
                guard endsWithMark(bytes, before: start) else { return .unknown }
            } else if isLetterOrDigit(before) || joinsHyphen(bytes, at: start - 1) {
                return .none
            }
        }
        if end < bytes.count {
            let after = bytes[end]
            if after >= 0x80 {
                guard markLength(bytes, at: end) != nil else { return .unknown }
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
        guard let start = sentenceStart(before: offset, floor: 0, reach: personSearchLimit, in: bytes) else {
            return true
        }
        var cursor = index < mentions.count && mentions[index].range.lowerBound < offset ? index : index - 1
        while cursor >= 0, mentions[cursor].range.lowerBound >= start {
            if mentions[cursor].kind == .person { return true }
            cursor -= 1
        }
        return false
    }

    /// Whether the sentence of an offset names someone a frame may read, remembered for the sentence: the
    /// frame cues of one sentence ask once.
    struct SentenceAnswer {
        /// The bytes of the last sentence asked about, and its answer.
        private var last: (sentence: Range<Int>, answer: Bool)?

        /// Whether the sentence of an offset names someone a frame may read: a person, or one of
        /// ``VisitFramePhrases/pronouns`` anywhere in it (a frame reads one before its cue or right after it).
        /// Past ``personSearchLimit`` bytes either way the answer is yes, as for
        /// ``personBefore(_:in:mentions:below:)``.
        mutating func namesSomeone(
            around offset: Int, in bytes: UnsafeBufferPointer<UInt8>, mentions: [MentionSpan]
        ) -> Bool {
            if let last, last.sentence.contains(offset) { return last.answer }
            let reach = ProseText.personSearchLimit
            guard let start = ProseText.sentenceStart(before: offset, floor: 0, reach: reach, in: bytes),
                let end = ProseText.sentenceEnd(after: offset, limit: bytes.count, reach: reach, in: bytes)
            else { return true }
            let sentence = start..<end
            let answer =
                ProseText.namesPerson(in: sentence, mentions) || ProseText.framePronoun(in: sentence, of: bytes)
            last = (sentence, answer)
            return answer
        }
    }

    /// Whether a person's mention starts in a byte range (the mentions are in text order).
    private static func namesPerson(in range: Range<Int>, _ mentions: [MentionSpan]) -> Bool {
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].range.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        while low < mentions.count, mentions[low].range.lowerBound < range.upperBound {
            if mentions[low].kind == .person { return true }
            low += 1
        }
        return false
    }

    /// Whether a frame pronoun may be a token of a byte range: a run of ASCII word bytes that spells one and that
    /// the tokeniser may read whole (a token that holds more than such a run spells no pronoun).
    ///
    /// Only a run that starts with the first letter of a pronoun (``framePronounInitials``) is read.
    private static func framePronoun(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let initials = framePronounInitials
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            let byte = bytes[cursor]
            guard byte | 0x20 < 0x80, initials.contains(Int(byte | 0x20)),
                cursor == range.lowerBound || !isASCIIWordByte(bytes[cursor - 1])
            else {
                // No run starts inside a run of word bytes: the rest of this one is passed over.
                cursor =
                    isASCIIWordByte(byte)
                    ? asciiWordRunEnd(from: cursor + 1, before: range.upperBound, in: bytes) : cursor + 1
                continue
            }
            let end = asciiWordRunEnd(from: cursor, before: range.upperBound, in: bytes)
            let run = cursor..<end
            if run.count <= framePronounLength, isFramePronoun(run, in: bytes), !tokenExtent(run, in: bytes).isNone {
                return true
            }
            cursor = end
        }
        return false
    }

    /// The first letters of the frame pronouns in lower case, as a set of ASCII bytes: a run of word bytes that
    /// starts with none of them is no pronoun.
    static let framePronounInitials: BitSet = {
        let asciiBytes = 0x80
        var initials = BitSet(capacity: asciiBytes)
        for case let first? in VisitFramePhrases.english.pronouns.map(\.utf8.first) where first | 0x20 < asciiBytes {
            initials.insert(Int(first | 0x20))
        }
        return initials
    }()

    /// Whether one of the runs of bytes in a range (each as long as `isRunByte` holds) passes a test.
    @inline(__always)
    static func containsRun(
        in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, where isRunByte: (UInt8) -> Bool,
        _ test: (Range<Int>) -> Bool
    ) -> Bool {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            guard isRunByte(bytes[cursor]) else {
                cursor += 1
                continue
            }
            var end = cursor
            while end < range.upperBound, isRunByte(bytes[end]) { end += 1 }
            if test(cursor..<end) { return true }
            cursor = end
        }
        return false
    }

    /// The length of the longest frame pronoun, in bytes: a longer word is none.
    static let framePronounLength = VisitFramePhrases.english.pronouns.map(\.utf8.count).max() ?? 0

    /// ``VisitFramePhrases/pronouns``, compiled.
    static let framePronounWords = WordSet(VisitFramePhrases.english.pronouns)

    /// The frame pronouns packed in lower case (``PackedWord``), so that a short word is compared with them
    /// without hashing; `nil` when one is too long to pack.
    static let framePronounKeys: [UInt64]? = {
        let keys = VisitFramePhrases.english.pronouns.map { PackedWord.key($0.utf8, foldingCase: true) }
        return keys.contains(nil) ? nil : keys.compactMap { $0 }
    }()

    /// Whether a run of ASCII word bytes spells a frame pronoun, in any ASCII case.
    @inline(__always)
    private static func isFramePronoun(_ run: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let keys = framePronounKeys else { return framePronounWords.contains(id(of: run, in: bytes)) }
        return PackedWord.key(bytes[run], foldingCase: true).map(keys.contains) ?? false
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
            isLetterOrDigit(bytes[cursor]) && markLength(bytes, at: cursor) == nil || joinsHyphen(bytes, at: cursor)
        {
            cursor += 1
        }
        var word = cursor
        while word < offset {
            guard isASCIIWordByte(bytes[word]) else {
                word += 1
                continue
            }
            let end = asciiWordRunEnd(from: word, before: offset, in: bytes)
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
        // A document noun with no word before it may open its sentence: "Declarations on … were adopted".
        case .none: return roles.contains(.documentCount)
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
