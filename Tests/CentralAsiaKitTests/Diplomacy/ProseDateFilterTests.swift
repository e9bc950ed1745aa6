import Testing

@testable import CentralAsiaKit

/// The readers skip a stretch of prose whose words cannot make a date (``ProseText/dateStarts(in:)``), and look
/// for phrases only where one may start; what they read must stay what the date parser reads in the same stretch.
@Suite struct ProseDateFilterTests {
    /// A reference day for the phrases that need one.
    static let pageDay = PartialDate(year: 2025, month: 11, day: 12)

    /// The parsers the readers use: plain, and reading relative phrases.
    static let parsers = [DatePhraseParser(), DatePhraseParser(readsRelativePhrases: true)]

    /// Every phrase form of the date suites, English and Russian, in a sentence of its language.
    static let sentences: [String] =
        DatePhraseParserTests.forms.map { "The ministers said that \($0.phrase) the two sides met in Tashkent." }
        + RussianDatePhraseTests.forms.map { "Министры сообщили, что \($0.phrase) стороны встретились в Ташкенте." }

    /// The byte range of a whole text.
    static func whole(_ prose: ProseText) -> Range<Int> { 0..<prose.bytes.count }

    @Test(arguments: sentences)
    func findsWhatTheParserFindsInEachPhraseForm(_ sentence: String) throws {
        let prose = ProseText(sentence, finder: .standard)
        #expect(prose.dateStarts(in: Self.whole(prose)) != nil)
        for parser in Self.parsers {
            let direct = parser.first(inUTF8: prose.bytes, range: Self.whole(prose), reference: Self.pageDay)
            let filtered = prose.firstDate(parser, in: Self.whole(prose), reference: Self.pageDay)
            #expect(filtered?.range == direct?.range)
            #expect(filtered?.value == direct?.value)
        }
    }

