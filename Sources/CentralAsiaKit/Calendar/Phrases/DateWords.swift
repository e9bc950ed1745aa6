/// The words of one language that date phrases are read with: month names in every form, the words that may
/// lead a date, the words of relative dates, and the few choices of form a language makes (whether month
/// names are capitalised, whether numeric dates put the day first).
///
/// A language is a value of this type, not an engine: ``DatePhraseMatcher`` reads any value. English is
/// ``english`` and Russian ``russian``. Every word is stored folded (lower case, `ё` as `е`); ``lexicon``,
/// ``leadsByFirstWord`` and the other look-up tables are derived from the value, never listed by hand.
///
/// A class, so that a matcher that holds one copies a reference, not its many tables.
final class DateWords: Sendable {
    /// A unit of time a relative phrase counts in.
    enum Unit: Sendable, Hashable {
        case day, week, month, year
    }

    /// What a single word means to the date grammar; one word may mean several things ("года" is the year
    /// unit of "прошлого года" and the word after a year in "2024 года").
    enum Meaning: Sendable, Hashable {
        /// A month name or abbreviation (1…12); an abbreviation may take a full stop.
        case month(Int, isAbbreviation: Bool)
        /// An adjective made from a month name ("июльском" visit).
        case monthAdjective(Int)
        /// A day of the week, Sunday 0 … Saturday 6.
        case weekday(Int)
        /// A day counted from the text's own ("yesterday" -1).
        case relativeDay(Int)
        /// A step from the text's own week, month or year ("next" +1).
        case step(Int)
        /// An adjective naming a year by its step from the text's ("прошлогодний" -1).
        case relativeYear(Int)
        /// The unit a step counts in ("year", "году").
        case unit(Unit)
        /// A unit after a number ("months", "месяцев", "лет").
        case countedUnit(Unit)
        /// A number word ("two", "десять").
        case number(Int)
        /// A word after a year that belongs to the phrase ("года"; "г" takes its full stop).
        case yearWord(isAbbreviation: Bool)
        /// The word after a count that puts it in the past ("ago", "назад").
        case ago
        /// The word before a count that puts it ahead ("через" три дня).
        case later
    }

    /// A run of words that may come before a date, and the qualifier it adds.
    struct Lead: Sendable {
        /// The words, folded.
        let words: [[UInt8]]
        /// What the words add to the date; `nil` for plain prepositions such as "in" and "в".
        let qualifier: DatePhrase.Qualifier?
        /// Whether the words may be joined to the date by a hyphen ("mid-2024").
        let joinsWithHyphen: Bool
    }

    /// The leads that open with one word, in the order of ``leads``.
    struct LeadGroup: Sendable {
        /// The first word of every lead of the group, folded.
        let firstWord: [UInt8]
        /// The leads' indices in ``leads``, longest first, with the first byte of each one's second word
        /// (`nil` for a lead of one word), which the text must have before the lead is compared.
        var leads: [(index: Int, secondInitial: UInt8?)]
    }

    /// A word that opens a span written as two dates ("from May 30 to June 2", "с 3 по 5 марта"), with the
    /// words that may join the two dates.
    struct SpanLead: Sendable {
        /// The opening word, folded.
        let word: [UInt8]
        /// The joining words, folded.
        let connectors: [[UInt8]]
    }

    /// A phrase that names a day by its distance from the day named before it ("the next day", "накануне").
    struct Anaphor: Sendable {
        /// The words, folded.
        let words: [[UInt8]]
        /// Days from the day named before (or, when none was, from the text's own day).
        let days: Int
    }

    /// The language's name, for messages and tests ("english").
    let name: String
    /// Single words and what they mean; folded by ``init(name:meanings:leads:spanLeads:anaphora:forms:)``.
    let meanings: [String: [Meaning]]
    /// Words that may come before a date, longest first where one starts another.
    let leads: [Lead]
    /// Words that open a span of two dates.
    let spanLeads: [SpanLead]
    /// Phrases that name a day from the day named before.
    let anaphora: [Anaphor]
    /// The choices of form.
    let forms: Forms

