/// The phrasings the partnership extractor understands, as tables: a new phrasing is a new row.
extension PartnershipExtractor {
    /// Nouns that end an instrument's title, the kind each gives, and the word that must precede it, if any.
    static let instruments: [String: (kind: Partnership.Kind, after: String?)] = [
        "agreement": (.agreement, nil), "treaty": (.treaty, nil), "memorandum": (.memorandum, nil),
        "roadmap": (.roadmap, nil), "declaration": (.declaration, nil), "statement": (.jointStatement, "joint"),
        "communique": (.jointStatement, "joint"), "dialogue": (.dialogue, nil), "dialog": (.dialogue, nil),
        "protocol": (.agreement, nil), "convention": (.treaty, nil), "charter": (.treaty, nil),
        "resolution": (.agreement, nil), "regulations": (.agreement, nil), "mou": (.memorandum, nil),
        "consultations": (.dialogue, nil),
    ]

    /// ``instruments`` by ``ProseText/vocabulary`` index.
    static let instrumentsByWord: [(kind: Partnership.Kind, after: String?)?] = ProseText.vocabulary.words.map {
        instruments[$0]
    }

    /// The tables compiled to vocabulary indices, for the rules' hot paths.
    enum Compiled {
        static let levels = PartnershipExtractor.levels.map { (phrase: WordPhrase($0.words), kind: $0.kind) }
        static let levelStarts = WordSet(PartnershipExtractor.levels.map { $0.words[0] })
        static let statusCues = PartnershipExtractor.statusCues.map {
            (phrase: WordPhrase($0.words), status: $0.status)
        }
        static let statusCueStarts = WordSet(PartnershipExtractor.statusCues.map { $0.words[0] })
        static let elevateCues = WordSet(PartnershipExtractor.elevateCues)
        static let planCues = WordSet(PartnershipExtractor.planCues)
        static let titleLinks = WordSet(PartnershipExtractor.titleLinks)
        static let titleConnectors = WordSet(PartnershipExtractor.titleConnectors)
        static let titleVerbs = WordSet(PartnershipExtractor.titleVerbs)
        static let nounTail = WordPhrase(PartnershipExtractor.nounTail)
        static let denials = WordSet(PartnershipExtractor.denialWords)
        static let denialStops = WordSet([",", "and", "but"])
        static let headlineSigns = WordSet(PartnershipExtractor.headlineSignWords)
        static let modals = WordSet(PartnershipExtractor.modalWords)
        static let listOpeners = WordSet(PartnershipExtractor.listOpenerWords)
        static let discussCues = WordSet(PartnershipExtractor.discussWords)
        static let topicLinks = WordSet(PartnershipExtractor.topicLinks)
        static let titleStops = WordSet(PartnershipExtractor.titleStops)
        static let determiners = WordSet(PartnershipExtractor.determiners)
        static let possessives = WordSet(PartnershipExtractor.possessives)
        static let singleOwners = WordSet(PartnershipExtractor.singleOwnerWords)
        static let clauseOpeners = WordSet(PartnershipExtractor.clauseOpenerWords)
        static let levelDenials = WordSet(PartnershipExtractor.levelDenialWords)
        static let levelPlans = WordSet(PartnershipExtractor.levelPlanWords)
        static let levelBecomings = WordSet(PartnershipExtractor.levelBecomingWords)
        static let levelProposals = WordSet(PartnershipExtractor.levelProposalWords)
        static let copulas = WordSet(PartnershipExtractor.copulaWords)
        static let copulaAdverbs = WordSet(PartnershipExtractor.copulaAdverbWords)
        static let partnerLinks = WordSet(PartnershipExtractor.partnerLinkWords)
        static let objectMarkers = WordSet(PartnershipExtractor.objectMarkerWords)
        static let semicolon = ProseText.id(of: ";")
        static let question = ProseText.id(of: "?")
        static let partnerQualifiers = WordSet(PartnershipExtractor.partnerQualifiers)
        static let partnerNouns = WordSet(PartnershipExtractor.partnerNouns)
        static let formatWords = WordSet(PartnershipExtractor.formatWords)
        static let formatQualifiers = WordSet(PartnershipExtractor.formatQualifiers)
        static let levelDiscussions = WordSet(PartnershipExtractor.levelDiscussionWords)
        static let documentNouns = WordSet(PartnershipExtractor.documentNouns)
        static let articles = WordSet(["a", "an", "the"])
        static let signatoryStops = WordSet(["in", "on", "at", ",", "."])
        static let and = ProseText.id(of: "and")
        static let with = ProseText.id(of: "with")
        static let the = ProseText.id(of: "the")
        static let comma = ProseText.id(of: ",")
        static let enDash = ProseText.id(of: "\u{2013}")
        static let hyphen = ProseText.id(of: "-")
        static let `in` = ProseText.id(of: "in")
        static let between = ProseText.id(of: "between")
        static let by = ProseText.id(of: "by")
        static let signed = ProseText.id(of: "signed")
        static let signings = WordSet(PartnershipExtractor.signingWords)
        static let documentQualifiers = WordSet(PartnershipExtractor.documentQualifiers)
        static let qualifierJoiners = WordSet(PartnershipExtractor.qualifierJoiners)
        static let documentCollectives = WordSet(PartnershipExtractor.documentCollectives)
        static let documentQuantifiers = WordSet(PartnershipExtractor.documentQuantifiers)
        static let documentStarts = WordSet(PartnershipExtractor.documentStartWords)
        static let documentVerbs = WordSet(PartnershipExtractor.documentVerbs.keys)
        static let pairPhrases = PartnershipExtractor.pairPhrases.map(WordPhrase.init)
        static let pairStarts = WordSet(PartnershipExtractor.pairPhrases.map { $0[0] })
        static let meetingWords = WordSet(PartnershipExtractor.meetingWords)
        static let sameDay = PartnershipExtractor.sameDayPhrases.map(WordPhrase.init)
        static let be = ProseText.id(of: "be")
        static let of = ProseText.id(of: "of")
        static let our = ProseText.id(of: "our")
    }

