/// An article's text split into words and punctuation, with its mentions laid over the words: what the
/// diplomacy extractors read.
///
/// Words are runs of letters and digits as the package's word tokenizer reads them (``WordCharacter``), the
/// runs that touch joined and hyphens inside included (`"COP29"`, `"three-day"`, `"Russia-Islamic"`),
/// compared in lower case (Cyrillic words too, `ё` as `е`). Every other non-space character is a token of its
/// own (`,` `(` `/` `’` `:` `«` `…`). A sentence ends at `.`, `!` or `?` followed by a space and a capital
/// letter, or by a line break.
struct ProseText {
    /// One word or punctuation mark, in 32 bytes (offsets as 32-bit integers: a text is tokenised up
    /// to its first 2 GiB).
    struct Token {
        private var start: Int32
        private var end: Int32
        /// The word's index in ``ProseText/vocabulary``, or -1: the key of the per-word tables
        /// (``ProseText/word(_:)`` gives its text).
        var word: Int32
        private var sentenceIndex: Int32
        /// The cardinal number the word spells ("22", "eight", "Eleven"), if it is one.
        var number: Int?
        /// Whether it is a word (letters or digits).
        var isWord: Bool
        /// Whether it starts with a capital letter or a digit.
        var isCapitalized: Bool
        /// Which extractors' rules may start at the word (``ProseText/travelTrigger`` and its siblings).
        var flags: UInt8

        /// Creates a token; offsets and the sentence index must be below 2³¹.
        init(
            range: Range<Int>, word: Int32, isWord: Bool, isCapitalized: Bool, sentence: Int, number: Int?,
            flags: UInt8
        ) {
            start = Int32(truncatingIfNeeded: range.lowerBound)
            end = Int32(truncatingIfNeeded: range.upperBound)
            self.word = word
            sentenceIndex = Int32(truncatingIfNeeded: sentence)
            self.number = number
            self.isWord = isWord
            self.isCapitalized = isCapitalized
            self.flags = flags
        }

        /// Its UTF-8 byte range in the text.
        var range: Range<Int> { Int(start)..<Int(end) }
        /// The index of the sentence it belongs to.
        var sentence: Int { Int(sentenceIndex) }
    }

    /// A travel pattern may start at the word.
    static let travelTrigger: UInt8 = 1
    /// A partnership rule may start at the word.
    static let partnershipTrigger: UInt8 = 2
    /// The word may be a visit ("visit", "trip").
    static let visitTrigger: UInt8 = 4
    /// A visit frame's cue may start at the word ("met", "arrived").
    static let frameTrigger: UInt8 = 8
    /// The word may be part of a date phrase: a core date word (``DateWords/coreWords``), or a word the date
    /// reader may read otherwise than as one word (one with a digit, a hyphen or a mark in it).
    static let dateTrigger: UInt8 = 16
    /// A date phrase may start at the word (``DateWords/startWords``: "in", "on", "the", the core words).
    static let dateStart: UInt8 = 32
    /// The punctuation marks of ASCII, as strings, by byte.
    private static let asciiMarks: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// The text's bytes.
    let bytes: [UInt8]
    /// The language the text is read in: which phrase tables the frames read it with
    /// (``VisitFrameTable/table(for:)``).
    var language: Language = .english
    /// The tokens in order.
    private(set) var tokens: [Token] = []
    /// What the extractors read of a mention (defined with the mention finder that makes it).
    typealias MentionSpan = CentralAsiaKit.MentionSpan

    /// The mentions, in text order.
    let mentions: [MentionSpan]
    /// The entities the mentions' indices point into.
    let entities: MentionAutomaton.EntityTable
    /// For each token, the index in ``mentions`` of the mention that starts at it, or -1.
    private(set) var mentionStarting: [Int32] = []
    /// For each token, the index after the last token of the mention that starts at it, or -1.
    private(set) var mentionEnd: [Int32] = []
    /// The first token of each sentence.
    private(set) var sentenceStarts: [Int] = []

