/// A ``VisitFramePhrases`` value compiled to vocabulary indices: what the frame reader compares tokens with.
struct VisitFrameTable: Sendable {
    /// A compiled cue.
    struct Cue: Sendable {
        /// Its words.
        let phrase: WordPhrase
        /// How it places its people.
        let role: VisitFramePhrases.Role
        /// The status its tense gives.
        let status: Visit.Status
        /// Whether a journey's place may follow without a marker.
        let placeFollows: Bool
        /// Whether a journey's traveller may be named right after the cue.
        let travellerFollows: Bool
        /// Whether the cue is a participle.
        let isAttributive: Bool
    }

    /// The language of the phrases.
    let language: Language

    /// The cues, longest first.
    let cues: [Cue]
    /// The first words of the cues.
    let cueStarts: WordSet
    /// The cues that start with each word, longest first, by the word's vocabulary index.
    private let cuesByStart: [[Cue]]
    /// Words between a journey cue and its place.
    let destinationMarkers: WordSet
    /// Words before the place of a presence.
    let placeMarkers: WordSet
    /// Words that make a clause a plan.
    let planWords: WordSet
    /// Words that call a frame off.
    let cancelWords: WordSet
    /// Words that rule a frame out.
    let blockers: WordSet
    /// Nouns of multilateral events.
    let eventWords: WordSet
    /// Titles of resident officials.
    let residentTitles: WordSet
    /// The noun for a capital.
    let capitalWords: WordSet
    /// Nouns for a city named after them.
    let cityWords: WordSet
    /// Words that open another main clause after a comma.
    let clauseBreakers: WordSet
    /// Pronouns for the last person named.
    let pronouns: WordSet
    /// The marks of a possessive.
    let possessiveMarks: WordSet
    /// The word after a possessive mark (-2, matching no token, in a language without one).
    let possessiveEnding: Int32
    /// Words that mark the text's own day.
    let todayWords: WordSet
    /// Arrival verbs in the past: ongoing on the text's own day.
    let arrivalWords: WordSet
    /// Landmarks and their cities.
    let landmarks: [(phrase: WordPhrase, city: String)]
    /// The nouns and verbs of a visit.
    let visitNouns: WordSet
    /// The levels of a visit, longest first.
    let kinds: [(phrase: WordPhrase, kind: Visit.Kind)]
    /// Words between a visit noun and its place.
    let visitMarkers: WordSet
    /// Words that open a condition.
    let conditions: WordSet
    /// Words that join a list of places.
    let listJoiners: WordSet
    /// Articles before a place.
    let articles: WordSet
    /// The word between a city noun and the city's name (-1 for none: the name follows right after).
    let cityLink: Int32
    /// How a participle ends, if the language has one the frames read.
    let participleEnding: String?
    /// Whether a journey's subject may follow its verb.
    let subjectMayFollow: Bool
    /// Whether a journey's place may stand before its verb.
    let placeMayPrecede: Bool
    /// Words that refer to a place named before.
    let placeReferences: WordSet
    /// Words after which a person named is absent.
    let absenceMarkers: WordSet
    /// Relative pronouns.
    let relativePronouns: WordSet

    /// Compiles a language's phrases.
    init(_ phrases: VisitFramePhrases) {
        language = phrases.language
        cues = phrases.cues.map {
            Cue(
                phrase: WordPhrase($0.words), role: $0.role, status: $0.status, placeFollows: $0.placeFollows,
                travellerFollows: $0.travellerFollows, isAttributive: $0.isAttributive)
        }
        cueStarts = WordSet(phrases.cueStarts)
        var byStart = [[Cue]](repeating: [], count: ProseText.vocabulary.words.count)
        for cue in cues where cue.phrase.count > 0 && cue.phrase.words[0] >= 0 {
            byStart[Int(cue.phrase.words[0])].append(cue)
        }
        cuesByStart = byStart
        destinationMarkers = WordSet(phrases.destinationMarkers)
        placeMarkers = WordSet(phrases.placeMarkers)
        planWords = WordSet(phrases.planWords)
        cancelWords = WordSet(phrases.cancelWords)
        blockers = WordSet(phrases.blockerWords)
        eventWords = WordSet(phrases.eventWords)
        residentTitles = WordSet(phrases.residentTitles)
        capitalWords = WordSet(phrases.capitalWords)
        pronouns = WordSet(phrases.pronouns)
        cityWords = WordSet(phrases.cityWords)
        clauseBreakers = WordSet(phrases.clauseBreakers)
        todayWords = WordSet(phrases.todayWords)
        possessiveMarks = WordSet(phrases.possessiveMarks)
        possessiveEnding = phrases.possessiveEnding.map(ProseText.id(of:)) ?? -2
        arrivalWords = WordSet(phrases.arrivalWords)
        landmarks = phrases.landmarks.map { (WordPhrase($0.words), $0.city) }
        visitNouns = WordSet(phrases.visitNouns)
        kinds = phrases.kinds.map { (WordPhrase($0.words), $0.kind) }
        visitMarkers = WordSet(phrases.visitMarkers)
        conditions = WordSet(phrases.conditionWords)
        listJoiners = WordSet(phrases.listJoiners)
        articles = WordSet(phrases.articles)
        cityLink = phrases.cityLink.map(ProseText.id(of:)) ?? -1
        participleEnding = phrases.participleEnding
        subjectMayFollow = phrases.subjectMayFollow
        placeMayPrecede = phrases.placeMayPrecede
        placeReferences = WordSet(phrases.placeReferences)
        absenceMarkers = WordSet(phrases.absenceMarkers)
        relativePronouns = WordSet(phrases.relativePronouns)
    }

    /// Every language of ``VisitFramePhrases/all``, compiled.
    static let all: [Language: VisitFrameTable] = Dictionary(
        VisitFramePhrases.all.map { ($0.language, VisitFrameTable($0)) }, uniquingKeysWith: { first, _ in first })

    /// English, compiled.
    static let english = VisitFrameTable(.english)

    /// The compiled phrases of a language; English for a language the package has no phrases for.
    static func table(for language: Language) -> VisitFrameTable {
        all[language] ?? english
    }

    /// Whether the tokens before `end` are a possessive mark and its ending ("’s"): the end of a possessive.
    func isPossessive(endingAt end: Int, in prose: ProseText) -> Bool {
        prose.id(end - 1) == possessiveEnding && prose.word(end - 2, in: possessiveMarks)
    }

    /// The cue that starts at a token, if any: the longest that matches.
    func cue(at position: Int, in prose: ProseText) -> Cue? {
        guard prose.word(position, in: cueStarts) else { return nil }
        return cuesByStart[Int(prose.id(position))].first { prose.matches($0.phrase, at: position) }
    }
}
