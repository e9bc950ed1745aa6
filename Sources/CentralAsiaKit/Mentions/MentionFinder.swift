/// Finds every mention of every gazetteer entity in a text, in one pass.
///
/// Build a finder once per ``Gazetteer`` (it compiles every name into an automaton over normalised words)
/// and reuse it: it is a `Sendable` value, safe to share between tasks.
///
/// ```swift
/// let finder = MentionFinder(gazetteer: .standard)
/// for mention in finder.mentions(in: "Tokayev met the Uzbek president in Samarkand.") {
///     print(mention)   // 1:1: person:Kassym-Jomart Tokayev "Tokayev" (alias) …
/// }
/// ```
///
/// The rules, each pinned by a test:
/// - **Words.** Text and names are split alike into words by the package's word tokenizer: runs of letters,
///   or runs of digits (`"COP29"` is `COP` `29`, `"C5+1"` is `C` `5` `1`), compared without case and without
///   Latin diacritics, composed or not (`"Erdogan"` is `"Erdoğan"`, within the case rule below). A name
///   matches whole words only, and never across a comma, bracket, quotation mark, slash, symbol or line break
///   (`"Italy/Vatican"` is Italy and the Vatican). Possessives and hyphenated compounds split into words, so
///   `"Kazakhstan’s"`, `"Kazakh-Tajik"` and `"Central Asia-Germany Summit"` find KZ; KZ, TJ; DE.
/// - **Case.** A name word written in capitals in the table (`"UN"`, `"US"`, `"UAE"`, the `U` and `S` of
///   `"U.S."`) matches only capitals; a capitalised name word matches only a capitalised or all-capital word;
///   lower-case name words (`"of"`, `"bin"`) match any case. So "us" and "Un" are not mentions, "KAZAKHSTAN" is.
///   An all-capital word of three letters or fewer counts as an acronym, so "XI" is not Xi Jinping.
/// - **Longest match wins**, leftmost first: `"South Korea"` is KR, not Korea; `"New York"` is the city.
/// - **Kinds.** When one name denotes entities of several kinds, a person named in full elsewhere in the same
///   text wins; otherwise a country wins over an organisation, an organisation over a city, a city over a person.
/// - **People.** A full name or an alias denotes its person anywhere. A bare surname (``Person/surnames``)
///   resolves to the person of that surname named in full nearest *before* it in the same text, else the
///   first *after* it; without either it counts only if it is also an alias, else it is dropped. So after
///   "Serdar Berdimuhamedov", "Berdimuhamedov" is Serdar; "Saida Mirziyoyeva" is never Shavkat Mirziyoyev
///   (a different word).
/// - **Titles.** A title right after a country's adjective or possessive ("the Kazakh leader", "Uzbekistan’s
///   President", "the Kazakh Foreign Minister") is also a mention of the person of that country holding such
///   an office who was mentioned nearest before it; with no such person it is nothing. (The country mention
///   stays; the person mention covers the title words.)
/// - **People named by title.** A person the gazetteer does not know is a person mention when a title from
///   the language's table introduces them ("Foreign Minister Murat Nurtleu", "spokesperson Ned Price", "Dr. …"):
///   titles next to each other join ("Deputy" "Secretary of State"); after them may come a qualifier of
///   connectors ("of", "for", "the", "and", "to"), office and region words ("Affairs", "Central", "Energy"),
///   places and organisations; the name is the run of capitalised words that follows, initials ("J.")
///   allowed, up to a lower-case word, punctuation, a possessive's end, another title or mention. A title
///   followed by a country, an organisation or nothing readable ("President of Russia") names no one; a title
///   followed by a gazetteer person ("President Tokayev") leaves that person alone. The mention covers the
///   name (match ``Mention/Match/role``, entity the name as written), and the person's country for the
///   extractors is the country named right before the title (over a possessive and up to three office words: "Kazakh Foreign
///   Ministry spokesperson") or after "of" in the qualifier. A single word after a title ("Assistant
///   Secretary Lu") is the person of that surname named by title nearest before, else first after; a bare
///   surname after the full name, with no capitalised word beside it ("Lu said"), is that person too.
/// - **Ambiguous names** (``Gazetteer/ambiguousNames``: "Georgia", "Jordan", "Chad" …) count unless the context
///   says otherwise: not when the next word (after a single space) is a capitalised word that starts no
///   other mention ("Jordan Peterson", "Georgia Tech"), not when the previous word is capitalised and is not
///   a sentence-initial function word ("Michael Jordan"; "In Georgia" still counts), and not as a US state
///   (after "state of", or followed by ", US" / ", USA" / ", U.S.").
public struct MentionFinder: Sendable {
    /// What a finder is compiled from and to, behind one reference: a finder is copied wherever a reader or
    /// a parser's annotation holds one, and a copy then costs one retain rather than one per table.
    private final class Storage: Sendable {
        let automaton: MentionAutomaton
        let gazetteer: Gazetteer
        let watchedWords: Set<String>

        init(automaton: MentionAutomaton, gazetteer: Gazetteer, watchedWords: Set<String>) {
            self.automaton = automaton
            self.gazetteer = gazetteer
            self.watchedWords = watchedWords
        }
    }

