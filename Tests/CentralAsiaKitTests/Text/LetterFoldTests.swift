import Testing

@testable import CentralAsiaKit

/// The one fold: mentions, date phrases and search read a word the same way.
@Suite struct LetterFoldTests {
    @Test(arguments: [
        ("Türkiye", "turkiye"), ("BÜYÜKAKIN", "buyukakin"), ("Əliyev", "eliyev"), ("Şavkat", "savkat"),
        ("Мирзиёев", "мирзиеев"), ("ТОҚАЕВ", "тоқаев"), ("Ўзбекистон", "ўзбекистон"), ("Әлихан", "әлихан"),
        ("ЁЛКА", "елка"), ("Москва", "москва"), ("Ελλάδα", "ελλαδα"), ("C5+1", "c5+1"),
    ])
    func foldsAWord(_ word: String, folded: String) {
        #expect(LetterFold.folded(word: word) == folded)
    }

    /// The word scanner's normal form and the search term of a name are the same text.
    @Test(arguments: ["Türkiye", "Мирзиёев", "ТОҚАЕВ", "Şavkat", "Бишкеке"])
    func scannerAndSearchAgree(_ word: String) {
        var tokenizer = SearchTokenizer()
        #expect(WordScanner.key(word) == LetterFold.folded(word: word))
        #expect(tokenizer.terms(in: word) == [LetterFold.folded(word: word)])
    }

    @Test(arguments: [("Ё", "е", true), ("қ", "қ", false), ("Қ", "қ", true), ("Ѐ", "ѐ", true)])
    func foldsACyrillicLetter(_ letter: Unicode.Scalar, lower: Unicode.Scalar, upper: Bool) {
        let folded = LetterFold.cyrillic(letter.value)
        #expect(folded.lower == lower.value)
        #expect(folded.upper == upper)
    }
}
