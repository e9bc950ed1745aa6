/// The compiled form of a gazetteer: a word vocabulary and a trie over word ids (with case classes).
///
/// Matching is leftmost-longest over runs of known words: a word that is in no name, or a hard gap, ends a
/// run, so the trie is walked only over the few words that can be part of a name.
struct MentionAutomaton: Sendable {
    /// How a phrase names an entity; a plain enum so that the hot path holds no strings.
    enum Way: UInt8, Sendable {
        case name, alias, code, demonym, formerName, surname, title, role

        /// The public form.
        var match: Mention.Match {
            switch self {
            case .name: .name
            case .alias: .alias
            case .code: .code
            case .demonym: .demonym
            case .formerName: .formerName
            case .surname: .surname
            case .title: .title
            case .role: .role
            }
        }
    }

    /// One reading of a phrase: an entity and how the phrase names it.
    struct Candidate: Sendable {
        /// Index into ``entities``.
        var entity: Int32
        /// How the phrase names it.
        var match: Way
        /// A surname: needs the full name in the same text.
        var isWeak: Bool
    }

    /// A phrase found by the scan, before resolution.
    struct RawMatch {
        var start: Int
        var end: Int
        var phrase: Int32
        var line: Int
        var lineStart: Int
    }

    // Entities.
    private(set) var entities: [EntityID] = []
    /// Kind priority per entity: 0 country, 1 organisation, 2 city, 3 person, 4 other.
    private(set) var entityRank: [UInt8] = []
    /// Per entity: the first entity with the same ``EntityID`` (itself, unless the gazetteer lists
    /// one twice), so that a summary counts each identifier once.
    private(set) var canonicalEntity: [Int32] = []
    /// Per person entity: the person's country and the lower-cased titles of their offices.
    private(set) var personFacts: [(country: String, titles: Set<String>)?] = []
    /// The entities from this index on are the titles of ``RoleTitles`` ("foreign minister"), not names:
    /// the scan finds them so that the names after them can be read (see ``resolveRoles(_:titles:in:)``).
    private(set) var firstTitleEntity: Int32 = 0
    /// The title words and the words around them.
    let roles: RoleTitles

    // Vocabulary: open addressing over normal forms.
    /// Slots of two elements each: the first eight bytes of the normal form (``PackedWord``, zero-padded), then
    /// the hash's upper 24 bits, the form's length (8 bits) and the word id plus one (32 bits); zero marks an
    /// empty slot. A word of eight bytes or fewer is found with one load of one cache line.
    private(set) var vocabSlots: [UInt64] = []
    /// Per first byte of a normal form, bit `n` (n < 64) is set when some word of that length starts with it:
    /// most words of the text are rejected before they are even hashed.
    private(set) var vocabShapes: [UInt64] = []
    /// A filter on the hash that rejects most unknown words with one load that stays in cache
    /// (``filterBit(_:first:)``).
    private(set) var vocabFilter = BitSet(capacity: 0)
    /// Per word id: where its normal form starts in ``vocabBytes``.
    private(set) var vocabOffsets: [Int32] = []
    /// The normal forms one after another, then eight zero bytes, so that any word may be read eight
    /// bytes at a time.
    private(set) var vocabBytes: [UInt8] = []
    /// Per word id: bit `c` is set when a name starts with the word in case class `c`.
    private(set) var vocabStarts: [UInt8] = []
    /// Like ``vocabShapes``, for the words that start a name in the "any case" class ("von der
    /// Leyen"): a lower-case word outside a run that fits none of them is skipped without a lookup.
    private(set) var nameStartShapes: [UInt64] = []
    /// ``nameStartShapes`` and the shapes of the watched words, for scans that report them.
    private(set) var watchingShapes: [UInt64] = []
    /// The shapes of the words that start a name in any case class: a capitalised word outside a run
    /// that fits none of them is skipped without a lookup.
    private(set) var capitalStartShapes: [UInt64] = []
    /// ``capitalStartShapes`` and the shapes of the watched words, for scans that report them.
    private(set) var capitalWatchingShapes: [UInt64] = []
    /// The short words a scan outside a run looks up, by case as the shapes above: the words that start a
    /// name in the "any case" class in lower case, those that start a name in any class capitalised. A word
    /// that fits its shape but not this filter is passed over without a lookup too.
    private(set) var nameStartFilter = ShortWordFilter()
    /// ``nameStartFilter`` and the watched words, in either case, for scans that report them.
    private(set) var watchingFilter = ShortWordFilter()
    /// The number of ``vocabSlots`` less one (a power of two less one).
    private(set) var vocabMask = 0
    /// The number of words that occur in names; the words after them are only watched.
    private(set) var nameWordCount: Int32 = 0
    /// Per word id: whether the scan reports where the word occurs (``scan(_:anchors:)``).
    private(set) var vocabWatched: [Bool] = []