    /// The choices of form a language makes, and its few joining words.
    struct Forms: Sendable {
        /// Whether a month name must start with a capital and go on in lower case ("May", not "may").
        var capitalizedMonths = false
        /// Whether a month may come before its day ("April 24").
        var monthBeforeDay = false
        /// Whether numeric dates are read, day first ("21.12.2025", "05/12/2016").
        var numericDayFirst = false
        /// Whether a weekday needs no leading word to be a date ("said Monday"; Russian needs "в").
        var bareWeekdays = false
        /// Whether a plain preposition belongs to a day date that follows it ("on 21 January"; Russian
        /// leaves "на" out of "на 3 декабря", though not out of "во вторник, 11 ноября").
        var plainLeadsBeforeDays = true
        /// Words between a day and its month ("21st of January").
        var dayMonthJoiners: [String] = []
        /// Words between a date and a relative year ("March of last year").
        var relativeYearJoiners: [String] = []
        /// Words that join the years of a list ("2005, 2011 and 2017").
        var listJoiners: [String] = []
        /// Phrases before the count of "the first ten months of 2025" ("the first").
        var firstWords: [String] = []
        /// Words that stand for "this" before a unit after a qualifier ("the end of the year").
        var determiners: [String] = []
        /// Suffixes written right after a day number ("21st").
        var ordinalSuffixes: [String] = []
        /// Suffixes joined to a year by a hyphen that keep it a year ("2022-го"); any other letters after a
        /// hyphen make it no year ("1990-х", "2025-летие").
        var yearSuffixes: [String] = []
    }

    // MARK: Derived tables

    /// An entry of the lexicon: a folded word and what it means.
    struct Entry: Sendable {
        let letters: [UInt8]
        let meanings: [Meaning]
    }

    /// The words by the hash of their folded letters (``DateText/hash(of:)``).
    let lexicon: DateWordTable<[Entry]>
    /// The leads by the hash of their first word, in groups by that word (words whose hashes collide keep
    /// groups of their own).
    let leadsByFirstWord: DateWordTable<[LeadGroup]>
    /// The span leads by the hash of their word.
    let spanLeadsByWord: DateWordTable<[SpanLead]>
    /// The anaphora by the hash of their first word.
    let anaphoraByFirstWord: DateWordTable<[Anaphor]>
    /// One bit per hash bucket of every word a phrase may start with: a word whose bit is clear starts none,
    /// which is what most words of a text are told by a single look-up.
    let startFilter: BitSet
    /// What each word may start, by hash (``starts(lexicon:leadsByFirstWord:spanLeadsByWord:anaphoraByFirstWord:firstWords:determiners:)``).
    let starts: DateWordTable<Starts>
    /// The number of buckets of ``startFilter`` (a power of two).
    static var startFilterBits: Int { 1 << 16 }

    /// The folded forms' words, as byte arrays.
    let dayMonthJoiners: [[UInt8]]
    let relativeYearJoiners: [[UInt8]]
    let listJoiners: [[UInt8]]
    let firstWords: [[[UInt8]]]
    /// The words that count months after a number ("months", "месяцев"), from ``meanings``.
    let monthUnits: [[UInt8]]
    let determiners: [[UInt8]]
    let ordinalSuffixes: [[UInt8]]
    let yearSuffixes: [[UInt8]]

