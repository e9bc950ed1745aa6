import Testing

@testable import CentralAsiaKit

/// The word scanner under the mention finder: passing over lower-case words keeps what ``WordScanner/next()``
/// would tell of the word after them.
@Suite struct WordScannerTests {
    /// The words ``WordScanner/next(skippingLowerCase:capitals:filter:)`` returns, with their hard-gap flags
    /// and lines; `capitals` are the capitalised words to keep (in lower case), every one when `nil`. With
    /// `filtering`, the kept words also go into a ``ShortWordFilter`` the scanner is given.
    private func skipping(
        _ text: String, keep: [String] = [], capitals: [String]? = nil, filtering: Bool = false
    ) -> [String] {
        var filter = ShortWordFilter()
        for word in keep { filter.insert(Array(word.utf8), capitalised: false) }
        for word in capitals ?? [] { filter.insert(Array(word.utf8), capitalised: true) }
        let filterBits = filtering ? filter.bits : []
        var shapes = [UInt64](repeating: 0, count: 256)
        for word in keep { shapes[Int(word.utf8.first ?? 0)] |= 1 << UInt64(min(word.utf8.count, 63)) }
        var capitalShapes = [UInt64](repeating: capitals == nil ? .max : 0, count: 256)
        for word in capitals ?? [] {
            capitalShapes[Int(word.utf8.first ?? 0)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
        var bytes = Array(text.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: WordScanner.bufferSize)
        defer { buffer.deallocate() }
        return bytes.withUnsafeMutableBufferPointer { mutable in
            var scanner = WordScanner(bytes: UnsafeBufferPointer(mutable), buffer: buffer)
            var words: [String] = []
            shapes.withUnsafeBufferPointer { shapes in
                capitalShapes.withUnsafeBufferPointer { capitals in
                    filterBits.withUnsafeBufferPointer { filter in
                        while let word = scanner.next(skippingLowerCase: shapes, capitals: capitals, filter: filter) {
                            let text = String(decoding: mutable[word.start..<word.end], as: UTF8.self)
                            words.append(
                                "\(text)\(word.hardGapBefore ? "!" : "")@\(word.line):\(word.start - word.lineStart + 1)"
                            )
                        }
                    }
                }
            }
            return words
        }
    }

    @Test func passesOverLowerCaseWordsAndKeepsHardGapsAndLines() {
        #expect(skipping("the talks then, Astana") == ["Astana!@1:17"])
        #expect(skipping("the talks then Astana") == ["Astana@1:16"])
        // Runs of spaces and tabs between words passed over.
        #expect(skipping("the  talks \tthen Astana") == ["Astana@1:18"])
        #expect(skipping("the talks \n then Astana") == ["Astana@2:7"])
        // A hard gap before a word passed over does not count for the word after it.
        #expect(skipping("talks, then Astana") == ["Astana@1:13"])
        #expect(skipping("one two\nBishkek") == ["Bishkek!@2:1"])
        #expect(skipping("visit to Osh; visits", keep: ["visit"]) == ["visit@1:1", "Osh@1:10"])
        // Words that run on with `_` or a non-ASCII letter are read as next() reads them.
        #expect(skipping("snake_case café 2024 iPhone") == ["snake_case@1:1", "café@1:12"])
    }

    @Test func passesOverNumbersOfOtherShapes() {
        #expect(skipping("in 2024, 29 COP29", keep: ["29"]) == ["29!@1:10", "COP@1:13", "29@1:16"])
        #expect(skipping("in 2024, 29 COP29") == ["COP@1:13"])
        #expect(skipping("5 C5+1", keep: ["5"]) == ["5@1:1", "C@1:3", "5@1:4"])
    }

    @Test func passesOverCapitalisedWordsOfOtherShapes() {
        #expect(skipping("Middle Corridor, Astana", capitals: ["astana"]) == ["Astana!@1:18"])
        #expect(skipping("Middle Corridor Astana", capitals: ["astana"]) == ["Astana@1:17"])
        // Same first letter and length: kept, for the lookup to decide.
        #expect(skipping("Ankara Astana", capitals: ["astana"]) == ["Ankara@1:1", "Astana@1:8"])
        #expect(skipping("ASTANA Ünal Astana", capitals: []) == ["Ünal@1:8"])
        #expect(skipping("One\nTwo; Four", capitals: ["four"]) == ["Four!@2:6"])
        #expect(skipping("One\nTwo; three Four", capitals: ["four"]) == ["Four@2:12"])
    }

    @Test func passesOverShortWordsTheFilterDoesNotHold() {
        // Same first letter and length as a kept word, but not in the filter: passed over, the hard gap kept.
        #expect(skipping("Ankara Astana", capitals: ["astana"], filtering: true) == ["Astana@1:8"])
        #expect(skipping("Ankara, Astana", capitals: ["astana"], filtering: true) == ["Astana!@1:9"])
        #expect(
            skipping("visas to Osh; visit", keep: ["visit"], capitals: ["osh"], filtering: true) == [
                "Osh@1:10", "visit!@1:15",
            ])
        // The cases are kept apart: a lower-case "astana" is not a kept capitalised word.
        #expect(skipping("astana Astana", keep: ["astana"], capitals: [], filtering: true) == ["astana@1:1"])
        // Longer words than a packed word are not filtered, only shaped.
        #expect(
            skipping("Uzbekistans Uzbekistan", capitals: ["uzbekistan"], filtering: true) == ["Uzbekistan@1:13"])
        #expect(
            skipping("Kyrgyzstani Kyrgyzstans", capitals: ["kyrgyzstans"], filtering: true) == [
                "Kyrgyzstani@1:1", "Kyrgyzstans@1:13",
            ])
        // At the end of the text, with fewer than eight bytes left to load at once.
        #expect(skipping("to Ankara", capitals: ["astana"], filtering: true) == [])
        #expect(skipping("to Astana", capitals: ["astana"], filtering: true) == ["Astana@1:4"])
    }

    @Test func theShortWordFilterHoldsItsWordsByCase() {
        var filter = ShortWordFilter()
        filter.insert(Array("astana".utf8), capitalised: true)
        filter.insert(Array("visit".utf8), capitalised: false)
        filter.insert(Array("kazakhstan".utf8), capitalised: true)
        let bits = filter.bits
        func holds(_ word: String, capitalised: Bool) -> Bool {
            guard let key = PackedWord.key(word.utf8) else { return false }
            return bits.withUnsafeBufferPointer { ShortWordFilter.mayContain($0, key, capitalised: capitalised) }
        }
        #expect(holds("astana", capitalised: true))
        #expect(!holds("astana", capitalised: false))
        #expect(holds("visit", capitalised: false))
        #expect(!holds("visit", capitalised: true))
        #expect(!holds("ankara", capitalised: true))
        // A word longer than a packed word sets no bit.
        #expect(bits.reduce(0) { $0 + $1.nonzeroBitCount } == 2)
    }

    /// Cyrillic text and the normal forms of its words, one phenomenon per row.
    static let cyrillicKeys: [(String, String)] = [
        ("КАЗАХСТАН Казахстан казахстан", "казахстан казахстан казахстан"),
        ("Мирзиёев МИРЗИЁЕВ Мирзиеев", "мирзиеев мирзиеев мирзиеев"),
        ("ЎзбекистонҚАЗАҚСТАН", "ўзбекистонқазақстан"),
        ("Қ Ң Ө Ү Ұ Һ Ә І Ғ Ӯ Ҳ Ҷ Ў", "қ ң ө ү ұ һ ә і ғ ӯ ҳ ҷ ў"),
        ("Ѓ Ѕ Ј Љ Њ Ћ Џ Ӏ Ӂ", "ѓ ѕ ј љ њ ћ џ ӏ ӂ"),
        ("российско-узбекских", "российско узбекских"),
        ("В.Путин А.У.Мамин", "в путин а у мамин"),
        ("«Казахстанская правда»", "казахстанская правда"),
        ("Центральная Азия – Россия", "центральная азия россия"),
    ]

    @Test(arguments: cyrillicKeys)
    func foldsCyrillic(text: String, key: String) {
        #expect(WordScanner.key(text) == key)
    }

    /// A word's flags as letters: `F` first upper, `A` all upper, `S` short; `!` a hard gap before it.
    private func flags(_ text: String) -> [String] {
        WordScanner.words(of: text).map { word in
            (word.hardGapBefore ? "!" : "") + (word.flags & WordScanner.firstUpper != 0 ? "F" : "")
                + (word.flags & WordScanner.allUpper != 0 ? "A" : "")
                + (word.flags & WordScanner.isShort != 0 ? "S" : "")
        }
    }

    @Test func readsTheCaseOfCyrillicWords() {
        #expect(flags("Казахстан КАЗАХСТАН казахстан") == ["F", "FA", ""])
        #expect(flags("РК США ОДКБ Ош ош") == ["FAS", "FAS", "FA", "FS", "S"])
        #expect(flags("«ШОС» и «Содружество»") == ["!FAS", "!S", "!F"])
        #expect(flags("Ёлка ЁЛКА") == ["F", "FA"])
    }
}
