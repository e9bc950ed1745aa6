extension MentionAutomaton {
    /// The first step of compiling a gazetteer: its names as a vocabulary of word ids and a trie over them
    /// in dictionaries, with their phrases and entities; ``MentionAutomaton/init(gazetteer:watching:roles:)``
    /// then freezes them into tables.
    struct Compiler {
        /// Word ids by normal form.
        private(set) var vocabulary: [[UInt8]: Int32] = [:]
        /// The normal forms, by word id.
        private(set) var words: [[UInt8]] = []
        /// The trie: the child of a node, by (node, word id * 3 + case class).
        private(set) var edges: [UInt64: Int32] = [:]
        /// Per node: the phrase that ends there, or -1.
        private(set) var nodePhrase: [Int32] = [-1]
        /// Per phrase: its readings.
        private(set) var phraseCandidates: [[Candidate]] = []
        /// Per phrase: its number of words.
        private(set) var phraseWordCount: [Int32] = []
        /// Per phrase: whether it is one of the gazetteer's ambiguous names.
        private(set) var phraseIsAmbiguous: [Bool] = []
        /// The entities, by index.
        private(set) var entities: [EntityID] = []
        /// Per entity: its kind priority (``MentionAutomaton/entityRank``).
        private(set) var entityRank: [UInt8] = []
        /// Per entity: the first entity with the same identifier.
        private(set) var canonicalEntity: [Int32] = []
        /// Per person entity: the person's country and the lower-cased titles of their offices.
        private(set) var personFacts: [(country: String, titles: Set<String>)?] = []
        /// The index of the first title entity (``MentionAutomaton/firstTitleEntity``).
        private(set) var firstTitleEntity: Int32 = 0
        /// The first entity index of each identifier.
        private var firstEntity: [EntityID: Int32] = [:]
        /// The keys (``WordScanner/key(_:)``) of the gazetteer's ambiguous names.
        private let ambiguous: Set<String>

        /// Compiles the names of a gazetteer, then the titles of `roles`.
        init(gazetteer: Gazetteer, roles: RoleTitles) {
            ambiguous = Set(gazetteer.ambiguousNames.map(WordScanner.key))
            for country in gazetteer.countries { add(country) }
            for organization in gazetteer.organizations { add(organization) }
            for city in gazetteer.cities { add(city) }
            for person in gazetteer.people { add(person) }
            firstTitleEntity = Int32(entities.count)
            for title in roles.titles {
                add(title, entity: entity(EntityID(kind: "title", id: title), rank: 4), match: .role, weak: false)
            }
        }

        /// Adds words whose occurrences a scan reports (lower case, one word each), and returns, per word id,
        /// whether the word is watched.
        mutating func watch(_ watching: Set<String>) -> [Bool] {
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
            return words.indices.map { watched.contains(Int32($0)) }
        }

        /// Adds a country: its names, its codes and aliases in every case form, its demonyms.
        private mutating func add(_ country: Country) {
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

        /// Adds an organisation: its short and full names, its aliases in every case form.
        private mutating func add(_ organization: Organization) {
            let index = entity(.organization(organization.name), rank: 1)
            add(organization.name, entity: index, match: .name, weak: false)
            add(organization.fullName, entity: index, match: .name, weak: false)
            for alias in organization.aliases { add(alias, as: .place, entity: index, match: .alias, weak: false) }
        }

        /// Adds a city: its name, aliases and former names (in every case form), and those with a short word
        /// again in capitals.
        private mutating func add(_ city: City) {
            let index = entity(.city(city.name), rank: 2)
            add(city.name, entity: index, match: .name, weak: false)
            for alias in city.aliases { add(alias, as: .place, entity: index, match: .alias, weak: false) }
            for former in city.formerNames {
                add(former, as: .place, entity: index, match: .formerName, weak: false)
            }
            // Datelines write names in capitals, where a word of three letters or fewer would be an acronym:
            // "NUR-SULTAN", "NEW YORK" are spelled out in capitals too.
            for (name, way) in [(city.name, Way.name)] + city.aliases.map({ ($0, Way.alias) })
                + city.formerNames.map({ ($0, Way.formerName) }) where Compiler.hasShortWord(name)
            {
                add(name.uppercased(), entity: index, match: way, weak: false)
            }
        }

        /// Adds a person: their name, aliases and surnames (weak) in every case form, and their country and
        /// offices.
        private mutating func add(_ person: Person) {
            let index = entity(.person(person.name), rank: 3)
            if let country = person.country {
                personFacts[Int(index)] = (country.rawValue, Set(person.offices.map { $0.title.lowercased() }))
            }
            add(person.name, entity: index, match: .name, weak: false)
            for alias in person.aliases { add(alias, as: .person, entity: index, match: .alias, weak: false) }
            for surname in person.surnames { add(surname, as: .person, entity: index, match: .surname, weak: true) }
        }

        /// A new entity of a kind priority, and its index.
        private mutating func entity(_ id: EntityID, rank: UInt8) -> Int32 {
            let index = Int32(entities.count)
            canonicalEntity.append(firstEntity[id] ?? index)
            if firstEntity[id] == nil { firstEntity[id] = index }
            entities.append(id)
            entityRank.append(rank)
            personFacts.append(nil)
            return Int32(entities.count - 1)
        }

        /// Every case form of a name written in Russian, compiled into the same trie (``RussianInflection``).
        private mutating func add(
            _ name: String, as role: RussianInflection.Role, entity: Int32, match: Way, weak: Bool
        ) {
            for form in RussianInflection.forms(of: name, as: role) {
                add(form, entity: entity, match: match, weak: weak)
            }
        }

        /// Adds a name as one reading of its phrase; a name that spans a hard gap is left out.
        private mutating func add(_ name: String, entity: Int32, match: Way, weak: Bool) {
            let parts = WordScanner.words(of: name)
            guard !parts.isEmpty, !parts.dropFirst().contains(where: \.hardGapBefore) else { return }
            var node: Int32 = 0
            for part in parts { node = child(of: node, along: part) }
            let index = Int(phrase(at: node, of: parts))
            if let existing = phraseCandidates[index].firstIndex(where: { $0.entity == entity }) {
                // The strongest reading of a phrase for one entity wins (a name over a surname).
                if phraseCandidates[index][existing].isWeak, !weak {
                    phraseCandidates[index][existing] = Candidate(entity: entity, match: match, isWeak: false)
                }
            } else {
                phraseCandidates[index].append(Candidate(entity: entity, match: match, isWeak: weak))
            }
        }

        /// The child of a node along a word in its case class (0 all capitals, 1 capitalised, 2 any), added
        /// with the word when new.
        private mutating func child(
            of node: Int32, along part: (normal: [UInt8], flags: UInt8, hardGapBefore: Bool)
        )
            -> Int32
        {
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
            let key = UInt64(node) << 32 | (UInt64(id) * UInt64(MentionAutomaton.caseClasses) + caseClass)
            if let next = edges[key] { return next }
            let next = Int32(nodePhrase.count)
            nodePhrase.append(-1)
            edges[key] = next
            return next
        }

        /// The phrase that ends at a node, added when new.
        private mutating func phrase(
            at node: Int32, of parts: [(normal: [UInt8], flags: UInt8, hardGapBefore: Bool)]
        ) -> Int32 {
            var phrase = nodePhrase[Int(node)]
            guard phrase < 0 else { return phrase }
            phrase = Int32(phraseCandidates.count)
            nodePhrase[Int(node)] = phrase
            phraseCandidates.append([])
            phraseWordCount.append(Int32(parts.count))
            let key = parts.map { String(decoding: $0.normal, as: UTF8.self) }.joined(separator: " ")
            phraseIsAmbiguous.append(ambiguous.contains(key))
            return phrase
        }

        /// Whether a name of two words or more has a capitalised word of three letters or fewer, which written in
        /// capitals would count as an acronym.
        static func hasShortWord(_ name: String) -> Bool {
            let words = WordScanner.words(of: name)
            return words.count > 1
                && words.contains {
                    $0.flags & WordScanner.isShort != 0 && $0.flags & WordScanner.firstUpper != 0
                        && $0.flags & WordScanner.allUpper == 0 && $0.flags & WordScanner.isLetters != 0
                }
        }
    }
}
