/// The phrasings the travel extractor understands, as tables: a new phrasing is a new row.
extension TravelExtractor {
    /// One element of a travel pattern.
    enum Piece: Sendable {
        /// One of these words (lower case, or a punctuation mark).
        case word(Set<String>)
        /// One of these words, or nothing.
        case optional(Set<String>)
        /// A cardinal number in digits or words ("22", "eight", "Eleven"); captured.
        case number
        /// A list of countries ("Russia, Iran, Italy/Vatican, and Qatar (twice)"); captured.
        case places
    }

    /// What a matched pattern states.
    enum Fact: Sendable {
        /// The total number of trips (the number).
        case trips
        /// The number of bilateral trips.
        case bilateralCount
        /// Bilateral visits: the number (if any) and the places.
        case bilateralVisits
        /// State visits: the number (if any) and the destinations.
        case stateVisits
        /// Visits per country, with counts ("visited Russia four times, and Kazakhstan twice").
        case countedVisits
        /// One visit to each place ("made single trips to the UAE and Malaysia").
        case singleTrips
        /// Places visited, no count ("made additional trips to Saudi Arabia, UAE").
        case alsoVisited
        /// The number of multilateral events the text says it lists ("the other seven").
        case statedEvents
    }

    /// A row: a sequence of pieces and what it states.
    struct Pattern: Sendable {
        /// The pieces, matched in order from a token.
        var pieces: [Piece]
        /// What a match states.
        var fact: Fact
    }

    /// Adjectives between a number and "trips" that keep it a total ("eight foreign trips").
    static let tripAdjectives: Set<String> = ["foreign", "international", "overseas", "official", "abroad"]
    /// Nouns that count trips.
    static let tripNouns: Set<String> = ["trips", "visits", "journeys", "trip", "visit"]
    /// Dashes and commas that may set off an aside ("only one - a bilateral visit to Malaysia -").
    static let asides: Set<String> = ["-", "\u{2013}", "\u{2014}", ","]
    /// "of which", "of these", "of them".
    static let ofThese: Set<String> = ["which", "these", "them", "those"]

    /// The patterns, tried in order at each token; the first that matches wins and its tokens are consumed.
    static let patterns: [Pattern] = [
        // "Eleven of these were state visits to Hungary, …"
        Pattern(
            pieces: [
                .number, .word(["of"]), .word(ofThese), .optional(["were", "was"]), .word(["state"]),
                .word(["visits", "visit"]), .word(["to"]), .places,
            ], fact: .stateVisits),
        // "eight state visits to South Korea, …"
        Pattern(pieces: [.number, .word(["state"]), .word(["visits"]), .word(["to"]), .places], fact: .stateVisits),
        // "state visits to Turkey, China, and Tajikistan"
        Pattern(pieces: [.word(["state"]), .word(["visits", "visit"]), .word(["to"]), .places], fact: .stateVisits),
        // "six of which were bilateral"
        Pattern(
            pieces: [.number, .word(["of"]), .word(ofThese), .optional(["were", "was"]), .word(["bilateral"])],
            fact: .bilateralCount),
        // "only one - a bilateral visit to Malaysia"
        Pattern(
            pieces: [
                .word(["only"]), .number, .optional(asides), .word(["a"]), .word(["bilateral"]),
                .word(["visit", "trip"]), .word(["to"]), .places,
            ], fact: .bilateralVisits),
        // "four bilateral visits to the UAE and Tajikistan and two to Iran"
        Pattern(
            pieces: [.number, .word(["bilateral"]), .word(["visits", "trips"]), .word(["to"]), .places],
            fact: .bilateralVisits),
        // "eight foreign trips", "23 visits", "18 international visits"
        Pattern(pieces: [.number, .optional(tripAdjectives), .word(tripNouns)], fact: .trips),
        // "with visits to Russia, Iran, … and Qatar (twice)"
        Pattern(pieces: [.word(["with"]), .word(["visits", "trips"]), .word(["to"]), .places], fact: .countedVisits),
        // "visited Russia four times, and Kazakhstan twice"
        Pattern(pieces: [.word(["visited"]), .places], fact: .countedVisits),
        // "made single trips to the UAE and Malaysia"
        Pattern(
            pieces: [
                .word(["made", "paid"]), .word(["single", "one-off"]), .word(["trips", "visits"]),
                .word(["to"]), .places,
            ], fact: .singleTrips),
        // "made additional trips to Saudi Arabia, UAE, and other countries"
        Pattern(
            pieces: [
                .word(["made", "paid"]), .word(["additional", "further", "other"]), .word(["trips", "visits"]),
                .word(["to"]), .places,
            ], fact: .alsoVisited),
        // "The other seven engagements", "The remaining seven were summits"
        Pattern(pieces: [.word(["other", "remaining"]), .number], fact: .statedEvents),
    ]