    /// Creates a language value and derives its look-up tables.
    ///
    /// - Parameters:
    ///   - name: The language's name.
    ///   - meanings: Single words and what they mean.
    ///   - leads: Leading words as text (`"by the end of"`), with their qualifier and hyphen rule.
    ///   - spanLeads: Span openers as text, with their connectors.
    ///   - anaphora: Phrases that count days from the day named before, as text.
    ///   - forms: The choices of form.
    init(
        name: String, meanings: [String: [Meaning]], leads: [(String, DatePhrase.Qualifier?, Bool)],
        spanLeads: [(String, [String])], anaphora: [(String, Int)], forms: Forms
    ) {
        self.name = name
        var folded: [String: [Meaning]] = [:]
        for (word, list) in meanings { folded[DateText.foldedString(word), default: []] += list }
        self.meanings = folded
        func phrase(_ text: String) -> [[UInt8]] { text.split(separator: " ").map { DateText.folded(String($0)) } }
        func byLength<T>(_ list: [T], _ words: (T) -> [[UInt8]]) -> [T] {
            list.sorted { words($0).reduce(0) { $0 + $1.count + 1 } > words($1).reduce(0) { $0 + $1.count + 1 } }
        }
        self.leads = byLength(leads.map { Lead(words: phrase($0.0), qualifier: $0.1, joinsWithHyphen: $0.2) }) {
            $0.words
        }
        self.spanLeads = spanLeads.map { SpanLead(word: DateText.folded($0.0), connectors: $0.1.map(DateText.folded)) }
        self.anaphora = byLength(anaphora.map { Anaphor(words: phrase($0.0), days: $0.1) }) { $0.words }
        self.forms = forms
        var lexicon: [UInt64: [Entry]] = [:]
        for (word, list) in folded {
            let letters = Array(word.utf8)
            lexicon[DateText.hash(of: letters), default: []].append(Entry(letters: letters, meanings: list))
        }
        let leadsByFirstWord = Self.groups(of: self.leads)
        let spanLeadsByWord = Dictionary(grouping: self.spanLeads) { DateText.hash(of: $0.word) }
        let anaphoraByFirstWord = Dictionary(grouping: self.anaphora) { DateText.hash(of: $0.words[0]) }
        self.lexicon = DateWordTable(lexicon)
        self.leadsByFirstWord = DateWordTable(leadsByFirstWord)
        self.spanLeadsByWord = DateWordTable(spanLeadsByWord)
        self.anaphoraByFirstWord = DateWordTable(anaphoraByFirstWord)
        dayMonthJoiners = forms.dayMonthJoiners.map(DateText.folded)
        relativeYearJoiners = forms.relativeYearJoiners.map(DateText.folded)
        listJoiners = forms.listJoiners.map(DateText.folded)
        firstWords = byLength(forms.firstWords.map(phrase)) { $0 }
        monthUnits = folded.filter { $0.value.contains(.countedUnit(.month)) }.keys.sorted().map { Array($0.utf8) }
        determiners = forms.determiners.map(DateText.folded)
        ordinalSuffixes = forms.ordinalSuffixes.map(DateText.folded)
        yearSuffixes = forms.yearSuffixes.map(DateText.folded)
        var filter = BitSet(capacity: Self.startFilterBits)
        let table = Self.starts(
            lexicon: lexicon, leadsByFirstWord: leadsByFirstWord, spanLeadsByWord: spanLeadsByWord,
            anaphoraByFirstWord: anaphoraByFirstWord, firstWords: firstWords, determiners: determiners)
        for hash in table.keys {
            filter.insert(Int(hash & UInt64(Self.startFilterBits - 1)))
        }
        startFilter = filter
        starts = DateWordTable(table)
    }

    /// The kinds of phrase a word may start, so that a matcher tries only those.
    struct Starts: OptionSet, Sendable {
        let rawValue: UInt8
        static let anaphor = Starts(rawValue: 1 << 0)
        static let spanLead = Starts(rawValue: 1 << 1)
        static let lead = Starts(rawValue: 1 << 2)
        /// "the first ten months", "десять месяцев 2025 года".
        static let firstMonths = Starts(rawValue: 1 << 3)
        /// A month name, or a digit (a day, a year, a numeric date).
        static let core = Starts(rawValue: 1 << 4)
        /// A relative day, weekday, step, unit, number or determiner.
        static let relative = Starts(rawValue: 1 << 5)
        static let monthAdjective = Starts(rawValue: 1 << 6)
        /// What a digit may start.
        static let digit: Starts = [.firstMonths, .core, .relative]
    }

    /// The indices of the leads grouped by their first word, by the hash of that word; each group keeps the
    /// order of `leads`.
    static func groups(of leads: [Lead]) -> [UInt64: [LeadGroup]] {
        var table: [UInt64: [LeadGroup]] = [:]
        for (leadIndex, lead) in leads.enumerated() {
            let first = lead.words[0]
            let hash = DateText.hash(of: first)
            let member = (index: leadIndex, secondInitial: lead.words.dropFirst().first?.first)
            if let index = table[hash]?.firstIndex(where: { $0.firstWord == first }) {
                table[hash]?[index].leads.append(member)
            } else {
                table[hash, default: []].append(LeadGroup(firstWord: first, leads: [member]))
            }
        }
        return table
    }