    /// Words before or after an instrument that say where it stands, nearest first.
    static let statusCues: [(words: [String], status: Partnership.Status)] = [
        (["will", "sign"], .planned), (["to", "sign"], .planned), (["will", "be", "signed"], .planned),
        (["to", "be", "signed"], .planned), (["would", "be", "signed"], .planned), (["signed"], .signed),
        (["signing"], .signed), (["signs"], .signed), (["adopted"], .adopted),
        (["renewed"], .renewed), (["extended"], .renewed), (["proposed"], .proposed), (["proposal"], .proposed),
        (["discussed"], .discussed), (["to", "adopt"], .planned), (["will", "adopt"], .planned),
        (["issued"], .adopted), (["released"], .adopted), (["issue", "this"], .adopted),
    ]

    /// Words anywhere in a sentence that make what it names a plan ("Key initiatives include …").
    static let planCues: Set<String> = [
        "plan", "plans", "planned", "initiatives", "foresees", "inaugural", "upcoming", "will", "program",
        "programme", "envisages", "scheduled",
    ]

    /// Words that end a title's trailing "on …" part ("Roadmap on critical minerals, signed …", "agreement on
    /// culture during the visit", "… on the sidelines of the summit").
    static let titleStops: Set<String> = [
        "signed", "adopted", "between", "with", "in", "at", "by", "was", "were", "is", "are", "which", "that", "as",
        "to", "and", "will", "has", "have", "had", "during", "amid", "following", "sidelines", "after", "before",
    ]

    /// Words after an instrument's noun that are part of its name ("memorandum of understanding on …").
    static let nounTail = ["of", "understanding"]

