import Testing

@testable import CentralAsiaKit

/// One idea of a word for names and search: what a character is (``WordCharacter``), how the word scanner
/// reads words with it, and how search joins the words that touch.
@Suite struct WordCharacterTests {
    @Test(
        arguments: [
            ("é", nil), ("Ə", nil), ("қ", nil), ("ω", nil), ("中", nil), ("²", nil), ("\u{0308}", nil), ("ª", nil),
            ("’", WordCharacter.Gap.soft), ("\u{2011}", .soft), ("—", .soft), ("\u{00A0}", .soft), ("\u{00AD}", .soft),
            ("«", .hard), ("»", .hard), ("…", .hard), ("•", .hard), ("€", .hard), ("№", .hard), ("×", .hard),
            ("÷", .hard), ("😀", .hard), ("\u{200D}", .hard),
        ] as [(Unicode.Scalar, WordCharacter.Gap?)])
    func tellsALetterFromAGap(_ scalar: Unicode.Scalar, _ gap: WordCharacter.Gap?) {
        #expect(WordCharacter.gap(scalar.value) == gap)
    }

    /// The Latin-1 signs and the General Punctuation block, read without a look-up, are read as Unicode's
    /// properties tell.
    @Test func readsTheSignsAsTheirPropertiesTell() {
        let fast = Array(WordCharacter.latinOneSigns) + Array(0x2010...0x206F as ClosedRange<UInt32>)
        let wrong = fast.filter { value in
            guard let scalar = Unicode.Scalar(value) else { return false }
            return (WordCharacter.gap(value) == nil) != WordCharacter.isWordScalar(scalar)
        }
        #expect(wrong.isEmpty)
    }

    /// The scanner's words of a text, as normal forms, with `|` before a word that a hard gap precedes.
    static func words(_ text: String) -> [String] {
        WordScanner.words(of: text).map { ($0.hardGapBefore ? "|" : "") + String(decoding: $0.normal, as: UTF8.self) }
    }

    @Test(arguments: [
        ("Tokayev€ Astana", ["tokayev", "|astana"]),
        ("№5 Tokayev", ["|5", "tokayev"]),
        ("Tu\u{0308}rkiye", ["turkiye"]),
        ("ΑΘΗΝΑ", ["αθηνα"]),
        ("Kassym\u{2011}Jomart", ["kassym", "jomart"]),
        ("«Газпром»", ["|газпром"]),
    ])
    func readsWordsWithTheOneIdeaOfALetter(_ text: String, _ expected: [String]) {
        #expect(Self.words(text) == expected)
    }

    @Test(arguments: [
        ("COP29 talks", ["cop29", "talks"]),
        ("C5+1", ["c5", "1"]),
        ("foo_bar", ["foo_bar"]),
        ("€100 and 5%", ["100", "and", "5"]),
        ("Tu\u{0308}rkiye", ["turkiye"]),
        ("ΑΘΗΝΑ", ["αθηνα"]),
        ("«Газпром» — Ёлка", ["газпром", "елка"]),
        (String(repeating: "Ab", count: 40) + "9", [String(repeating: "ab", count: 40) + "9"]),
    ])
    func searchJoinsTheWordsThatTouch(_ text: String, _ expected: [String]) {
        var tokenizer = SearchTokenizer()
        #expect(tokenizer.terms(in: text) == expected)
    }

    /// The prose reader's tokens: the words of the one tokenizer, touching runs and inner hyphens joined, and
    /// every other character but a blank a mark of its own.
    @Test(arguments: [
        ("«Газпром» signed", ["«", "Газпром", "»", "signed"]),
        ("Astana… then", ["Astana", "…", "then"]),
        ("a three-day visit\u{A0}to Baku", ["a", "three-day", "visit", "to", "Baku"]),
        ("COP29•Baku €5", ["COP29", "•", "Baku", "€", "5"]),
        ("Kazakhstan’s “key” partner—China", ["Kazakhstan", "’", "s", "“", "key", "”", "partner", "—", "China"]),
        ("Erdog\u{0306}an", ["Erdog\u{0306}an"]),
    ])
    func proseTokensAreTheTokenizersWords(_ text: String, _ expected: [String]) {
        let prose = ProseText(text, finder: .standard)
        #expect(prose.tokens.map { prose.string($0.range) } == expected)
    }