    // Trie: edges keyed by (node, word id * 3 + case class).
    /// Slots: the edge key plus one; zero marks an empty slot.
    private(set) var edgeKeys: [UInt64] = []
    /// Per slot: the node the edge leads to.
    private(set) var edgeTargets: [Int32] = []
    /// The number of ``edgeKeys`` less one (a power of two less one).
    private(set) var edgeMask = 0
    /// The root's children by edge key (word id * 3 + case class), -1 where there is none: the first step of
    /// every match is read from this dense table, a quarter the size of ``edgeKeys`` and ``edgeTargets`` and
    /// read without a probe, with a word's three classes side by side.
    private(set) var rootChildren: [Int32] = []
    /// Per node: the phrase that ends there, or -1.
    private(set) var nodePhrase: [Int32] = [-1]

    // Phrases.
    private var phraseCandidates: [[Candidate]] = []
    /// Per phrase: its reading when it has one alone that needs no context (not a person, not a surname).
    private(set) var soleReadings: [Candidate?] = []
    /// Per phrase: the person it names in full (two words or more, that person alone), or -1.
    private(set) var fullNamePerson: [Int32] = []
    /// Per entity: its country code, when it is a country.
    private(set) var entityCountries: [CountryCode?] = []

    /// Per entity: the person's country, when it is a person with one.
    private(set) var personCountries: [CountryCode?] = []

    /// The entities and their country codes, by index: what ``MentionSpan`` points into.
    struct EntityTable: Sendable {
        /// The entities.
        let ids: [EntityID]
        /// Each entity's country code, when it is a country.
        let countries: [CountryCode?]
        /// Each entity's country when it is a person with one (a gazetteer person's country, or the country
        /// named before a title: "Kazakh Foreign Minister …").
        let personCountries: [CountryCode?]
    }

    /// ``entities``, ``entityCountries`` and ``personCountries`` together: the gazetteer's entities only.
    var entityTable: EntityTable {
        EntityTable(ids: entities, countries: entityCountries, personCountries: personCountries)
    }

    /// ``entityTable`` followed by the people of one text named by title, whose indices come after the
    /// gazetteer's (``Choice/titled``).
    func entityTable(adding titled: [TitledPerson]) -> EntityTable {
        EntityTable(
            ids: entities + titled.map { .person($0.name) },
            countries: entityCountries + titled.map { _ in nil },
            personCountries: personCountries + titled.map(\.country))
    }
    private var phraseWordCount: [Int32] = []
    private var phraseIsAmbiguous: [Bool] = []

    /// The number of distinct phrases.
    var phraseCount: Int { phraseCandidates.count }

    /// Compiles a gazetteer.
    ///
    /// - Parameters:
    ///   - gazetteer: The names.
    ///   - watching: Words (lower case, one word each) whose occurrences ``scan(_:anchors:)`` reports.
    ///   - roles: The titles that introduce a person by role.
    init(gazetteer: Gazetteer, watching: Set<String> = [], roles: RoleTitles = .english) {
        self.roles = roles
        var compiler = Compiler(gazetteer: gazetteer, roles: roles)
        firstTitleEntity = compiler.firstTitleEntity
        nameWordCount = Int32(compiler.words.count)
        vocabWatched = compiler.watch(watching)
        entities = compiler.entities
        entityRank = compiler.entityRank
        canonicalEntity = compiler.canonicalEntity
        personFacts = compiler.personFacts
        nodePhrase = compiler.nodePhrase
        phraseCandidates = compiler.phraseCandidates
        phraseWordCount = compiler.phraseWordCount
        phraseIsAmbiguous = compiler.phraseIsAmbiguous
        freezeVocabulary(compiler.words)
        markNameStarts(compiler.words, edges: compiler.edges)
        deriveReadings()
        freezeEdges(compiler.edges)
    }

