/// The words that introduce a person by title or role ("Foreign Minister Murat Nurtleu", "spokesperson Ned
/// Price"), and the words that tell the title's qualifier from the name after it: a table per language, read
/// by ``MentionFinder``.
///
/// Titles are matched as the gazetteer's names are (a capitalised word only capitalised, so "the minister"
/// is not read), and titles next to each other join ("Deputy" "Foreign Minister"). After
/// the title may come a qualifier — connectors (``connectors``), office and region words (``officeWords``),
/// places and organisations — and then the name: the last run of capitalised words, stopping at a lower-case
/// word, at punctuation other than an initial's dot, or at another title. A first word shaped like a verb of
/// a headline (five letters or more ending in a consonant and "s": "Visits", "Presents") is no name.
struct RoleTitles: Sendable {
    /// Title phrases, one or more words each: a capitalised word matches only a capitalised (or all-capital)
    /// word of the text ("Foreign Minister"), a lower-case one any ("spokesperson", "of"), as in the gazetteer.
    var titles: [String]
    /// Titles that only qualify the title after them ("deputy", "acting", "special"): alone, they introduce
    /// no one.
    var modifiers: Set<String>
    /// Lower-case words that join a title to its qualifier and a qualifier's parts ("of", "for", "and").
    var connectors: Set<String>
    /// Capitalised words of offices, portfolios and regions that are never part of a name after a title
    /// ("Affairs", "Energy", "Central"), lower case.
    var officeWords: Set<String>
    /// Capitalised words that are never the first word of a name after a title (days, months), lower case.
    var notNames: Set<String>
    /// The most words a name after a title may have; after a qualifier, a run of more than two words keeps
    /// its last two.
    var maximumNameWords: Int

    /// English.
    static let english = RoleTitles(
        titles: [
            "President", "Vice President", "Prime Minister", "Premier", "Chancellor", "Minister", "Foreign Minister",
            "Secretary", "Secretary of State", "Foreign Secretary", "Secretary-General", "Secretary General",
            "Under Secretary", "Undersecretary", "Deputy", "First Deputy", "Assistant", "acting", "Senior", "Special",
            "Executive", "Ambassador", "Envoy", "Special Envoy", "Special Representative", "High Representative",
            "Representative", "spokesperson", "spokesman", "spokeswoman", "press secretary", "Adviser", "Advisor",
            "Director", "Director-General", "Director General", "Chairman", "Chairwoman", "Chairperson", "Chair",
            "Speaker", "Governor", "Mayor", "Senator", "Congressman", "Congresswoman", "Commissioner",
            "Administrator", "Chief", "Chief of Staff", "Head", "Dr", "Prof", "Professor", "CEO", "General",
            "Colonel", "Consul", "Consul General", "Attaché", "Counselor", "Counsellor", "Emir", "King",
            "Crown Prince", "Sheikh", "Chief Executive Officer", "Chief Executive", "Executive Director",
            "Executive Secretary",
        ],
        modifiers: ["deputy", "first deputy", "assistant", "acting", "senior", "special", "executive", "chief"],
        connectors: ["of", "for", "the", "and", "to"],
        officeWords: [
            "affairs", "asia", "asian", "central", "south", "southern", "north", "northern", "east", "eastern",
            "west", "western", "middle", "bureau", "department", "ministry", "office", "republic", "policy",
            "staff", "region", "regional", "development", "international", "national", "security", "council",
            "defense", "defence", "foreign", "economic", "economy", "cooperation", "trade", "relations", "agency",
            "state", "states", "federation", "union", "energy", "agriculture", "industry", "infrastructure",
            "finance", "finances", "justice", "interior", "health", "education", "science", "culture",
            "information", "transport", "investment", "investments", "digital", "emergency", "situations",
            "ecology", "natural", "resources", "water", "labour", "labor", "social", "protection", "sports",
            "tourism", "environment", "commerce", "treasury", "homeland", "integration", "communications",
            "technology", "technologies", "innovation", "public", "diplomacy", "political", "military",
            "global", "bilateral", "multilateral", "congress", "senate", "parliament", "assembly", "house",
            "committee", "commission", "europe", "european", "eurasia", "eurasian", "africa", "pacific",
            "caucasus", "administration", "president", "presidential", "government", "cabinet", "general",
            "embassy", "mission", "operations", "programs", "programmes", "planning", "strategic",
            "strategy", "arms", "control", "counterterrorism", "terrorism", "narcotics", "law", "enforcement",
            "human", "rights", "democracy", "migration", "population", "refugees", "climate", "officer",
            "board", "directors", "company", "corporation", "group", "fund", "bank", "holding", "authority",
        ],
        notNames: [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "we", "he",
            "she", "they", "it", "i", "mr", "ms", "mrs", "on", "in", "at", "with", "for", "of", "and", "to",
            "by", "from", "about", "after", "before", "as", "but", "or", "if", "when", "while", "also",
            "said", "says", "will", "would", "has", "had", "was", "is", "are", "were", "who", "which",
            "meeting", "meets", "met", "call", "calls", "travel", "travels", "visit", "visits", "statement",
            "remarks", "trip", "talks", "office", "today", "yesterday", "tomorrow", "holds", "hosts", "meet",
            "receives", "discusses", "signs", "say", "calls", "urges", "arrives", "leaves", "attends", "welcomes",
            "congratulates", "thanks", "opens", "launches", "announces", "talk", "speaks", "sends", "addresses",
            "approves", "proposes", "notes", "stresses", "emphasizes", "emphasises", "praises", "outlines",
            "promises", "pledges", "pays", "gives", "takes", "makes", "reaffirms", "confirms", "reviews",
        ],
        maximumNameWords: 4)
}