    /// The pieces random texts are made of: letters and digits of several scripts, marks, gaps of every kind.
    private static let pieces = [
        "a", "Z", "q", "7", "42", "_", "-", "--", " ", "  ", "\n", ".", ",", "'", "+", "(", "/", "é", "Ə", "ß", "ж",
        "Ё", "қ", "ω", "中", "²", "\u{0301}", "’", "—", "\u{2011}", "«", "»", "…", "•", "€", "№", "×", "\u{00A0}",
        "\u{00AD}", "😀", "COP", "visit", "Астана",
    ]

    /// The byte ranges of the scanner's words joined where they touch, and also across one hyphen when
    /// `hyphens` is set.
    static func joinedWords(_ text: String, acrossHyphens hyphens: Bool) -> [Range<Int>] {
        var bytes = Array(text.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: WordScanner.bufferSize)
        defer { buffer.deallocate() }
        return bytes.withUnsafeMutableBufferPointer { mutable in
            var scanner = WordScanner(bytes: UnsafeBufferPointer(mutable), buffer: buffer)
            var ranges: [Range<Int>] = []
            while let word = scanner.next() {
                if let last = ranges.last,
                    word.start == last.upperBound
                        || hyphens && word.start == last.upperBound + 1 && mutable[last.upperBound] == UInt8(ascii: "-")
                {
                    ranges[ranges.count - 1] = last.lowerBound..<word.end
                } else {
                    ranges.append(word.start..<word.end)
                }
            }
            return ranges
        }
    }

    /// Search terms are the scanner's words joined where they touch, and the prose reader's words are those
    /// joined across an inner hyphen too: one tokenizer, with a rule layered on top for each (random texts of
    /// ``pieces``, seeded).
    @Test func searchAndProseWordsAreTheScannersWordsJoined() {
        var random = SplitMix64(seed: SplitMix64.testSeed)
        let texts = 400
        let piecesPerText = 14
        for _ in 0..<texts {
            let text = (0..<piecesPerText).map { _ in random.pick(Self.pieces) }.joined()
            var tokenizer = SearchTokenizer()
            let prose = ProseText(text, finder: .standard)
            let proseWords = prose.tokens.filter(\.isWord).map(\.range)
            let context = "seed \(SplitMix64.testSeed): \(text.debugDescription)"
            #expect(
                tokenizer.tokens(in: text).map(\.range) == Self.joinedWords(text, acrossHyphens: false), "\(context)")
            #expect(proseWords == Self.joinedWords(text, acrossHyphens: true), "\(context)")
        }
    }

    /// The prose vocabulary folds a word's Cyrillic letters with the one fold, as names and search do.
    @Test(arguments: ["ПОСЕТИЛ", "Посетил", "ЁЛКА", "ІЛЕ", "ҚАЗАҚ", "Öл", "Tokayev"])
    func proseVocabularyFoldsCyrillicAsTheOneFold(_ word: String) {
        let bytes = Array(word.utf8)
        let folded = bytes.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { buffer, count in
                ProseText.Vocabulary.foldCyrillic(source, into: buffer)
                count = source.count
            }
        }
        let expected = word.unicodeScalars.map { scalar in
            LetterFold.isCyrillic(scalar.value) ? LetterFold.folded(scalar) : String(scalar)
        }.joined()
        #expect(String(decoding: folded, as: UTF8.self) == expected)
    }

    @Test func searchTermsKeepTheirRangesAcrossJoinedWords() {
        var tokenizer = SearchTokenizer()
        let tokens = tokenizer.tokens(in: "At COP29, Ölkə")
        #expect(tokens.map(\.term) == ["at", "cop29", "olke"])
        #expect(tokens.map(\.range) == [0..<2, 3..<8, 10..<16])
    }
}