    /// The indices of the patterns that start with a number, in order.
    static let numberPatterns: [Int] = patterns.indices.filter {
        if case .number = patterns[$0].pieces.first { return true }
        return false
    }

    /// The indices of the patterns that start with each word, in order: one lookup per token finds them.
    static let patternsByFirstWord: [String: [Int]] = {
        var table: [String: [Int]] = [:]
        for (index, pattern) in patterns.enumerated() {
            if case .word(let words) = pattern.pieces.first {
                for word in words { table[word, default: []].append(index) }
            }
        }
        return table
    }()

    /// A piece of ``patterns`` as the matcher reads it: its word set by vocabulary index.
    ///
    /// A struct rather than an enum with payloads: a payload's pointer may carry the enum's tag in
    /// its spare bits, where the leak checker of the fuzz targets does not recognise it.
    struct CompiledPiece: Sendable {
        /// What the piece matches.
        enum Kind: Sendable { case word, optional, number, places }

        /// What the piece matches.
        var kind: Kind
        /// The words of a `word` or `optional` piece (empty otherwise).
        var words: WordSet

        init(_ piece: Piece) {
            switch piece {
            case .word(let words): (kind, self.words) = (.word, WordSet(words))
            case .optional(let words): (kind, self.words) = (.optional, WordSet(words))
            case .number: (kind, words) = (.number, WordSet([]))
            case .places: (kind, words) = (.places, WordSet([]))
            }
        }
    }

    /// The pieces of ``patterns``, compiled, by pattern index.
    static let compiledPatterns: [[CompiledPiece]] = patterns.map { $0.pieces.map(CompiledPiece.init) }

    /// The words that may follow the number of a pattern that starts with one (its optional words, up
    /// to and including its first required word): a number followed by anything else starts no pattern.
    static let numberFollowers: WordSet = {
        var words: Set<String> = []
        for index in numberPatterns {
            pieces: for piece in patterns[index].pieces.dropFirst() {
                switch piece {
                case .optional(let set): words.formUnion(set)
                case .word(let set):
                    words.formUnion(set)
                    break pieces
                case .number, .places: break pieces
                }
            }
        }
        return WordSet(words)
    }()

    /// ``patternsByFirstWord`` by ``ProseText/vocabulary`` index.
    static let patternsByWord: [[Int]] = ProseText.vocabulary.words.map { patternsByFirstWord[$0] ?? [] }

    /// Phrases that stand for the predecessor in office of the person summarised before
    /// ("His father and the previous president"), when no name follows.
    static let predecessorPhrases: [[String]] = [
        ["his", "father", "and", "the", "previous", "president"], ["the", "previous", "president"],
        ["his", "predecessor"], ["her", "predecessor"], ["the", "former", "president"],
    ]

    /// Lower-case words allowed inside an event name ("Council of Elders").
    static let eventNameConnectors: Set<String> = ["of", "the", "and", "on", "for", "in", "de", "la", "du", "with"]
    /// Punctuation allowed inside an event name.
    static let eventNamePunctuation: Set<String> = ["'", "\u{2019}", ":", "+", "&", "-", "\u{2013}"]

    // MARK: Single visits in prose

    /// The words that may tell of a single visit: the nouns ("paid a state visit", "paid state visits to …")
    /// and the verb ("will visit", "visited", "is visiting").
    static let visitWords: Set<String> = ["visit", "trip", "visits", "visited", "visiting"]