    /// Splits a text and lays over it the mentions a finder reads in it.
    init(_ text: String, finder: MentionFinder) {
        let bytes = Array(text.utf8)
        let reading = bytes.withUnsafeBufferPointer(finder.extractorReading(inUTF8:))
        self.init(bytes: bytes, mentions: reading.allSpans, entities: reading.entities)
    }

    /// Splits UTF-8 text and lays its mentions over it.
    init(bytes: [UInt8], mentions: [MentionSpan], entities: MentionAutomaton.EntityTable) {
        self.init(
            bytes: bytes, mentions: mentions, entities: entities, ranges: [0..<min(bytes.count, Int(Int32.max) - 4)])
    }

    /// Splits some sentences of UTF-8 text (``tokenize(_:ranges:)``) and lays the mentions over them.
    init(bytes: [UInt8], mentions: [MentionSpan], entities: MentionAutomaton.EntityTable, ranges: [Range<Int>]) {
        self.bytes = bytes
        self.mentions = mentions
        self.entities = entities
        (tokens, sentenceStarts) = bytes.withUnsafeBufferPointer { ProseText.tokenize($0, ranges: ranges) }
        layMentions()
    }

    /// Fills ``mentionStarting`` and ``mentionEnd`` from the tokens and the mentions.
    private mutating func layMentions() {
        mentionStarting = Array(repeating: -1, count: tokens.count)
        mentionEnd = Array(repeating: -1, count: tokens.count)
        var mentionIndex = 0
        for (position, token) in tokens.enumerated() {
            while mentionIndex < mentions.count, mentions[mentionIndex].range.upperBound <= token.range.lowerBound {
                mentionIndex += 1
            }
            guard mentionIndex < mentions.count, mentions[mentionIndex].range.lowerBound >= token.range.lowerBound,
                mentions[mentionIndex].range.lowerBound < token.range.upperBound
            else { continue }
            var end = position + 1
            while end < tokens.count, tokens[end].range.lowerBound < mentions[mentionIndex].range.upperBound {
                end += 1
            }
            mentionStarting[position] = Int32(mentionIndex)
            mentionEnd[position] = Int32(end)
        }
    }

