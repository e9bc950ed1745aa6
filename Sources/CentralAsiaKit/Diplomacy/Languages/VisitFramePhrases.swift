/// The words of one language that open and fill a visit frame: the cues that tell of a journey or of someone's
/// presence at a place, and the words that set its status, its kind, or rule it out.
///
/// A frame reader (``TravelExtractor``) reads any value of this type; the languages are ``all`` (English is
/// ``english``, Russian ``russian``). Every word is lower case (Cyrillic `ё` written `е`); a phrase is a list
/// of words matched token by token. ``words`` derives the vocabulary the prose tokenizer must know from the
/// value itself, so no word list is kept by hand.
struct VisitFramePhrases: Sendable {
    /// How a cue places its people.
    enum Role: Sendable {
        /// The cue's subject travels to the place named right after it ("traveled to Brussels",
        /// "arrived in Minsk", "left for Baku").
        case journey
        /// Everyone named in the cue's sentence is at the sentence's place ("met … in Tashkent", "held talks
        /// with …", "are taking part in the summit"); those from another country are visiting.
        case presence
    }

    /// A phrase that opens a frame.
    struct Cue: Sendable {
        /// The words, in order.
        let words: [String]
        /// How it places its people.
        let role: Role
        /// The status its tense gives when no other word of the clause says more ("met": completed; "is
        /// taking part": ongoing; "to attend": planned).
        let status: Visit.Status
        /// Whether a journey's place may follow the cue without a marker (a transitive verb: "посетил
        /// Москву", visited Moscow).
        var placeFollows = false
        /// Whether a journey's traveller may be named right after the cue, before its place (a noun and its
        /// genitive: "визит Токаева в Москву", Tokayev's visit to Moscow).
        var travellerFollows = false
        /// Whether the cue is a participle: at the start of a clause after a comma, its traveller is the
        /// person named right before it ("Токаева, прибывшего в Москву", Tokayev, who arrived in Moscow).
        var isAttributive = false
    }

    /// The language the phrases are of.
    let language: Language

    /// The cues, longest first where one starts another.
    let cues: [Cue]
    /// Words between a journey cue and its place ("to", "for", "in").
    let destinationMarkers: [String]
    /// Words before the place of a presence ("in Tashkent", "at Dushanbe airport").
    let placeMarkers: [String]
    /// Words that make the clause a plan ("will", "expected", "scheduled").
    let planWords: [String]
    /// Words that call the frame off ("cancelled", "postponed").
    let cancelWords: [String]
    /// Words that make a sentence no visit at all: calls, letters, invitations, conditions, denials.
    let blockerWords: [String]
    /// Nouns of a multilateral event ("summit", "ministerial"): a frame that names one is a multilateral visit.
    let eventWords: [String]
    /// Titles of people who live where they work ("ambassador"): present, but not visiting.
    let residentTitles: [String]
    /// The noun that stands for a capital after its adjective ("the Kazakh capital").
    let capitalWords: [String]
    /// Nouns that name a city after a country's adjective and "of" ("the Chinese city of Xi'an").
    let cityWords: [String]
    /// Words that open another main clause after a comma ("…, while Mirziyoyev paid …"): a presence's
    /// people and place are read up to them.
    let clauseBreakers: [String]
    /// Pronouns that stand for the last person named ("he", "him").
    let pronouns: [String]
    /// The marks and the word after them that make a name possessive ("Tokayev’s", "Kazakhstan's").
    let possessiveMarks: [String]
    /// The word after a possessive mark; `nil` in a language without one.
    let possessiveEnding: String?
    /// Places named by a building or seat ("the Kremlin" is in Moscow), by canonical city name.
    let landmarks: [(words: [String], city: String)]
    /// The words that mark a date as the text's own day ("today").
    let todayWords: [String]
    /// Arrival verbs in the past: a visit that began on the text's own day is still going on ("arrived in
    /// Tashkent on Wednesday", written on Wednesday).
    let arrivalWords: [String]
    /// The nouns and verbs of a visit ("visit", "trip"): a level before one gives a frame its kind, and a
    /// place after one (and one of ``visitMarkers``) is the place of a presence that names none.
    let visitNouns: [String]
    /// The words before one of ``visitNouns`` that give its level ("state", "official working"), longest
    /// first.
    let kinds: [(words: [String], kind: Visit.Kind)]
    /// Words between one of ``visitNouns`` and its place ("visit to", "visit in").
    let visitMarkers: [String]
    /// Words that open a condition: a sentence that starts with one is no visit ("If …").
    let conditionWords: [String]
    /// Words that join the items of a list of places ("and").
    let listJoiners: [String]
    /// Articles passed over before a place ("the").
    let articles: [String]
    /// The word between one of ``cityWords`` and the city's name ("the Chinese city of Xi'an"), or `nil`
    /// when the name follows right after ("город Сочи").
    let cityLink: String?
    /// How a participle ends ("heading"): its tense is its clause's; `nil` for none.
    let participleEnding: String?
    /// Whether a journey's subject may follow its verb when none is named before it ("В Бишкек прилетел
    /// Путин"): a language of free word order.
    let subjectMayFollow: Bool
    /// Whether a journey's place may stand before its verb when none follows it ("В Бишкек прилетел
    /// Путин").
    let placeMayPrecede: Bool
    /// Words that refer to a place named before ("there", "туда", "в республику"): a journey to one goes to
    /// the last place named before the cue in its paragraph that is not the traveller's own country.
    let placeReferences: [String]
    /// Words after which a person named is absent ("greetings from Putin", "пожелания от Путина"): not
    /// present at a presence's place.
    let absenceMarkers: [String]
    /// Relative pronouns ("who", "который"): a journey told in a relative clause is made by the person named
    /// right before it ("Japarov, who is paying a state visit to …").
    let relativePronouns: [String]