    /// Freezes the vocabulary into an open-addressing table, with the shapes and the hash filter that reject
    /// most unknown words before a probe.
    private mutating func freezeVocabulary(_ words: [[UInt8]]) {
        var capacity = MentionAutomaton.smallestTable
        while capacity < words.count * 2 { capacity <<= 1 }
        vocabMask = capacity - 1
        vocabSlots = [UInt64](repeating: 0, count: capacity * MentionAutomaton.slotElements)
        vocabFilter = BitSet(capacity: MentionAutomaton.filterWords * BitSet.bitsPerWord)
        vocabShapes = [UInt64](repeating: 0, count: 256)
        for (id, word) in words.enumerated() {
            if let first = word.first { vocabShapes[Int(first)] |= 1 << UInt64(min(word.count, 63)) }
            let hash = MentionAutomaton.hash(word)
            vocabOffsets.append(Int32(vocabBytes.count))
            vocabBytes.append(contentsOf: word)
            var slot = Int(truncatingIfNeeded: hash) & vocabMask
            while vocabSlots[slot * MentionAutomaton.slotElements + 1] != 0 { slot = (slot + 1) & vocabMask }
            vocabSlots[slot * MentionAutomaton.slotElements] = MentionAutomaton.head(of: word)
            vocabSlots[slot * MentionAutomaton.slotElements + 1] =
                MentionAutomaton.slotTag(hash, length: word.count) | UInt64(id + 1)
            let bit = MentionAutomaton.filterBit(hash, first: word.first ?? 0)
            vocabFilter.insert(bit)
        }
        vocabBytes.append(contentsOf: repeatElement(0, count: 8))
    }

    /// Marks the words that start a name, per case class (the edges out of the root), and the shapes of the
    /// words a scan outside a run looks up: those that start a name, and the watched words.
    private mutating func markNameStarts(_ words: [[UInt8]], edges: [UInt64: Int32]) {
        vocabStarts = [UInt8](repeating: 0, count: words.count)
        for key in edges.keys where key >> 32 == 0 {
            let edge = key & 0xFFFF_FFFF
            vocabStarts[Int(edge) / MentionAutomaton.caseClasses] |=
                1 << UInt8(Int(edge) % MentionAutomaton.caseClasses)
        }
        nameStartShapes = [UInt64](repeating: 0, count: 256)
        watchingShapes = nameStartShapes
        capitalStartShapes = nameStartShapes
        capitalWatchingShapes = nameStartShapes
        for (id, word) in words.enumerated() {
            guard !word.isEmpty else { continue }
            let first = MentionAutomaton.shapeIndex(word)
            let bit: UInt64 = 1 << UInt64(min(word.count, 63))
            func keep(in shapes: inout [UInt64], _ filter: inout ShortWordFilter, capitalised: Bool) {
                shapes[first] |= bit
                filter.insert(word, capitalised: capitalised)
            }
            let startsAnyCase = vocabStarts[id] & 4 != 0
            let startsCapitalised = vocabStarts[id] != 0
            if startsAnyCase { keep(in: &nameStartShapes, &nameStartFilter, capitalised: false) }
            if startsAnyCase || vocabWatched[id] { keep(in: &watchingShapes, &watchingFilter, capitalised: false) }
            if startsCapitalised { keep(in: &capitalStartShapes, &nameStartFilter, capitalised: true) }
            if startsCapitalised || vocabWatched[id] {
                keep(in: &capitalWatchingShapes, &watchingFilter, capitalised: true)
            }
        }
    }

    /// Derives the readings resolution takes without context (``soleReadings``, ``fullNamePerson``) and the
    /// countries of the entities.
    private mutating func deriveReadings() {
        soleReadings = phraseCandidates.map { readings in
            guard readings.count == 1, let only = readings.first, !only.isWeak, entityRank[Int(only.entity)] != 3
            else { return nil }
            return only
        }
        fullNamePerson = phraseCandidates.indices.map { phrase in
            let readings = phraseCandidates[phrase]
            guard phraseWordCount[phrase] >= 2, readings.count == 1, let only = readings.first, !only.isWeak,
                entityRank[Int(only.entity)] == 3
            else { return -1 }
            return only.entity
        }
        entityCountries = entities.map { $0.kind == .country ? CountryCode($0.id) : nil }
        personCountries = personFacts.map { $0.flatMap { CountryCode($0.country) } }
    }

    /// Freezes the edges into an open-addressing table; a stored key is the edge key plus one, so zero marks
    /// an empty slot.
    private mutating func freezeEdges(_ edges: [UInt64: Int32]) {
        var capacity = MentionAutomaton.smallestTable
        while capacity < edges.count * 2 { capacity <<= 1 }
        edgeMask = capacity - 1
        edgeKeys = [UInt64](repeating: 0, count: capacity)
        edgeTargets = [Int32](repeating: -1, count: capacity)
        for (key, target) in edges {
            var slot = MentionAutomaton.mix(key) & edgeMask
            while edgeKeys[slot] != 0 { slot = (slot + 1) & edgeMask }
            edgeKeys[slot] = key &+ 1
            edgeTargets[slot] = target
        }
        rootChildren = [Int32](repeating: -1, count: Int(nameWordCount) * MentionAutomaton.caseClasses)
        for (key, target) in edges where key >> 32 == 0 { rootChildren[Int(key)] = target }
    }

    /// The case classes of a word (all capitals, capitalised, any case): the edges a word may label.
    static let caseClasses = 3