    /// In any stretch between two token boundaries the readers find what the parser finds, and a phrase the
    /// parser finds starts where one may, in every sentence of ``sentences`` (random stretches, seeded).
    @Test func everyStretchReadsAsTheParserReadsIt() {
        var random = SplitMix64(seed: SplitMix64.testSeed)
        let stretchesPerSentence = 12
        for sentence in Self.sentences {
            let prose = ProseText(sentence, finder: .standard)
            let bounds = prose.tokens.map(\.range.lowerBound) + [prose.bytes.count]
            for _ in 0..<stretchesPerSentence {
                let start = bounds[Int.random(in: 0..<bounds.count, using: &random)]
                let end = bounds[Int.random(in: 0..<bounds.count, using: &random)]
                let range = min(start, end)..<max(start, end)
                for parser in Self.parsers {
                    let direct = parser.first(inUTF8: prose.bytes, range: range, reference: Self.pageDay)
                    let filtered = prose.firstDate(parser, in: range, reference: Self.pageDay)
                    let starts = prose.dateStarts(in: range)
                    let context = "seed \(SplitMix64.testSeed): \(prose.string(range))"
                    #expect(filtered?.range == direct?.range, "\(context)")
                    #expect(filtered?.value == direct?.value, "\(context)")
                    if let found = direct?.range.lowerBound {
                        #expect(starts?.contains(found) == true, "\(context)")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        ("Tokayev met Mirziyoyev in Tashkent on 5 May 2024 and left for Baku.", "in Tashkent on 5 May 2024"),
        ("Officials expect a deal by the end of 2025, the minister said.", "a deal by the end of 2025"),
        ("Putin arrived yesterday.", "yesterday"),
        ("Путин прибыл в Астану накануне вечером.", "в Астану накануне"),
    ])
    func looksForPhrasesFromTheFirstStartWordToTheLastCoreWord(_ sentence: String, _ stretch: String) throws {
        let prose = ProseText(sentence, finder: .standard)
        let starts = try #require(prose.dateStarts(in: Self.whole(prose)))
        #expect(prose.string(starts) == stretch)
    }

    @Test(arguments: [
        "Tokayev met Putin in Astana and the two sides signed nothing.",
        "The talks went on for a while, then the ministers left for the airport.",
        "A state visit is planned, the ministry said on its website.",
        "Стороны обсудили торговлю и транспорт в Ташкенте.",
        "Президенты провели переговоры в узком составе.",
    ])
    func skipsASentenceWithoutDigitsOrDateWords(_ sentence: String) {
        let prose = ProseText(sentence, finder: .standard)
        #expect(prose.dateStarts(in: Self.whole(prose)) == nil)
        #expect(prose.firstDate(DatePhraseParser(), in: Self.whole(prose), reference: Self.pageDay) == nil)
    }

    @Test(arguments: [
        ("the mid-term review", "mid-term"),
        ("the COP29 talks", "COP29"),
        ("a file_May note", "file_May"),
        ("the 15 documents", "15"),
        ("the meeting yesterday", "yesterday"),
        ("at the end of the week", "week"),
        ("the ministers met накануне", "накануне"),
        ("в прошлом ГОДУ", "ГОДУ"),
        ("«вчера» сказали", "вчера"),
        ("a 中文May note", "中文May"),
    ])
    func readsAStretchWithADigitADateWordOrAMark(_ text: String, _ word: String) throws {
        let prose = ProseText(text, finder: .standard)
        let token = try #require(prose.tokens.first { prose.string($0.range) == word })
        #expect(token.flags & ProseText.dateTrigger != 0)
        #expect(prose.dateStarts(in: Self.whole(prose)) != nil)
    }

    /// A stretch that cuts a word may read as another word ("Mayor" cut after "May"): it is read.
    @Test func readsAStretchThatCutsAWord() {
        let prose = ProseText("The Mayor spoke.", finder: .standard)
        let cut = 4..<7
        #expect(prose.string(cut) == "May")
        #expect(prose.dateStarts(in: cut) == cut)
        #expect(prose.dateStarts(in: Self.whole(prose)) == nil)
    }

    /// Text the prose was not split in (a sentence with no anchor word) is read by the parser.
    @Test func readsTextThatWasNotSplit() throws {
        let text = "Tokayev paid a visit to Baku. It was on 5 May 2024. Putin paid a visit to Astana."
        let bytes = Array(text.utf8)
        let first = try #require(text.utf8.firstIndex(of: UInt8(ascii: "I")))
        let second = text.utf8.distance(from: text.utf8.startIndex, to: first)
        let third = second + "It was on 5 May 2024. ".utf8.count
        let prose = ProseText(
            bytes: bytes, mentions: [], entities: DiplomacyExtractor.standard.mentionFinder.automaton.entityTable,
            ranges: [0..<second, third..<bytes.count])
        #expect(prose.tokens.allSatisfy { !$0.range.overlaps(second..<third) })
        let found = prose.firstDate(DatePhraseParser(), in: 0..<bytes.count, reference: nil)
        #expect(found?.value.description == "2024-05-05")
    }

    @Test(arguments: DatePhraseParser.Language.all)
    func everyCoreAndStartWordIsFlagged(_ language: DatePhraseParser.Language) {
        func unflagged(_ words: Set<String>, _ flag: UInt8) -> Set<String> {
            words.filter { word in
                let id = ProseText.id(of: word)
                return id < 0 || ProseText.vocabulary.flags[Int(id)] & flag == 0
            }
        }
        #expect(unflagged(language.words.coreWords, ProseText.dateTrigger).isEmpty)
        #expect(unflagged(language.words.startWords, ProseText.dateStart).isEmpty)
    }

    @Test(arguments: DatePhraseParser.Language.all)
    func everyAnaphorHoldsACoreWord(_ language: DatePhraseParser.Language) {
        let core = language.words.coreWords
        let without = language.words.anaphora.filter { anaphor in
            !anaphor.words.contains { core.contains(String(decoding: $0, as: UTF8.self)) }
        }
        #expect(without.isEmpty)
    }

    @Test func coreWordsAreTheWordsThatNameATime() {
        let core = DatePhraseParser.Language.english.words.coreWords
        #expect(["may", "sept", "monday", "yesterday", "week", "years", "day"].allSatisfy(core.contains))
        #expect(!["the", "a", "in", "on", "next", "last", "two", "ago", "of", "and"].contains(where: core.contains))
        let russian = DatePhraseParser.Language.russian.words.coreWords
        #expect(["мая", "майском", "среду", "вчера", "году", "накануне", "днем"].allSatisfy(russian.contains))
        #expect(!["в", "на", "прошлом", "этот", "два", "назад"].contains(where: russian.contains))
    }
}