    /// The plural noun of a visit: "paid state visits to Kazakhstan and Tajikistan" is one visit per place.
    /// Capitalised right after a headline's subject, it is the verb ("Tokayev Visits Baku").
    static let pluralVisitWord = ProseText.id(of: "visits")

    /// The verb forms among ``visitWords``: they tell of a visit only in a phrase of ``visitVerbCues``.
    static let visitVerbForms = WordSet(["visited", "visiting"])

    /// Phrases ending in the verb "visit" that say whether the visit happened, longest first; the verb's
    /// subject is the traveller and its object the destination ("Tokayev will visit Baku", "visited Tbilisi
    /// on May 5"). With `afterPerson`, the phrase must follow a headline's subject ("Japarov to Visit
    /// Tashkent").
    static let visitVerbCues: [(words: [String], status: Visit.Status, afterPerson: Bool)] = [
        (["plans", "to", "visit"], .planned, false), (["planning", "to", "visit"], .planned, false),
        (["set", "to", "visit"], .planned, false), (["expected", "to", "visit"], .planned, false),
        (["scheduled", "to", "visit"], .planned, false), (["due", "to", "visit"], .planned, false),
        (["intends", "to", "visit"], .planned, false), (["is", "to", "visit"], .planned, false),
        (["will", "also", "visit"], .planned, false), (["will", "then", "visit"], .planned, false),
        (["will", "visit"], .planned, false), (["would", "visit"], .planned, false),
        (["to", "visit"], .planned, true), (["is", "visiting"], .ongoing, false),
        (["are", "visiting"], .ongoing, false), (["visited"], .completed, false),
    ]

    /// Words right before "visit" that make it a verb ("to visit", "will visit", "did not visit"): the noun
    /// rules do not read it, and it tells of a visit only in a phrase of ``visitVerbCues``.
    static let verbMarkerWords: Set<String> = [
        "to", "will", "would", "not", "never", "may", "might", "could", "can", "should", "must", "did", "does", "do",
        "also", "then",
    ]

    /// Words passed over between a verb visit and its subject ("Tokayev has also visited", "Putin was due
    /// to visit").
    static let subjectSkipWords: Set<String> = [
        "has", "have", "had", "was", "were", "been", "is", "are", "also", "then", "later", "last", "first",
        "recently", "already", "soon", "reportedly", "subsequently", "afterwards", "finally", "now", "again", "both",
    ]

    /// Modals that, before "have", make a visit one that did not happen ("would have visited").
    static let unrealModalWords: Set<String> = ["would", "could", "might", "should", "must", "may"]

    /// Pronouns that stand for the person the sentence names first ("Tokayev said he would visit Moscow").
    static let pronounWords: Set<String> = ["he", "she", "they"]

    /// Words before a planning phrase that put the plan in the past ("was due to visit", "had been expected
    /// to visit"): a visit only when the sentence says it was called off.
    static let pastPlanWords: Set<String> = ["was", "were", "been"]

    /// Words that call a visit or a plan off ("cancelled plans to visit", "the trip was postponed").
    static let cancelWords: Set<String> = [
        "cancelled", "canceled", "postponed", "scrapped", "shelved", "abandoned",
    ]

    /// Words in a visit's clause that make it a question, a condition or a denial, not a fact ("If Putin
    /// visited Astana, …", "asked whether Xi will visit Bishkek", "Peskov denied that Putin would visit …").
    static let hypotheticalWords: Set<String> = [
        "if", "whether", "unless", "neither", "denied", "dismissed", "refuted",
    ]

    /// Words that make a visit a condition after it, or at the opening of its sentence ("Erdoğan would visit
    /// Turkmenistan if invited", "If the weather permits, …").
    static let conditionWords: Set<String> = ["if", "unless"]

    /// Adverbs that join a verb to an earlier one with its own subject ("Tokayev met Xi, then visited
    /// Shanghai").
    static let sequencerWords: Set<String> = ["then", "later", "subsequently", "afterwards"]

    /// Possessives between "cancelled" and "plans to visit".
    static let possessiveWords: Set<String> = ["his", "her", "their", "its"]