    /// The elements of one slot of ``vocabSlots``: the head of the normal form, then its tag and word id.
    static var slotElements: Int { 2 }

    /// The bits of a vocabulary slot's second element that hold its tag (``slotTag(_:length:)``).
    static var slotTagMask: UInt64 { 0xFFFF_FFFF_0000_0000 }

    /// The tag of a normal form in its vocabulary slot: its hash's upper 24 bits and its length (at most 255: a
    /// longer form is never looked up, as it is longer than ``WordScanner/capacity``).
    @inline(__always)
    static func slotTag(_ hash: UInt64, length: Int) -> UInt64 {
        let lengthShift: UInt64 = 32
        return (hash & 0xFFFF_FF00_0000_0000) | UInt64(truncatingIfNeeded: min(length, Int(UInt8.max))) << lengthShift
    }

    /// The first eight bytes of a normal form, packed (``PackedWord``), zero-padded.
    private static func head(of word: [UInt8]) -> UInt64 {
        PackedWord.key(word.prefix(PackedWord.capacity)) ?? 0
    }

    /// The fewest slots of an open-addressing table; a table holds twice as many slots as keys or more, so
    /// that probes stay short.
    private static let smallestTable = 16

    /// The hash ``WordScanner`` gives a word with this normal form.
    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return WordScanner.hash(base, count: buffer.count)
        }
    }

    /// The number of 64-bit words of ``vocabFilter``: two halves of 16,384 bits, one for the words that start
    /// with an ASCII byte and one for the others (Cyrillic), so that the thousands of Russian case forms
    /// leave the English half as sparse as it was.
    private static let filterWords = 512

    /// The bit of ``vocabFilter`` for a word: 14 bits of its hash, in the half of its first byte.
    @inline(__always)
    static func filterBit(_ hash: UInt64, first: UInt8) -> Int {
        Int(truncatingIfNeeded: (hash >> 40) & 0x3FFF) | Int(first >> 7) << 14
    }

    /// The first byte of a letter written with two bytes or more in UTF-8.
    static let multiByteLead: UInt8 = 0xC0

    /// The index of a normal form in the name-start shape tables (``nameStartShapes`` and the others): its
    /// first byte, or, when that is the lead byte of a multi-byte letter, its second byte (the lower-case
    /// Russian letters are D0 B0…BF and D1 80…8F: the second byte tells them apart, where the first is one of
    /// two values). Second bytes (80…BF) never collide with the first bytes of ASCII words.
    private static func shapeIndex(_ word: [UInt8]) -> Int {
        guard word[0] >= multiByteLead, word.count > 1 else { return Int(word[0]) }
        return Int(word[1])
    }

    /// Scrambles an edge key for its slot.
    @inline(__always)
    static func mix(_ key: UInt64) -> Int {
        var value = key &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 29
        return Int(truncatingIfNeeded: value)
    }

    /// The candidates of a phrase.
    func candidates(of phrase: Int32) -> [Candidate] { phraseCandidates[Int(phrase)] }

    /// Whether a phrase is one of the gazetteer's ambiguous names.
    func isAmbiguous(_ phrase: Int32) -> Bool { phraseIsAmbiguous[Int(phrase)] }

    /// The number of words of a phrase.
    func wordCount(of phrase: Int32) -> Int { Int(phraseWordCount[Int(phrase)]) }

    /// The kind priority of an entity (lower wins).
    func rank(of entity: Int32) -> UInt8 { entityRank[Int(entity)] }

    /// An estimate of the bytes held.
    var memoryFootprint: Int {
        let candidates = phraseCandidates.reduce(0) { $0 + 48 + $1.count * MemoryLayout<Candidate>.stride }
        let names = entities.reduce(0) { $0 + MemoryLayout<EntityID>.stride + $1.id.utf8.count }
        return vocabSlots.count * 8 + vocabFilter.words.count * 8 + vocabOffsets.count * 4
            + vocabBytes.count + vocabStarts.count + vocabShapes.count * 8 + nameStartShapes.count * 8
            + watchingShapes.count * 8 + capitalStartShapes.count * 8 + capitalWatchingShapes.count * 8
            + (nameStartFilter.bits.count + watchingFilter.bits.count) * 8
            + vocabWatched.count + edgeKeys.count * 8 + edgeTargets.count * 4 + rootChildren.count * 4
            + nodePhrase.count * 4 + candidates + canonicalEntity.count * 4
            + phraseWordCount.count * 4 + phraseIsAmbiguous.count + names + entityRank.count
            + soleReadings.count * MemoryLayout<Candidate?>.stride + fullNamePerson.count * 4
            + (entityCountries.count + personCountries.count) * MemoryLayout<CountryCode?>.stride
    }
}