    /// Every word of the value: what the tokenizer's vocabulary must hold.
    var words: Set<String> {
        var all = Set(cues.flatMap(\.words))
        for list in [
            destinationMarkers, placeMarkers, planWords, cancelWords, blockerWords, eventWords, residentTitles,
            capitalWords, cityWords, [",", ";"], clauseBreakers, pronouns, possessiveMarks,
            possessiveEnding.map { [$0] } ?? [], todayWords, arrivalWords, visitNouns, kinds.flatMap(\.words),
            visitMarkers, conditionWords, listJoiners, articles, cityLink.map { [$0] } ?? [], placeReferences,
            absenceMarkers, relativePronouns,
        ] {
            all.formUnion(list)
        }
        all.formUnion(landmarks.flatMap(\.words))
        return all
    }

    /// The phrases of every language the package reads, English first.
    static let all: [VisitFramePhrases] = [.english, .russian]

    /// The first word of every cue: the words that open a frame.
    var cueStarts: Set<String> { Set(cues.compactMap(\.words.first)) }
}

extension VisitFramePhrases {
    /// Journey cues: each verb form with the status its tense gives. The place follows within
    /// ``TravelExtractor/journeyReach`` tokens after one of ``destinationMarkers`` ("led a delegation to").
    private static let journeys: [Cue] = cues(
        .journey,
        completed: [
            "arrived", "was in", "traveled", "travelled", "headed", "left", "departed", "flew", "went", "came", "led",
            "took",
        ],
        ongoing: [
            "arrives", "is arriving", "is traveling", "is travelling", "is heading", "heading", "is in", "are in",
            "is currently in", "are currently in",
        ],
        planned: [
            "travel", "travels", "traveling", "travelling", "arrive", "head", "heads", "leave", "leaves", "depart",
            "fly", "flies", "go", "come", "lead", "leads", "expected in", "due in",
        ])

    /// Presence cues: meetings, talks, receptions and attendance.
    private static let presences: [Cue] = cues(
        .presence,
        completed: [
            "met", "held talks", "had talks", "talks", "meeting", "welcomed", "greeted", "received", "hosted",
            "took part", "participated", "attended", "joined", "brought together", "gathered", "conversation",
            "signed", "laid",
        ],
        ongoing: [
            "is taking part", "are taking part", "taking part", "takes part", "is attending", "are attending",
            "attending", "participating", "meets", "holds talks", "hold talks", "welcomes", "greets", "receives",
            "hosts",
        ],
        planned: ["meet", "take part", "attend", "participate", "join", "sign"])

    /// Cues of one role, each phrase written as a string of words.
    static func cues(
        _ role: Role, completed: [String], ongoing: [String], planned: [String]
    ) -> [Cue] {
        let groups: [(Visit.Status, [String])] = [(.completed, completed), (.ongoing, ongoing), (.planned, planned)]
        return groups.flatMap { status, phrases in
            phrases.map { Cue(words: phraseWords($0), role: role, status: status) }
        }
    }

    /// The words of a phrase written with spaces.
    static func phraseWords(_ phrase: String) -> [String] {
        phrase.split(separator: " ").map(String.init)
    }

    /// English.
    static let english = VisitFramePhrases(
        language: .english,
        cues: (journeys + presences).sorted { $0.words.count > $1.words.count },
        destinationMarkers: ["to", "for", "in", "at"],
        placeMarkers: ["in", "at"],
        planWords: [
            "will", "shall", "expected", "scheduled", "set", "plans", "planned", "planning", "due", "going", "intends",
            "ready", "would", "upcoming", "forthcoming", "next",
        ],
        cancelWords: [
            "cancelled", "canceled", "postponed", "called", "scrapped", "cancel", "postpone", "cancellation",
        ],
        blockerWords: [
            "phone", "telephone", "video", "videoconference", "online", "virtual", "virtually", "letter", "message",
            "invited", "invitations", "invite", "if", "whether", "unless", "not", "never", "neither",
            "nor", "denied", "could", "might", "hope", "hopes", "wish", "congratulated", "condolences",
        ],
        eventWords: [
            "summit", "summits", "ministerial", "forum", "session", "conference", "assembly", "congress", "council",
            "gathering", "format", "games", "olympics", "expo", "dialogue",
        ],
        residentTitles: ["ambassador", "ambassadors", "charge", "consul", "envoy"],
        capitalWords: ["capital"],
        cityWords: ["city", "town"],
        clauseBreakers: ["while", "but", "whereas", "although", "though"],
        pronouns: ["he", "him", "she", "her"],
        possessiveMarks: ["’", "'"],
        possessiveEnding: "s",
        landmarks: [
            (["kremlin"], "Moscow"), (["white", "house"], "Washington"), (["akorda"], "Astana"),
            (["ak", "orda"], "Astana"), (["kuksaroy"], "Tashkent"), (["zhongnanhai"], "Beijing"),
            (["elysee"], "Paris"), (["downing", "street"], "London"),
        ],
        todayWords: ["today", "currently", "now"],
        arrivalWords: ["arrived"],
        visitNouns: TravelExtractor.visitWords.sorted(),
        kinds: TravelExtractor.visitKinds,
        visitMarkers: ["to", "in"],
        conditionWords: TravelExtractor.conditionWords.sorted(),
        listJoiners: ["and"],
        articles: ["the"],
        cityLink: "of",
        participleEnding: "ing",
        subjectMayFollow: false,
        placeMayPrecede: false,
        placeReferences: ["there"],
        absenceMarkers: ["from"],
        relativePronouns: ["who"])
}