    /// What each word may start, by hash; derived from the tables.
    static func starts(
        lexicon: [UInt64: [Entry]], leadsByFirstWord: [UInt64: [LeadGroup]], spanLeadsByWord: [UInt64: [SpanLead]],
        anaphoraByFirstWord: [UInt64: [Anaphor]], firstWords: [[[UInt8]]], determiners: [[UInt8]]
    ) -> [UInt64: Starts] {
        var table: [UInt64: Starts] = [:]
        for (hash, entries) in lexicon {
            for meaning in entries.flatMap(\.meanings) {
                switch meaning {
                case .month: table[hash, default: []].insert(.core)
                case .monthAdjective: table[hash, default: []].insert(.monthAdjective)
                case .number: table[hash, default: []].formUnion([.firstMonths, .relative])
                case .yearWord, .ago: break
                default: table[hash, default: []].insert(.relative)
                }
            }
        }
        for hash in leadsByFirstWord.keys { table[hash, default: []].insert(.lead) }
        for hash in spanLeadsByWord.keys { table[hash, default: []].insert(.spanLead) }
        for hash in anaphoraByFirstWord.keys { table[hash, default: []].insert(.anaphor) }
        for word in firstWords.map({ $0[0] }) { table[DateText.hash(of: word), default: []].insert(.firstMonths) }
        for word in determiners { table[DateText.hash(of: word), default: []].insert(.relative) }
        return table
    }

    /// Whether a phrase may start with the word of this hash (`false`: it starts none).
    func mayStart(hash: UInt64) -> Bool {
        startFilter.contains(Int(hash & UInt64(Self.startFilterBits - 1)))
    }

    /// Every word the value reads, folded: its single words and every word of its phrases, so a test can
    /// check that a phrase uses no word the value does not know.
    var vocabulary: Set<String> {
        var words = Set(meanings.keys)
        let phrases = leads.map(\.words) + anaphora.map(\.words) + spanLeads.map { [$0.word] + $0.connectors }
        for phrase in phrases { words.formUnion(phrase.map { String(decoding: $0, as: UTF8.self) }) }
        return words
    }

    /// The words one of which every phrase without a digit holds, folded: the names of months and their
    /// adjectives, weekdays, relative days and years, units, and the longest word of each anaphor that holds
    /// none of those ("накануне"). Leads, steps, number words and joiners only come with one of these, so a
    /// stretch of text with no digit and none of these words holds no date phrase: readers that ask for the
    /// dates of many short stretches skip those (``ProseText/firstDate(_:in:reference:)``).
    var coreWords: Set<String> {
        var words = Set<String>()
        for (word, list) in meanings where list.contains(where: DateWords.isCore) { words.insert(word) }
        for anaphor in anaphora
        where !anaphor.words.contains(where: { words.contains(String(decoding: $0, as: UTF8.self)) }) {
            if let longest = anaphor.words.max(by: { $0.count < $1.count }) {
                words.insert(String(decoding: longest, as: UTF8.self))
            }
        }
        return words
    }

    /// Every word a phrase may start with, folded: the words of the lexicon, the first words of leads,
    /// anaphora and "the first" phrases, span openers and determiners (the keys of ``starts``). A phrase starts
    /// at one of these or at a digit, never at another word.
    var startWords: Set<String> {
        var words = Set(meanings.keys)
        let firsts = leads.map { $0.words[0] } + anaphora.map { $0.words[0] } + firstWords.map { $0[0] }
        for word in firsts + spanLeads.map(\.word) + determiners { words.insert(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// Whether a meaning makes its word one of the ``coreWords``: the meanings that name a time on their own.
    private static func isCore(_ meaning: Meaning) -> Bool {
        switch meaning {
        case .month, .monthAdjective, .weekday, .relativeDay, .relativeYear, .unit, .countedUnit: true
        case .step, .number, .yearWord, .ago, .later: false
        }
    }

    /// What a folded word means, or `nil`.
    func meanings(of letters: [UInt8]) -> [Meaning]? {
        lexicon[DateText.hash(of: letters)]?.first { $0.letters == letters }?.meanings
    }
}