    /// Words that may start a title's trailing part.
    static let titleLinks: Set<String> = ["on", "of", "for", "concerning", "regarding"]

    /// Lower-case words allowed between capitalised words of a title ("Partnership and Cooperation").
    static let titleConnectors: Set<String> = ["and", "of", "on", "for", "in", "the"]

    /// Verbs of headlines that end a title read backwards from its noun ("Kyrgyzstan and Italy Sign
    /// Agreement" names no "Italy Sign Agreement").
    /// Words that may also be part of a title ("Space Launch Agreement", "Action Plan") are not among them.
    static let titleVerbs: Set<String> = [
        "sign", "signs", "signed", "ink", "inks", "adopt", "adopts", "approve", "approves", "ratify", "ratifies",
        "conclude", "concludes", "discuss", "discusses", "propose", "proposes", "renews", "extends", "to",
    ]

    /// Headline verbs that say an instrument was signed ("Kyrgyzstan and Italy Sign Agreement"), unless a
    /// modal comes before them ("… to Sign", "… May Sign").
    static let headlineSignWords: Set<String> = ["sign", "signs", "ink", "inks"]

    /// Words before a verb that make it no fact ("could sign", "will sign", "did not sign").
    static let modalWords: Set<String> = [
        "to", "will", "would", "may", "might", "could", "can", "should", "shall", "must", "not", "never",
    ]

    /// Words shortly before an instrument that deny it ("refused to sign the …", "withdrew from the …").
    static let denialWords: Set<String> = ["refused", "declined", "withdrew", "withdraws", "quit", "rejected"]

    /// Words that open a list of instruments whose status was said before it ("12 documents, including a
    /// roadmap").
    static let listOpenerWords: Set<String> = ["including", "among"]

    /// Words before a relationship level that make it talked of, not done ("discussed elevating …").
    static let discussWords: Set<String> = ["discussed", "discuss", "discussing", "considered", "explored"]

    /// Words that introduce a list of what an instrument or documents cover ("41 documents covering
    /// energy, transport and tourism", "the agreement … covers healthcare").
    static let topicLinks: Set<String> = ["covering", "covers", "concerning", "regarding"]

