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
    /// Slots: the hash's upper 32 bits, then the word id plus one; zero marks an empty slot.
    private var vocabSlots: [UInt64] = []
    /// Per first byte of a normal form, bit `n` (n < 64) is set when some word of that length starts with it:
    /// most words of the text are rejected before they are even hashed.
    private var vocabShapes: [UInt64] = []
    /// A filter on the hash that rejects most unknown words with one load that stays in cache
    /// (``filterBit(_:first:)``).
    private var vocabFilter: [UInt64] = []
    private var vocabOffsets: [Int32] = []
    private var vocabLengths: [Int32] = []
    /// The normal forms one after another, then eight zero bytes, so that any word may be read eight
    /// bytes at a time.
    private var vocabBytes: [UInt8] = []
    /// Per word id: bit `c` is set when a name starts with the word in case class `c`.
    private var vocabStarts: [UInt8] = []
    /// Like ``vocabShapes``, for the words that start a name in the "any case" class ("von der
    /// Leyen"): a lower-case word outside a run that fits none of them is skipped without a lookup.
    private var nameStartShapes: [UInt64] = []
    /// ``nameStartShapes`` and the shapes of the watched words, for scans that report them.
    private var watchingShapes: [UInt64] = []
    /// The shapes of the words that start a name in any case class: a capitalised word outside a run
    /// that fits none of them is skipped without a lookup.
    private var capitalStartShapes: [UInt64] = []
    /// ``capitalStartShapes`` and the shapes of the watched words, for scans that report them.
    private var capitalWatchingShapes: [UInt64] = []
    private var vocabMask = 0
    /// The number of words that occur in names; the words after them are only watched.
    private var nameWordCount: Int32 = 0
    /// Per word id: whether the scan reports where the word occurs (``scan(_:anchors:)``).
    private var vocabWatched: [Bool] = []

    // Trie: edges keyed by (node, word id * 3 + case class).
    private var edgeKeys: [UInt64] = []
    private var edgeTargets: [Int32] = []
    private var edgeMask = 0
    private var nodePhrase: [Int32] = [-1]

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
        var vocabulary: [[UInt8]: Int32] = [:]
        var words: [[UInt8]] = []
        var edges: [UInt64: Int32] = [:]
        let ambiguous = Set(gazetteer.ambiguousNames.map(WordScanner.key))

        func add(_ name: String, entity: Int32, match: Way, weak: Bool) {
            let parts = WordScanner.words(of: name)
            guard !parts.isEmpty, !parts.dropFirst().contains(where: \.hardGapBefore) else { return }
            var node: Int32 = 0
            for part in parts {
                let id: Int32
                if let known = vocabulary[part.normal] {
                    id = known
                } else {
                    id = Int32(words.count)
                    vocabulary[part.normal] = id
                    words.append(part.normal)
                }
                let caseClass: UInt64
                if part.flags & WordScanner.isLetters != 0, part.flags & WordScanner.allUpper != 0 {
                    caseClass = 0
                } else if part.flags & WordScanner.firstUpper != 0 {
                    caseClass = 1
                } else {
                    caseClass = 2
                }
                let key = UInt64(node) << 32 | (UInt64(id) * 3 + caseClass)
                if let next = edges[key] {
                    node = next
                } else {
                    let next = Int32(nodePhrase.count)
                    nodePhrase.append(-1)
                    edges[key] = next
                    node = next
                }
            }
            var phrase = nodePhrase[Int(node)]
            if phrase < 0 {
                phrase = Int32(phraseCandidates.count)
                nodePhrase[Int(node)] = phrase
                phraseCandidates.append([])
                phraseWordCount.append(Int32(parts.count))
                let key = parts.map { String(decoding: $0.normal, as: UTF8.self) }.joined(separator: " ")
                phraseIsAmbiguous.append(ambiguous.contains(key))
            }
            let index = Int(phrase)
            if let existing = phraseCandidates[index].firstIndex(where: { $0.entity == entity }) {
                // The strongest reading of a phrase for one entity wins (a name over a surname).
                if phraseCandidates[index][existing].isWeak, !weak {
                    phraseCandidates[index][existing] = Candidate(entity: entity, match: match, isWeak: false)
                }
            } else {
                phraseCandidates[index].append(Candidate(entity: entity, match: match, isWeak: weak))
            }
        }

        var firstEntity: [EntityID: Int32] = [:]
        func entity(_ id: EntityID, rank: UInt8) -> Int32 {
            let index = Int32(entities.count)
            canonicalEntity.append(firstEntity[id] ?? index)
            if firstEntity[id] == nil { firstEntity[id] = index }
            entities.append(id)
            entityRank.append(rank)
            personFacts.append(nil)
            return Int32(entities.count - 1)
        }

        // Every case form of a name written in Russian, compiled into the same trie (``RussianInflection``).
        func add(_ name: String, as role: RussianInflection.Role, entity: Int32, match: Way, weak: Bool) {
            for form in RussianInflection.forms(of: name, as: role) {
                add(form, entity: entity, match: match, weak: weak)
            }
        }

        for country in gazetteer.countries {
            let index = entity(.country(country.code), rank: 0)
            add(country.name, entity: index, match: .name, weak: false)
            add(country.isoName, entity: index, match: .name, weak: false)
            for alias in country.aliases {
                let isCode = alias == country.code.rawValue || alias == country.alpha3
                add(alias, as: .place, entity: index, match: isCode ? .code : .alias, weak: false)
            }
            for demonym in country.demonyms {
                add(demonym, as: .adjective, entity: index, match: .demonym, weak: false)
            }
        }
        for organization in gazetteer.organizations {
            let index = entity(.organization(organization.name), rank: 1)
            add(organization.name, entity: index, match: .name, weak: false)
            add(organization.fullName, entity: index, match: .name, weak: false)
            for alias in organization.aliases { add(alias, as: .place, entity: index, match: .alias, weak: false) }
        }
        for city in gazetteer.cities {
            let index = entity(.city(city.name), rank: 2)
            add(city.name, entity: index, match: .name, weak: false)
            for alias in city.aliases { add(alias, as: .place, entity: index, match: .alias, weak: false) }
            for former in city.formerNames {
                add(former, as: .place, entity: index, match: .formerName, weak: false)
            }
            // Datelines write names in capitals, where a word of three letters or fewer would be an acronym:
            // "NUR-SULTAN", "NEW YORK" are spelled out in capitals too.
            for (name, way) in [(city.name, Way.name)] + city.aliases.map({ ($0, Way.alias) })
                + city.formerNames.map({ ($0, Way.formerName) }) where MentionAutomaton.hasShortWord(name)
            {
                add(name.uppercased(), entity: index, match: way, weak: false)
            }
        }
        for person in gazetteer.people {
            let index = entity(.person(person.name), rank: 3)
            if let country = person.country {
                personFacts[Int(index)] = (country.rawValue, Set(person.offices.map { $0.title.lowercased() }))
            }
            add(person.name, entity: index, match: .name, weak: false)
            for alias in person.aliases { add(alias, as: .person, entity: index, match: .alias, weak: false) }
            for surname in person.surnames { add(surname, as: .person, entity: index, match: .surname, weak: true) }
        }
        firstTitleEntity = Int32(entities.count)
        for title in roles.titles {
            add(title, entity: entity(EntityID(kind: "title", id: title), rank: 4), match: .role, weak: false)
        }

        nameWordCount = Int32(words.count)
        var watched = Set<Int32>()
        for word in watching {
            guard let part = WordScanner.words(of: word).first else { continue }
            if let known = vocabulary[part.normal] {
                watched.insert(known)
            } else {
                vocabulary[part.normal] = Int32(words.count)
                watched.insert(Int32(words.count))
                words.append(part.normal)
            }
        }
        vocabWatched = words.indices.map { watched.contains(Int32($0)) }
        // Freeze the vocabulary into an open-addressing table.
        var capacity = 16
        while capacity < words.count * 2 { capacity <<= 1 }
        vocabMask = capacity - 1
        vocabSlots = [UInt64](repeating: 0, count: capacity)
        vocabFilter = [UInt64](repeating: 0, count: MentionAutomaton.filterWords)
        vocabShapes = [UInt64](repeating: 0, count: 256)
        for (id, word) in words.enumerated() {
            if let first = word.first { vocabShapes[Int(first)] |= 1 << UInt64(min(word.count, 63)) }
            let hash = MentionAutomaton.hash(word)
            vocabOffsets.append(Int32(vocabBytes.count))
            vocabLengths.append(Int32(word.count))
            vocabBytes.append(contentsOf: word)
            var slot = Int(truncatingIfNeeded: hash) & vocabMask
            while vocabSlots[slot] != 0 { slot = (slot + 1) & vocabMask }
            vocabSlots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(id + 1)
            let bit = MentionAutomaton.filterBit(hash, first: word.first ?? 0)
            vocabFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        vocabBytes.append(contentsOf: repeatElement(0, count: 8))
        vocabStarts = [UInt8](repeating: 0, count: words.count)
        for key in edges.keys where key >> 32 == 0 {
            let edge = key & 0xFFFF_FFFF
            vocabStarts[Int(edge / 3)] |= 1 << UInt8(edge % 3)
        }
        nameStartShapes = [UInt64](repeating: 0, count: 256)
        watchingShapes = nameStartShapes
        capitalStartShapes = nameStartShapes
        capitalWatchingShapes = nameStartShapes
        for (id, word) in words.enumerated() {
            guard !word.isEmpty else { continue }
            let first = MentionAutomaton.shapeIndex(word)
            let bit: UInt64 = 1 << UInt64(min(word.count, 63))
            if vocabStarts[id] & 4 != 0 { nameStartShapes[first] |= bit }
            if vocabStarts[id] & 4 != 0 || vocabWatched[id] { watchingShapes[first] |= bit }
            if vocabStarts[id] != 0 { capitalStartShapes[first] |= bit }
            if vocabStarts[id] != 0 || vocabWatched[id] { capitalWatchingShapes[first] |= bit }
        }
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
        // Freeze the edges likewise; a stored key is the edge key plus one, so zero marks an empty slot.
        capacity = 16
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
    }

    /// Whether a name of two words or more has a capitalised word of three letters or fewer, which written in
    /// capitals would count as an acronym.
    private static func hasShortWord(_ name: String) -> Bool {
        let words = WordScanner.words(of: name)
        return words.count > 1
            && words.contains {
                $0.flags & WordScanner.isShort != 0 && $0.flags & WordScanner.firstUpper != 0
                    && $0.flags & WordScanner.allUpper == 0 && $0.flags & WordScanner.isLetters != 0
            }
    }

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
    private static func filterBit(_ hash: UInt64, first: UInt8) -> Int {
        Int(truncatingIfNeeded: (hash >> 40) & 0x3FFF) | Int(first >> 7) << 14
    }

    /// The first byte of a letter written with two bytes or more in UTF-8.
    private static let multiByteLead: UInt8 = 0xC0

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
    private static func mix(_ key: UInt64) -> Int {
        var value = key &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 29
        return Int(truncatingIfNeeded: value)
    }

    /// The word id of a normal form, or -1.
    @inline(__always)
    private func wordID(normal: UnsafeMutablePointer<UInt8>, length: Int) -> Int32 {
        guard length > 0, vocabShapes[Int(normal[0])] & (1 << UInt64(min(length, 63))) != 0 else { return -1 }
        let hash = WordScanner.hash(UnsafePointer(normal), count: length)
        let bit = MentionAutomaton.filterBit(hash, first: normal[0])
        guard vocabFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return -1 }
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & vocabMask
        while true {
            let stored = vocabSlots[slot]
            if stored == 0 { return -1 }
            if stored & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if Int(vocabLengths[index]) == length,
                    MentionAutomaton.equal(
                        normal, vocabBytes, at: Int(vocabOffsets[index]), length: length)
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
        var start: Int
        var end: Int
        var edgeBase: UInt64
        var flags: UInt8
        var line: Int
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
        return scan(bytes, lowerCaseShapes: nameStartShapes, capitalShapes: capitalStartShapes, anchors: &unused)
    }

    /// One pass over the text: every leftmost-longest phrase, in order; also appends to `anchors` the
    /// byte offset of every occurrence of a watched word (in any case) that starts below 2³¹.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, anchors: inout [Int32]) -> [RawMatch] {
        scan(bytes, lowerCaseShapes: watchingShapes, capitalShapes: capitalWatchingShapes, anchors: &anchors)
    }

    /// ``scan(_:anchors:)`` with no word passed over on its shape: every word is looked up. The reference
    /// the shape filters are tested against; it finds the same phrases and anchors, more slowly.
    func scanLookingUpEveryWord(_ bytes: UnsafeBufferPointer<UInt8>, anchors: inout [Int32]) -> [RawMatch] {
        let every = [UInt64](repeating: .max, count: 256)
        return scan(bytes, lowerCaseShapes: every, capitalShapes: every, anchors: &anchors)
    }

    /// One pass over the text, passing over the words outside a run whose shapes miss `lowerCaseShapes`
    /// (numbers and words in lower case) or `capitalShapes` (words starting with a capital); the watched
    /// words it looks up go to `anchors`.
    private func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, lowerCaseShapes: [UInt64], capitalShapes: [UInt64],
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
                while let word = run.isEmpty
                    ? scanner.next(skippingLowerCase: shapes, capitals: capitals) : scanner.next()
                {
                    if word.hardGapBefore, !run.isEmpty {
                        match(run, into: &matches)
                        run.removeAll(keepingCapacity: true)
                    }
                    if run.isEmpty, buffer[0] >= MentionAutomaton.multiByteLead,
                        MentionAutomaton.classes(word.flags) == 4, word.normalLength != Int.max,
                        lowerCaseShapes[Int(buffer[1])] & (1 << UInt64(min(word.normalLength, 63))) == 0
                    {
                        // A word in no capitals that starts with a letter of another script (Cyrillic), outside a
                        // run, that starts no name of the "any case" class and is not watched. (An ASCII word of
                        // that kind never gets here: the scanner passed over it on the same shapes.)
                        continue
                    }
                    var id =
                        word.normalLength == Int.max
                        ? -1 : wordID(normal: buffer, length: word.normalLength)
                    if id >= 0, vocabWatched[Int(id)] {
                        if word.start < Int(Int32.max) { anchors.append(Int32(word.start)) }
                        if id >= nameWordCount { id = -1 }
                    }
                    if id >= 0, run.isEmpty, vocabStarts[Int(id)] & MentionAutomaton.classes(word.flags) == 0 {
                        // A word that starts no name, outside a run, is no more than an unknown word.
                        continue
                    }
                    if id < 0 {
                        if !run.isEmpty {
                            match(run, into: &matches)
                            run.removeAll(keepingCapacity: true)
                        }
                        continue
                    }
                    run.append(
                        RunWord(
                            start: word.start, end: word.end, edgeBase: UInt64(id) * 3, flags: word.flags,
                            line: word.line,
                            lineStart: word.lineStart))
                }
                if !run.isEmpty { match(run, into: &matches) }
                return matches
            }
        }
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
        return vocabSlots.count * 8 + vocabFilter.count * 8 + vocabOffsets.count * 4 + vocabLengths.count * 4
            + vocabBytes.count + vocabStarts.count + vocabShapes.count * 8 + nameStartShapes.count * 8
            + watchingShapes.count * 8 + capitalStartShapes.count * 8 + capitalWatchingShapes.count * 8
            + vocabWatched.count + edgeKeys
            .count * 8 + edgeTargets.count * 4
            + nodePhrase.count * 4 + candidates + canonicalEntity.count * 4
            + phraseWordCount.count * 4 + phraseIsAmbiguous.count + names + entityRank.count
            + soleReadings.count * MemoryLayout<Candidate?>.stride + fullNamePerson.count * 4
            + (entityCountries.count + personCountries.count) * MemoryLayout<CountryCode?>.stride
    }
}