    /// Words of a date, which may come between a visit's destination and its cancellation ("… to Astana in
    /// March was postponed").
    static let dateWordList: Set<String> = [
        "in", "on", "this", "next", "last", "early", "late", "mid", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Words before plural visits that make them a summary's, not visits told one by one ("made several
    /// visits to Moscow").
    static let quantityWords: Set<String> = [
        "several", "numerous", "multiple", "frequent", "many", "repeated", "regular", "countless", "dozens",
    ]

    /// Phrases after a visit's destination that call it off, for a visit with no cue before it ("Putin's
    /// visit to Astana was postponed").
    static let visitCancelAfterCues: [[String]] = [
        ["was", "cancelled"], ["was", "canceled"], ["was", "postponed"], ["was", "called", "off"],
        ["has", "been", "cancelled"], ["has", "been", "canceled"], ["has", "been", "postponed"],
        ["had", "been", "cancelled"], ["had", "been", "postponed"], ["is", "postponed"], ["is", "cancelled"],
    ]

    /// Words in a visit's clause that count visits ("visited Russia four times", "Kazakhstan twice", "on
    /// several occasions"): a summary's count, not one visit.
    static let visitCountWords: Set<String> = ["once", "twice", "thrice", "times", "occasions"]

    /// Words that may follow a destination: a mark, a number, or one of these ("visited Baku on Monday",
    /// "… Baku and Tbilisi", "… Baku last week"); any other word makes the place part of a name or a
    /// modifier ("visited the Kazakhstan pavilion").
    static let placeFollowerWords: Set<String> = [
        "and", "then", "on", "in", "at", "for", "from", "to", "during", "last", "this", "next", "after", "before",
        "since", "with", "where", "by", "until", "as", "earlier", "later", "again", "ahead", "amid", "following",
        "over", "via", "while", "when", "together", "accompanied", "alongside", "early", "late", "today",
        "tomorrow", "yesterday", "shortly", "soon", "recently", "but", "or", "which", "who", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Words that end the search for a visit's date after it: a date after them is another event's ("visited
    /// Astana for the first time since 2022", "… since taking office in 2019").
    static let dateStopWords: Set<String> = [";", "since", "until"]

    /// ``visitVerbCues``, compiled.
    static let visitVerbCuePhrases = visitVerbCues.map {
        (phrase: WordPhrase($0.words), status: $0.status, afterPerson: $0.afterPerson)
    }
    /// ``verbMarkerWords``, compiled.
    static let verbMarkers = WordSet(verbMarkerWords)
    /// ``visitCancelAfterCues``, compiled.
    static let visitCancelAfterPhrases = visitCancelAfterCues.map(WordPhrase.init)
    /// ``visitCountWords``, compiled.
    static let visitCounts = WordSet(visitCountWords)
    /// Marks that join a place's name to more of a name ("Russia's pavilion", "the Kazakhstan-China forum").
    static let nameJoiners = WordSet(["'", "\u{2019}", "-", "\u{2013}"])
    /// The words that join places of a list ("Baku, Tbilisi and Yerevan", "Baku and then Tbilisi").
    static let listJoiners = WordSet([",", "and", "then"])
    /// ``subjectSkipWords``, compiled.
    static let subjectSkips = WordSet(subjectSkipWords)
    /// ``unrealModalWords``, compiled.
    static let unrealModals = WordSet(unrealModalWords)
    /// ``pronounWords``, compiled.
    static let pronouns = WordSet(pronounWords)
    /// ``pastPlanWords``, compiled.
    static let pastPlans = WordSet(pastPlanWords)
    /// ``cancelWords``, compiled.
    static let cancels = WordSet(cancelWords)
    /// ``hypotheticalWords``, compiled.
    static let hypotheticals = WordSet(hypotheticalWords)
    /// ``quantityWords``, compiled.
    static let quantities = WordSet(quantityWords)
    /// ``placeFollowerWords``, compiled.
    static let placeFollowers = WordSet(placeFollowerWords)
    /// Words that open a phrase of a place's own in a list ("Tashkent on January 14 and Astana on January
    /// 16").
    static let ownPhraseStarts = WordSet(["on", "in"])
    /// ``conditionWords``, compiled.
    static let conditions = WordSet(conditionWords)
    /// ``sequencerWords``, compiled.
    static let sequencers = WordSet(sequencerWords)
    /// ``possessiveWords``, compiled.
    static let possessives = WordSet(possessiveWords)
    /// ``dateWordList``, compiled.
    static let dateWords = WordSet(dateWordList)
    /// The vocabulary indices of "they", "called" and "off".
    static let theyID = ProseText.id(of: "they")
    static let calledID = ProseText.id(of: "called")
    static let offID = ProseText.id(of: "off")
    /// ``dateStopWords``, compiled.
    static let dateStops = WordSet(dateStopWords)
    /// The vocabulary indices of "and", "have", "who", "were" and "?".
    static let andID = ProseText.id(of: "and")
    static let haveID = ProseText.id(of: "have")
    static let whoID = ProseText.id(of: "who")
    static let wereID = ProseText.id(of: "were")
    static let questionID = ProseText.id(of: "?")

    /// The prepositions before a visit's destination ("visit to", "arrived in").
    static let toOrIn = WordSet(["to", "in"])

    /// ``predecessorPhrases``, compiled.
    static let predecessorPhraseIDs = predecessorPhrases.map(WordPhrase.init)

    /// ``visitKinds``, compiled.
    static let visitKindPhrases = visitKinds.map { (phrase: WordPhrase($0.words), kind: $0.kind) }

    /// ``visitStatusCues``, compiled.
    static let visitStatusCuePhrases = visitStatusCues.map { (phrase: WordPhrase($0.words), status: $0.status) }

    /// The first words of ``visitStatusCues``: no cue starts at another word.
    static let visitStatusCueStarts = WordSet(visitStatusCues.map { $0.words[0] })

    /// Words shortly before a visit's cue that deny it ("never paid", "has not paid", "refused to pay",
    /// "Neither Putin nor Xi visited"; "t" is the end of "hasn't", "didn't").
    static let visitNegationWords: Set<String> = [
        "not", "never", "no", "refused", "declined", "nor", "neither", "t",
    ]

    /// Words that, after a comma, open an aside whose people are not the traveller ("Japarov, who met
    /// Tokayev, paid …", "…, accompanied by Japarov, …").
    static let asideOpenerWords: Set<String> = [
        "who", "whom", "whose", "where", "which", "when", "while", "accompanied", "alongside", "together", "after",
        "having", "with",
    ]

    /// The vocabulary index of a comma.
    static let commaID = ProseText.id(of: ",")

    /// ``visitNegationWords``, compiled.
    static let visitNegations = WordSet(visitNegationWords)
    /// ``asideOpenerWords``, compiled.
    static let asideOpeners = WordSet(asideOpenerWords)

    /// Words before "visit" that give its level, longest first.
    static let visitKinds: [(words: [String], kind: Visit.Kind)] = [
        (["official", "working"], .officialWorking), (["state"], .state), (["official"], .official),
        (["working"], .working), (["private"], .private), (["unofficial"], .private),
    ]

    /// Words before a visit that say whether it happened; searched backwards from "visit", nearest first.
    static let visitStatusCues: [(words: [String], status: Visit.Status)] = [
        (["will", "pay"], .planned), (["will", "make"], .planned), (["to", "pay"], .planned),
        (["will", "travel"], .planned), (["would", "pay"], .planned), (["would", "make"], .planned),
        (["is", "expected"], .planned), (["plans"], .planned), (["is", "on"], .ongoing), (["are", "on"], .ongoing),
        (["is", "currently", "on"], .ongoing), (["are", "currently", "on"], .ongoing), (["is", "now", "on"], .ongoing),
        (["began"], .ongoing), (["begins"], .ongoing), (["cancelled"], .cancelled), (["canceled"], .cancelled),
        (["postponed"], .cancelled), (["called", "off"], .cancelled), (["paid"], .completed), (["made"], .completed),
        (["arrived"], .completed), (["concluded"], .completed), (["completed"], .completed),
        (["wrapped", "up"], .completed), (["wraps", "up"], .completed), (["ended"], .completed),
        (["is", "paying"], .ongoing), (["are", "paying"], .ongoing), (["is", "making"], .ongoing),
        (["are", "making"], .ongoing), (["started"], .ongoing), (["kicked", "off"], .ongoing),
    ]
}