    /// Capitalised words that never start a title.
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "its", "their", "our", "his", "her"]

    /// Relationship levels, longest first.
    static let levels: [(words: [String], kind: Partnership.Kind)] = [
        (["comprehensive", "strategic", "partnership", "and", "alliance"], .alliance),
        (["comprehensive", "strategic", "partnership", "and", "allied", "relations"], .alliance),
        (["comprehensive", "strategic", "partnership"], .comprehensiveStrategicPartnership),
        (["strategic", "partnership"], .strategicPartnership),
        (["allied", "relations"], .alliance), (["allied", "relationship"], .alliance), (["alliance"], .alliance),
        (["comprehensive", "strategic", "partners"], .comprehensiveStrategicPartnership),
        (["strategic", "partners"], .strategicPartnership),
    ]

    /// Possessives of one party before a level: "Kazakhstan values its strategic partnership" names one
    /// party, where "their strategic partnership" names those before it, and "our" (said by one side to the
    /// other) the two sides.
    static let singleOwnerWords: Set<String> = ["its", "his", "her", "my"]

    /// Words in a level's clause that deny it, ask about it or make it a condition or a thing of the past
    /// ("do not have", "are not yet", "hasn't", "denied that", "if", "were once strategic partners").
    static let levelDenialWords: Set<String> = [
        "no", "not", "never", "yet", "t", "denied", "rejected", "refused", "dismissed", "once", "formerly", "if",
        "whether", "unless",
    ]

    /// Verbs that form a level, after which a plan or a hope makes it `planned` or `proposed` ("plan to
    /// establish …", "could become strategic partners").
    static let levelBecomingWords: Set<String> = [
        "become", "becoming", "establish", "establishing", "form", "forming", "create", "forge", "forging", "build",
    ]

    /// Words in a level's clause that make it a plan ("plan to establish a strategic partnership").
    static let levelPlanWords: Set<String> = ["plan", "plans", "planned", "will", "expected", "intend", "intends"]

    /// Words in a level's clause that make it hoped for or put forward ("could become strategic partners").
    static let levelProposalWords: Set<String> = [
        "could", "may", "might", "hope", "hopes", "aim", "aims", "want", "wants", "seek", "seeks", "proposed",
    ]

    /// Words before "strategic partners" that make it a level ("are strategic partners", "see each other as
    /// strategic partners").
    static let copulaWords: Set<String> = ["are", "were", "remain", "remained", "become", "became", "as", "be", "been"]

    /// Adverbs allowed between a copula and "strategic partners" ("are both strategic partners").
    static let copulaAdverbWords: Set<String> = ["both", "also", "still", "now", "long", "close", "key", "reliable"]

    /// Words after "strategic partners" that make them someone else's or sought ("… partners of Russia",
    /// "… partners for the project").
    static let partnerLinkWords: Set<String> = ["of", "for", "to", "among", "in"]

    /// Prepositions before a name that make it the object of another clause, not part of a level's subject
    /// ("While Russia is allied with Kazakhstan, Kyrgyzstan and China are strategic partners").
    static let objectMarkerWords: Set<String> = ["with", "to", "from", "by", "against", "into", "over", "than"]

    /// Words that, after a comma, open a new clause with its own subject ("…, and Kazakhstan and Russia are
    /// strategic partners").
    static let clauseOpenerWords: Set<String> = ["and", "but", "while", "whereas"]

    /// Verbs that raise a relationship to a level ("elevate relations to …").
    static let elevateCues: Set<String> = [
        "elevate", "elevated", "elevating", "raise", "raised", "upgrade", "upgraded",
    ]

    /// Possessives before a partner phrase ("our largest trade partner").
    static let possessives: Set<String> = ["our", "its", "their"]
    /// Words between the possessive and "partner".
    static let partnerQualifiers: Set<String> = [
        "largest", "biggest", "main", "key", "top", "leading", "major", "important", "reliable", "strategic", "trade",
        "trading", "economic", "investment", "principal",
    ]

    /// Nouns for a partner ("our largest trade partner").
    static let partnerNouns: Set<String> = ["partner", "partners"]

    /// Words near an organisation's name that make it a format ("the C5+1 format", "C5+1 initiative").
    static let formatWords: Set<String> = ["format", "platform", "initiative", "framework", "mechanism"]

    /// Tokens an item of a ";" list looks back for the status said before the list: a list of a handful of
    /// instruments with their titles fits.
    static let semicolonListReach = 96

    /// How many of ``formatQualifiers`` may stand between a format's name and its noun.
    static let formatQualifierReach = 2

    /// Adjectives between a format's name and its noun ("the C5+1 regional diplomatic platform").
    static let formatQualifiers: Set<String> = [
        "diplomatic", "regional", "dialogue", "cooperation", "consultative", "multilateral", "summit", "ministerial",
    ]

    /// Words that make a level named in passing a subject of the talks, not a bare fact: it is reaffirmed,
    /// pledged, furthered or discussed ("reaffirmed … the strategic partnership", "will further strengthen
    /// the strategic partnership", "the level of strategic partnership that has been attained").
    static let levelDiscussionWords: Set<String> = [
        "reaffirmed", "reaffirm", "reaffirms", "reaffirming", "affirmed", "pledge", "pledged", "pledges", "voiced",
        "further", "discuss", "discussed", "discussing", "consolidate", "consolidating", "advance", "advancing",
        "attained", "commitment", "committed",
    ]

    /// The words at which a rule may start (besides numbers and mentions): one lookup per token.
    static let triggers: Set<String> = Set(instruments.keys).union(levels.map { $0.words[0] }).union(possessives)
        .union(documentStartWords)

    /// Words at which documents counted may start, besides numbers: a batch, a quantifier, or a plural noun
    /// that opens its sentence.
    static let documentStartWords: Set<String> = documentCollectives.union(documentQuantifiers).union(documentNouns)

    /// Nouns after a number that count documents signed ("41 documents"), and the kind each gives.
    static let documentKinds: [String: Partnership.Kind] = [
        "documents": .agreement, "agreements": .agreement, "memorandums": .agreement, "memoranda": .agreement,
        "resolutions": .agreement, "decisions": .agreement, "statements": .jointStatement,
        "declarations": .declaration,
    ]

    /// ``documentKinds``' nouns.
    static let documentNouns = Set(documentKinds.keys)

    /// Nouns for a batch of documents, before "of" ("a package of documents", "a set of agreements"): a count
    /// without a number.
    static let documentCollectives: Set<String> = ["package", "set", "series", "number", "range", "batch"]

    /// Words that count documents without a number ("several agreements").
    static let documentQuantifiers: Set<String> = ["several", "numerous", "multiple", "various"]

    /// Verbs that tell what became of documents counted, by their form: done ("signed", "were inked",
    /// "adopted"), or, as an infinitive, to come ("expected to sign", "will adopt"). A done form after "be"
    /// is to come too ("to be signed").
    static let documentVerbs: [String: Partnership.Status] = [
        "signed": .signed, "inked": .signed, "concluded": .signed, "sealed": .signed, "exchanged": .signed,
        "adopted": .adopted, "approved": .adopted, "sign": .planned, "ink": .planned, "conclude": .planned,
        "adopt": .planned, "approve": .planned,
    ]

    /// Phrases that say a text's two sides act together ("the two sides", "our countries"): the parties are
    /// the two countries the text is about.
    static let pairPhrases: [[String]] = [
        ["two", "sides"], ["both", "sides"], ["two", "countries"], ["both", "countries"], ["our", "countries"],
        ["two", "states"], ["our", "states"], ["two", "nations"], ["our", "nations"],
    ]

    /// Phrases after an instrument that date it on the day the text is dated ("due to be signed the same
    /// day").
    static let sameDayPhrases: [[String]] = [["same", "day"], ["later", "today"]]

    /// Nouns that make a sentence's subject a meeting ("The summit is expected to adopt …"): what it adopts
    /// binds the members of the organisation whose meeting it is.
    static let meetingWords: Set<String> = [
        "summit", "meeting", "session", "council", "leaders", "participants", "forum", "ministerial",
    ]

    /// Adjectives between a count and its documents ("41 bilateral documents", "15 intergovernmental
    /// agreements").
    static let documentQualifiers: Set<String> = [
        "bilateral", "intergovernmental", "interagency", "interdepartmental", "interstate", "commercial", "new",
        "other", "cooperation", "investment", "trade", "economic", "major", "interministerial", "further",
    ]

    /// How many of ``documentQualifiers`` may stand between a count and its documents: a list of three
    /// with its joiners ("intergovernmental, interdepartmental and commercial") fits, a clause does not.
    static let documentQualifierReach = 6

    /// Verbs that tell documents were signed, in any voice ("signed", "were inked", "concluded").
    static let signingWords: Set<String> = ["signed", "inked", "concluded", "sealed", "exchanged"]

    /// The words of the tables added for counts of documents, pairs and meetings, for ``ProseText/vocabulary``.
    static let countVocabulary: Set<String> = Set(documentVerbs.keys).union(pairPhrases.joined()).union(meetingWords)
        .union(qualifierJoiners).union(sameDayPhrases.joined()).union(["be", "of", "our"])

    /// Words between documents' qualifiers ("intergovernmental, interdepartmental and commercial agreements").
    static let qualifierJoiners: Set<String> = [",", "and"]
}
