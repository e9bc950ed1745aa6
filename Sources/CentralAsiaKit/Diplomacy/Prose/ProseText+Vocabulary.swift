extension ProseText {
    /// The words the extractors' tables and rules compare against, with their trigger flags, in a table that is
    /// probed straight from the text's bytes: a word outside it is never compared, so it is never made a string.
    static let vocabulary: Vocabulary = {
        var words: [String: UInt8] = [:]
        func add<S: Sequence>(_ list: S, _ flag: UInt8 = 0) where S.Element == String {
            for word in list { words[word, default: 0] |= flag }
        }
        for pattern in TravelExtractor.patterns {
            for piece in pattern.pieces {
                switch piece {
                case .word(let set), .optional(let set): add(set)
                case .number, .places: break
                }
            }
        }
        add(TravelExtractor.patternsByFirstWord.keys, travelTrigger)
        add(TravelExtractor.predecessorPhrases.joined())
        add(TravelExtractor.eventNameConnectors)
        add(TravelExtractor.visitKinds.flatMap(\.words))
        add(TravelExtractor.visitStatusCues.flatMap(\.words))
        add(TravelExtractor.visitWords, visitTrigger)
        add(TravelExtractor.visitNegationWords)
        add(TravelExtractor.visitVerbCues.flatMap(\.words))
        add(TravelExtractor.verbMarkerWords)
        add(TravelExtractor.visitCancelAfterCues.joined())
        add(TravelExtractor.visitCountWords)
        add(TravelExtractor.subjectSkipWords)
        add(TravelExtractor.unrealModalWords)
        add(TravelExtractor.pronounWords)
        add(TravelExtractor.pastPlanWords)
        add(TravelExtractor.cancelWords)
        add(TravelExtractor.hypotheticalWords)
        add(TravelExtractor.quantityWords)
        add(TravelExtractor.placeFollowerWords)
        add(TravelExtractor.dateStopWords)
        add(TravelExtractor.conditionWords)
        add(TravelExtractor.sequencerWords)
        add(TravelExtractor.possessiveWords)
        add(TravelExtractor.dateWordList)
        add(["then", "who", "?", ";"])
        add(TravelExtractor.asideOpenerWords)
        for phrases in VisitFramePhrases.all { add(phrases.words) }
        add(EnglishDateWords.weekdays.keys)
        add(EnglishDateWords.relativeDays.keys)
        add(EnglishDateWords.relativeSteps.keys)
        add(EnglishDateWords.relativeUnits.keys)
        for phrases in VisitFramePhrases.all { add(phrases.cueStarts, frameTrigger) }
        add(PartnershipExtractor.triggers, partnershipTrigger)
        add(PartnershipExtractor.instruments.values.compactMap(\.after))
        add(PartnershipExtractor.statusCues.flatMap(\.words))
        add(PartnershipExtractor.planCues)
        add(PartnershipExtractor.titleStops)
        add(PartnershipExtractor.titleVerbs)
        add(PartnershipExtractor.nounTail)
        add(PartnershipExtractor.denialWords)
        add(PartnershipExtractor.headlineSignWords)
        add(PartnershipExtractor.modalWords)
        add(["but"])
        add(PartnershipExtractor.listOpenerWords)
        add(PartnershipExtractor.discussWords)
        add(["\u{2013}", "-"])
        add(PartnershipExtractor.topicLinks)
        add(PartnershipExtractor.titleLinks)
        add(PartnershipExtractor.titleConnectors)
        add(PartnershipExtractor.determiners)
        add(PartnershipExtractor.levels.flatMap(\.words))
        add(PartnershipExtractor.elevateCues)
        add(PartnershipExtractor.partnerQualifiers)
        add(PartnershipExtractor.singleOwnerWords)
        add(PartnershipExtractor.clauseOpenerWords)
        add(PartnershipExtractor.levelDenialWords)
        add(PartnershipExtractor.levelPlanWords)
        add(PartnershipExtractor.levelBecomingWords)
        add(PartnershipExtractor.levelProposalWords)
        add(PartnershipExtractor.copulaWords)
        add(PartnershipExtractor.copulaAdverbWords)
        add(PartnershipExtractor.partnerLinkWords)
        add(PartnershipExtractor.objectMarkerWords)
        add(PartnershipExtractor.partnerNouns)
        add(PartnershipExtractor.formatWords)
        add(PartnershipExtractor.formatQualifiers)
        add(PartnershipExtractor.documentQualifiers)
        add(PartnershipExtractor.signingWords)
        add(PartnershipExtractor.levelDiscussionWords)
        add(PartnershipExtractor.documentNouns)
        add(PartnershipExtractor.countVocabulary)
        add(ProseText.abbreviations)
        add(NumberWords.multiplicativeWords.keys)
        add(NumberWords.cardinalWords.keys)
        add(TravelExtractor.eventNamePunctuation)
        add([",", "(", ")", ":", "/", "."])
        add(["time", "times", "to", "in", "the", "and", "a", "an", "by", "signed", "between", "with"])
        for language in DatePhraseParser.Language.all {
            add(language.words.coreWords, dateTrigger)
            add(language.words.startWords, dateStart)
        }
        // A word of the tables that the date reader may read otherwise than whole ("mid-term").
        for word in words.keys where word.utf8.first.map(isLetterOrDigit) == true && !isPlainWord(word.utf8) {
            words[word, default: 0] |= dateTrigger
        }
        return Vocabulary(words.map { ($0.key, $0.value) })
    }()

    /// The cardinal number each vocabulary word spells ("eight" → 8), by word index.
    static let cardinals: [Int?] = vocabulary.words.map { NumberWords.cardinalWords[$0] }

    /// Words ending in a full stop that does not end a sentence ("St. Petersburg").
    static let abbreviations: Set<String> = ["st", "mr", "mrs", "ms", "dr", "gen", "col", "jr", "sr"]

    /// ``abbreviations``, compiled.
    static let abbreviationWords = WordSet(abbreviations)

    /// A fixed set of lower-case words in an open-addressing table keyed by FNV-1a over the bytes; a word
    /// is looked up in any ASCII case, and a word that starts with a Cyrillic letter in any Cyrillic case,
    /// `ё` read as `е` (Russian capitals: "Посетил", "ГОСУДАРСТВЕННЫЙ").
    struct Vocabulary: Sendable {
        private var slots: [Int32]
        /// All words' bytes, one after another; a word is `keyOffsets[i] ..< keyOffsets[i] + keyLengths[i]`.
        private var keyBytes: [UInt8] = []
        private var keyOffsets: [Int32] = []
        private var keyLengths: [Int32] = []
        /// The first eight bytes of each word, packed
        /// (``WordScanner/hashAndHead(_:count:foldingCapitals:paddedTail:)``): a word of eight bytes or fewer is
        /// compared in one step.
        private var heads: [UInt64] = []
        /// The words' shapes (first byte folded to lower case, length): most words of a text are rejected
        /// before they are hashed.
        private var shapes = WordShapes()
        /// A bit per ``filterBits``-bit slice of a word's hash, set for the words of the vocabulary: most words of a
        /// text that pass the shapes are rejected here, in a table small enough to stay in the first-level cache,
        /// before a probe of ``slots`` (a cache miss for a rare word).
        private var filter = BitSet(capacity: 1 << Vocabulary.filterBits)
        /// The bits of the hash ``filter`` is indexed by: 2¹⁴ bits, 2 KiB, for a vocabulary of a few thousand
        /// words.
        private static var filterBits: Int { 14 }
        /// The words, by index.
        private(set) var words: [String] = []
        /// The flags of each word, by index.
        private(set) var flags: [UInt8] = []
        private let mask: Int

        init(_ entries: [(String, UInt8)]) {
            var size = 16
            while size < entries.count * 4 { size <<= 1 }
            slots = Array(repeating: -1, count: size)
            mask = size - 1
            for (word, flag) in entries {
                let bytes = Array(word.utf8)
                let slotIndex = bytes.withUnsafeBufferPointer { Vocabulary.hash($0).hash }
                // The head as written: a word with a capital in it is never found (lookups fold to lower case).
                let head = bytes.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.map { WordScanner.hashAndHead($0, count: buffer.count).head } ?? 0
                }
                var slot = Int(truncatingIfNeeded: slotIndex) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(words.count)
                filter.insert(Vocabulary.filterBit(slotIndex))
                shapes.insert(bytes)
                heads.append(head)
                keyOffsets.append(Int32(keyBytes.count))
                keyLengths.append(Int32(bytes.count))
                keyBytes.append(contentsOf: bytes)
                words.append(word)
                flags.append(flag)
            }
        }

        /// The bit of ``filter`` for a word's hash: its top bits, which the slot (its low bits) does not use.
        @inline(__always)
        private static func filterBit(_ hash: UInt64) -> Int {
            Int(truncatingIfNeeded: hash >> UInt64(UInt64.bitWidth - filterBits))
        }

        /// The hash of bytes read with ASCII capitals in lower case, eight bytes at a time, and their first
        /// eight bytes so read (``WordScanner/hashAndHead(_:count:foldingCapitals:paddedTail:)``).
        @inline(__always)
        static func hash(_ bytes: UnsafeBufferPointer<UInt8>, padded: Bool = false) -> (hash: UInt64, head: UInt64) {
            guard let base = bytes.baseAddress else { return (0, 0) }
            return WordScanner.hashAndHead(base, count: bytes.count, foldingCapitals: true, paddedTail: padded)
        }

        /// The index of a word written in any ASCII case, or `nil`.
        func index(of bytes: ArraySlice<UInt8>) -> Int? {
            bytes.withUnsafeBufferPointer { index(of: $0) }
        }

        /// The index of a word written in any ASCII case, or in any Cyrillic case when it starts with a
        /// Cyrillic letter, or `nil`.
        ///
        /// - Parameters:
        ///   - bytes: The word.
        ///   - padded: Whether eight bytes may be read from any offset of the word (it lies eight bytes or more
        ///     before the end of its text): its hash reads its last bytes in one load.
        @inline(__always)
        func index(of bytes: UnsafeBufferPointer<UInt8>, padded: Bool = false) -> Int? {
            if let first = bytes.first, first &- 0xD0 < 2, Vocabulary.hasCyrillicCapital(bytes) {
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                    Vocabulary.foldCyrillic(bytes, into: buffer)
                    return index(folded: UnsafeBufferPointer(buffer))
                }
            }
            return index(folded: bytes, padded: padded)
        }

        /// Whether UTF-8 bytes hold a Cyrillic capital of the Russian alphabet or `ё`
        /// (U+0401, U+0410…U+042F: D0 81, D0 90…D0 AF; U+0451: D1 91).
        static func hasCyrillicCapital(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            while index + 1 < bytes.count {
                let (lead, next) = (bytes[index], bytes[index + 1])
                if lead == 0xD0, next == 0x81 || next &- 0x90 < 0x20 { return true }
                if lead == 0xD1, next == 0x91 { return true }
                index += lead >= 0xC0 ? 2 : 1
            }
            return false
        }

        /// Copies UTF-8 bytes with their Cyrillic letters folded by the package's one fold
        /// (``LetterFold/twoByteLetter(lead:_:)``: lower case, `ё` and `Ё` as `е`); the length stays the same.
        static func foldCyrillic(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) {
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                // A two-byte scalar: a lead 110xxxxx and a continuation 10xxxxxx.
                guard index + 1 < bytes.count, lead & 0xE0 == 0xC0, bytes[index + 1] & 0xC0 == 0x80 else {
                    buffer[index] = lead
                    index += 1
                    continue
                }
                (buffer[index], buffer[index + 1]) = LetterFold.twoByteLetter(lead: lead, bytes[index + 1])
                index += 2
            }
        }

        /// The index of a word whose non-ASCII letters are already folded, written in any ASCII case.
        @inline(__always)
        private func index(folded bytes: UnsafeBufferPointer<UInt8>, padded: Bool = false) -> Int? {
            guard shapes.mayHold(bytes) else { return nil }
            let (hash, head) = Vocabulary.hash(bytes, padded: padded)
            guard filter.contains(Vocabulary.filterBit(hash)) else { return nil }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 {
                let candidate = Int(slots[slot])
                if heads[candidate] == head, Int(keyLengths[candidate]) == bytes.count,
                    bytes.count <= PackedWord.capacity || matches(candidate, bytes)
                {
                    return candidate
                }
                slot = (slot + 1) & mask
            }
            return nil
        }

        private func matches(_ candidate: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let offset = Int(keyOffsets[candidate])
            for (position, byte) in bytes.enumerated() where keyBytes[offset + position] != LetterFold.ascii(byte) {
                return false
            }
            return true
        }
    }
}
