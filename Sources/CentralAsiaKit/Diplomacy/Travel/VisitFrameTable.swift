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
    }

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
    /// The word after a possessive mark.
    let possessiveEnding: Int32
    /// Words that mark the text's own day.
    let todayWords: WordSet
    /// Arrival verbs in the past: ongoing on the text's own day.
    let arrivalWords: WordSet
    /// Landmarks and their cities.
    let landmarks: [(phrase: WordPhrase, city: String)]

    /// Compiles a language's phrases.
    init(_ phrases: VisitFramePhrases) {
        cues = phrases.cues.map { Cue(phrase: WordPhrase($0.words), role: $0.role, status: $0.status) }
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
        possessiveEnding = ProseText.id(of: phrases.possessiveEnding)
        arrivalWords = WordSet(phrases.arrivalWords)
        landmarks = phrases.landmarks.map { (WordPhrase($0.words), $0.city) }
    }

    /// English, compiled.
    static let english = VisitFrameTable(.english)

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