    private let storage: Storage
    /// The compiled gazetteer.
    var automaton: MentionAutomaton { storage.automaton }
    /// The reference data the finder was compiled from.
    var gazetteer: Gazetteer { storage.gazetteer }
    /// Words, besides names, whose occurrences a scan reports (lower case, one word each): what a reader of
    /// the text (the diplomacy extractors) asked for when it built its finder.
    var watchedWords: Set<String> { storage.watchedWords }
    /// Whether this is ``standard``, or ``standard`` watching more words.
    let isStandard: Bool

    /// The finder of ``Gazetteer/standard``, compiled on first use.
    public static let standard = MentionFinder(gazetteer: .standard, watching: [], isStandard: true)

    /// Compiles a gazetteer.
    ///
    /// - Parameter gazetteer: The reference data; ``Gazetteer/standard`` by default.
    public init(gazetteer: Gazetteer = .standard) {
        self.init(gazetteer: gazetteer, watching: [], isStandard: false)
    }

    /// Compiles a gazetteer, with words whose occurrences a scan reports (``extractorReading(inUTF8:)``).
    ///
    /// - Parameters:
    ///   - gazetteer: The reference data.
    ///   - words: The words to watch (lower case, one word each).
    ///   - isStandard: Whether the gazetteer is ``Gazetteer/standard``.
    init(gazetteer: Gazetteer, watching words: Set<String>, isStandard: Bool) {
        storage = Storage(
            automaton: MentionAutomaton(gazetteer: gazetteer, watching: words), gazetteer: gazetteer,
            watchedWords: words)
        self.isStandard = isStandard
    }

    /// This finder when it already watches `words`, else one compiled from the same gazetteer that also
    /// watches them.
    ///
    /// - Parameter words: The words a reader needs to know the places of (lower case, one word each).
    /// - Returns: A finder that finds the same mentions and reports where `words` occur.
    func watching(_ words: Set<String>) -> MentionFinder {
        guard !words.isSubset(of: watchedWords) else { return self }
        return MentionFinder(gazetteer: gazetteer, watching: watchedWords.union(words), isStandard: isStandard)
    }

    /// The number of distinct names (phrases) the finder recognises.
    public var nameCount: Int { automaton.phraseCount }

    /// An estimate of the memory the compiled automaton holds, in bytes.
    public var memoryFootprint: Int { automaton.memoryFootprint }

    /// Every mention in a text, in text order.
    ///
    /// - Parameter text: The text (one document: surnames resolve within it).
    /// - Returns: The mentions; never overlapping.
    public func mentions(in text: String) -> [Mention] {
        var copy = text
        return copy.withUTF8 { mentions(inUTF8: $0) }
    }

    /// Every mention in UTF-8 bytes, in text order.
    ///
    /// Malformed UTF-8 is read leniently: a stray byte is a separator, never a crash.
    ///
    /// - Parameter bytes: The text (one document).
    /// - Returns: The mentions; never overlapping.
    public func mentions(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Mention] {
        automaton.mentions(automaton.choose(automaton.scan(bytes), in: bytes), in: bytes)
    }

    /// The per-article summary of the mentions in a text (countries, people, organisations, cities).
    ///
    /// - Parameter text: The article text (title and body).
    /// - Returns: The summary.
    public func articleMentions(in text: String) -> ArticleMentions {
        var copy = text
        return copy.withUTF8(summary(inUTF8:))
    }

    /// The summary of the mentions in UTF-8 bytes, without making the mentions public values.
    func summary(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> ArticleMentions {
        automaton.summary(automaton.choose(automaton.scan(bytes), in: bytes))
    }

    /// The mentions in UTF-8 bytes as the extractors read them (entity and byte range only).
    func spans(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [MentionSpan] {
        automaton.spans(automaton.choose(automaton.scan(bytes), in: bytes), titled: false)
    }

    /// What the extractors read of UTF-8 text, from one scan.
    struct ExtractorReading {
        /// The mentions of gazetteer entities as spans, whose indices point into
        /// ``MentionAutomaton/entityTable``.
        var spans: [MentionSpan]
        /// Every mention as a span, the people named by title included, whose indices point into
        /// ``entities``.
        var allSpans: [MentionSpan]
        /// The gazetteer's entities followed by the people named by title in this text, each person with
        /// the country the text or the gazetteer gives.
        var entities: MentionAutomaton.EntityTable
        /// The summary of every mention.
        var summary: ArticleMentions
        /// Where the words that may be watched words start (``watchedWords``).
        var anchors: [Int32]
    }

    /// What the extractors read of UTF-8 text, from one scan: the mentions as spans, their summary, and
    /// where the words that may be watched words start.
    func extractorReading(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> ExtractorReading {
        var anchors: [Int32] = []
        anchors.reserveCapacity(bytes.count / 256 + 4)
        let choice = automaton.choose(automaton.scan(bytes, anchors: &anchors), in: bytes)
        let all = automaton.spans(choice, titled: true)
        return ExtractorReading(
            spans: choice.titled.isEmpty ? all : automaton.spans(choice, titled: false), allSpans: all,
            entities: choice.titled.isEmpty ? automaton.entityTable : automaton.entityTable(adding: choice.titled),
            summary: automaton.summary(choice), anchors: anchors)
    }
}