    /// Whether a byte may continue a word: an ASCII letter, digit or `_`, or any byte of a non-ASCII scalar;
    /// a non-ASCII scalar that is no letter, mark or number (``WordCharacter``: `«`, `…`, `—`, `’`) is a
    /// mark of its own, which ``markLength(_:at:)`` tells.
    @inline(__always)
    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte >= 0x80 || byte == 0x5F
    }

    /// The length of the non-ASCII mark at an offset (a character that is no part of a word, as
    /// ``WordCharacter/gap(_:)`` tells: typographic dashes and quotes, `«`, `»`, `…`, symbols), or `nil`.
    @inline(__always)
    static func markLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        WordCharacter.gapLength(in: bytes, at: index)
    }

    /// Whether the character that ends right before an offset is a non-ASCII mark (``markLength(_:at:)``).
    @inline(__always)
    static func endsWithMark(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        WordCharacter.endsWithGap(in: bytes, before: index)
    }

    /// Splits UTF-8 text into tokens; also returns the first token of each sentence.
    ///
    /// - Parameters:
    ///   - bytes: The whole text (offsets are into it; bytes after a range may be read to find where a
    ///     sentence ends).
    ///   - ranges: The byte ranges to split, ascending, each starting and ending at a sentence boundary
    ///     (``sentenceWindows(around:in:)``); each starts a new sentence.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>]) -> ([Token], [Int]) {
        var tokens: [Token] = []
        var sentenceStarts: [Int] = []
        tokens.reserveCapacity(ranges.reduce(0) { $0 + $1.count } / ProseText.bytesPerToken)
        var sentence = 0
        var startsSentence = true
        // The tables, read once: each read of a table built on first use is a call.
        let (vocabulary, cardinals) = (ProseText.vocabulary, ProseText.cardinals)
        for range in ranges {
            if !startsSentence { sentence += 1 }
            startsSentence = true
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = bytes[index]
                if let blank = blankLength(bytes, at: index) {
                    index += blank
                    continue
                }
                if byte == lineBreak {
                    if !startsSentence { sentence += 1 }
                    startsSentence = true
                    index += 1
                    continue
                }
                let start = index
                let isWord: Bool
                (index, isWord) = tokenEnd(bytes, from: start, before: range.upperBound)
                if startsSentence {
                    sentenceStarts.append(tokens.count)
                    startsSentence = false
                }
                tokens.append(
                    token(
                        bytes, start..<index, isWord: isWord, sentence: sentence, vocabulary: vocabulary,
                        cardinals: cardinals))
                // A sentence ends at . ! ? before a space and a capital letter, unless the full stop closes
                // an abbreviation written right before it ("St. Petersburg").
                if !isWord, endsSentence(bytes, at: start, tokenEnd: index), !endsAbbreviation(bytes, before: start) {
                    sentence += 1
                    startsSentence = true
                }
            }
        }
        return (tokens, sentenceStarts)
    }

    /// The line break, which also ends a sentence.
    static var lineBreak: UInt8 { UInt8(ascii: "\n") }

    /// Bytes of text a token takes on average, to reserve room for a text's tokens: a word and its space.
    static let bytesPerToken = 5

    /// The length of the blank at an offset (a space, a tab, a carriage return or a no-break space), or `nil`.
    @inline(__always)
    static func blankLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0D { return 1 }
        return byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : nil
    }

    /// Where the token that starts at an offset ends, and whether it is a word: a non-ASCII mark
    /// (``markLength(_:at:)``), a run of letters and digits with the hyphens inside it, or one other character.
    @inline(__always)
    private static func tokenEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int
    ) -> (end: Int, isWord: Bool) {
        let byte = bytes[start]
        if let length = markLength(bytes, at: start) { return (start + length, false) }
        var index = start
        guard isLetterOrDigit(byte) else {
            index += 1
            while index < end, bytes[index] & 0xC0 == 0x80 { index += 1 }
            return (index, false)
        }
        // ASCII letters and digits eight at a time; the byte loop reads on from the first other byte.
        index = lettersAndDigitsEnd(from: index, before: end, in: bytes)
        while index < end {
            let next = bytes[index]
            if next >= 0x80, markLength(bytes, at: index) != nil { break }
            if isLetterOrDigit(next) {
                index += 1
            } else if next == UInt8(ascii: "-"), index + 1 < end, isLetterOrDigit(bytes[index + 1]),
                markLength(bytes, at: index + 1) == nil
            {
                index += 1
            } else {
                break
            }
        }
        return (index, true)
    }

    /// Where the ASCII letters and digits from an offset stop, read eight bytes at a time, as far as eight more fit
    /// before `limit`: at the first other byte, or within eight bytes of `limit` (the caller reads on byte by
    /// byte).
    @inline(__always)
    static func lettersAndDigitsEnd(from start: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        while index + MemoryLayout<UInt64>.size <= limit {
            let run = PackedWord.leadingLettersAndDigits(ByteSearch.chunk(bytes, at: index))
            index += run
            if run < MemoryLayout<UInt64>.size { break }
        }
        return index
    }

    /// The token of a byte range: its word (and number) as the extractors read it, its flags and its case.
    @inline(__always)
    private static func token(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isWord: Bool, sentence: Int,
        vocabulary: Vocabulary, cardinals: [Int?]
    ) -> Token {
        let first = bytes[range.lowerBound]
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        var number: Int?
        var word: Int32 = -1
        if isWord {
            (word, number) = reading(
                ofWord: slice, padded: range.upperBound + MemoryLayout<UInt64>.size <= bytes.count,
                vocabulary: vocabulary, cardinals: cardinals)
        } else if let known = vocabulary.index(of: slice) {
            word = Int32(known)
        }
        var flags = word >= 0 ? vocabulary.flags[Int(word)] : 0
        if isWord, word < 0, !isPlainWord(slice) { flags |= dateTrigger }
        let isCapitalized =
            first &- 0x41 < 26 || first &- 0x30 < 10
            || (isWord && first >= 0x80 && String(decoding: slice, as: UTF8.self).first?.isUppercase == true)
        return Token(
            range: range, word: word, isWord: isWord, isCapitalized: isCapitalized, sentence: sentence,
            number: number, flags: flags)
    }

    /// Whether the mark token at `start` (ending at `tokenEnd`) is `.`, `!` or `?` followed by a space and a
    /// capital letter (or a non-ASCII letter): the end of a sentence, unless it closes an abbreviation.
    @inline(__always)
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, tokenEnd: Int) -> Bool {
        let first = bytes[start]
        return (first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?"))
            && tokenEnd + 1 < bytes.count && bytes[tokenEnd] == 0x20
            && (bytes[tokenEnd + 1] &- 0x41 < 26 || bytes[tokenEnd + 1] >= 0x80)
    }

    /// How the extractors read a word: its index in ``vocabulary`` (or -1), and the cardinal number it
    /// spells ("22", "eight", "Eleven", "twenty-three"), if any.
    ///
    /// - Parameters:
    ///   - slice: The word.
    ///   - padded: Whether eight bytes may be read from any offset of the word (``Vocabulary/index(of:padded:)``).
    ///   - vocabulary: ``vocabulary``, passed by a caller that reads many words.
    ///   - cardinals: ``cardinals``, likewise.
    static func reading(
        ofWord slice: UnsafeBufferPointer<UInt8>, padded: Bool = false, vocabulary: Vocabulary = vocabulary,
        cardinals: [Int?] = cardinals
    ) -> (word: Int32, number: Int?) {
        if let known = vocabulary.index(of: slice, padded: padded) { return (Int32(known), cardinals[known]) }
        guard let first = slice.first else { return (-1, nil) }
        if first &- 0x30 < 10 { return (-1, digits(slice)) }
        // "twenty-three": only a number word may start a hyphenated number.
        guard let hyphen = slice.firstIndex(of: UInt8(ascii: "-")),
            vocabulary.index(of: UnsafeBufferPointer(rebasing: slice[..<hyphen])) != nil
        else { return (-1, nil) }
        return (-1, NumberWords.cardinal(String(decoding: slice, as: UTF8.self)))  // folds case itself
    }

    /// The value of a run of ASCII digits (at most 15), or `nil` when anything else is in it.
    static func digits(_ slice: UnsafeBufferPointer<UInt8>) -> Int? {
        guard slice.count <= 15 else { return nil }
        var value = 0
        for byte in slice {
            guard byte &- 0x30 < 10 else { return nil }
            value = value * 10 + Int(byte &- 0x30)
        }
        return value
    }

    /// Where a byte offset is: line and column (in Unicode scalars), 1-based.
    func location(of offset: Int) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = TextScanner.column(in: bytes, from: lineStart, to: min(offset, bytes.count))
        return SourceLocation(offset: offset, line: line, column: column)
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// The text from the first byte of one token to the last byte of another.
    func string(tokens first: Int, through last: Int) -> String {
        guard first <= last, first < tokens.count, last < tokens.count else { return "" }
        return string(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
    }

    /// The entity a mention names.
    func entity(of mention: MentionSpan) -> EntityID { entities.ids[Int(mention.entityIndex)] }

    /// The country of the person a mention names, when the gazetteer or the text gives one.
    func personCountry(of mention: MentionSpan) -> CountryCode? {
        entities.personCountries[Int(mention.entityIndex)]
    }

    /// The country a mention names, when it names one.
    func country(of mention: MentionSpan) -> CountryCode? { entities.countries[Int(mention.entityIndex)] }

    /// The mention starting at a token, and the token after it.
    func mention(at position: Int) -> (mention: MentionSpan, end: Int)? {
        guard position >= 0, position < tokens.count, mentionStarting[position] >= 0 else { return nil }
        return (mentions[Int(mentionStarting[position])], Int(mentionEnd[position]))
    }

    /// Calls `body` with each mention that starts in a range of tokens, in order, and the token where it
    /// starts; a mention is passed over whole, so none is taken from inside another.
    func forEachMention(in tokens: Range<Int>, _ body: (MentionSpan, Int) -> Void) {
        var cursor = tokens.lowerBound
        while cursor < tokens.upperBound {
            if let (mention, end) = mention(at: cursor) {
                body(mention, cursor)
                cursor = end
            } else {
                cursor += 1
            }
        }
    }

    /// The lower-case word at a token when the extractors' vocabulary holds it, the punctuation mark
    /// at a token that is one, or `""` (another word, or past the end).
    func word(_ position: Int) -> String {
        guard position >= 0, position < tokens.count else { return "" }
        let token = tokens[position]
        if token.word >= 0 { return ProseText.vocabulary.words[Int(token.word)] }
        if token.isWord { return "" }
        let first = bytes[token.range.lowerBound]
        return first < 0x80 ? ProseText.asciiMarks[Int(first)] : string(token.range)
    }

    /// The tokens of a token's sentence within `radius` tokens of it on either side: what a rule reads
    /// around an anchor, so that an anchor in a very long sentence (a run-on list, a text without full
    /// stops) costs what one in a short sentence does.
    func sentenceWindow(of position: Int, radius: Int = 48) -> Range<Int> {
        let sentence = sentenceRange(of: position)
        return max(sentence.lowerBound, position - radius)..<min(sentence.upperBound, position + radius + 1)
    }

    /// The marks that end a clause within a sentence: a comma and a semicolon.
    static let clauseMarks = WordSet([",", ";"])

    /// The vocabulary index of the comma.
    private static let commaID = id(of: ",")

    /// Tokens back from a comma to the comma that may open the aside it closes (", who met Putin on Monday,",
    /// ", which has ties with Russia and China,"): a short relative clause fits; a longer run is a list, not an
    /// aside.
    static let asideReach = 12

    /// The comma that may open an aside closed by the comma at `close`: the last comma within ``asideReach``
    /// tokens before it, and not before `floor`.
    func asideOpening(closedAt close: Int, from floor: Int) -> Int? {
        (max(floor, close - ProseText.asideReach)..<close).last { id($0) == ProseText.commaID }
    }

    /// The first token of the clause before a token: after the last comma or ";" before it, and not
    /// before `floor`.
    func clauseStart(before position: Int, from floor: Int) -> Int {
        var start = position
        while start > floor, !word(start - 1, in: ProseText.clauseMarks) { start -= 1 }
        return start
    }

    /// The token where the clause that goes on from a token ends: the next comma or ";", or `limit`.
    func clauseEnd(from position: Int, before limit: Int) -> Int {
        var end = position
        while end < limit, !word(end, in: ProseText.clauseMarks) { end += 1 }
        return end
    }

    /// Tokens back a mention that ends at a token is looked for: the length of a long name of several words
    /// ("Kyrgyz Foreign Minister Jeenbek Kulubaev" is five).
    static let nameReach = 6

    /// The mention that ends right before a token, and the token where it starts: looked for at most
    /// ``nameReach`` tokens back and not before `floor`.
    func mention(endingAt end: Int, from floor: Int) -> (mention: MentionSpan, start: Int)? {
        var start = end - 1
        while start >= max(floor, end - ProseText.nameReach) {
            if let (mention, mentionEnd) = mention(at: start), mentionEnd == end { return (mention, start) }
            start -= 1
        }
        return nil
    }

    /// The offset where the line of a byte offset starts: a paragraph's identity.
    func lineStart(of offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { ByteSearch.lastIndex(of: 0x0A, in: $0, before: offset, from: 0) }.map { $0 + 1 }
            ?? 0
    }

    /// The canonical name of the last person named before a byte offset, anywhere in the text.
    func lastPerson(before offset: Int) -> String? {
        mentions.last { $0.kind == .person && $0.range.upperBound <= offset }.map { entity(of: $0).id }
    }

    /// The token range of the sentence a token is in.
    func sentenceRange(of position: Int) -> Range<Int> {
        let sentence = tokens[position].sentence
        let start = sentenceStarts[sentence]
        let end = sentence + 1 < sentenceStarts.count ? sentenceStarts[sentence + 1] : tokens.count
        return start..<end
    }
}
