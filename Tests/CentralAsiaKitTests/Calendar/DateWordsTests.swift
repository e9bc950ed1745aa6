import Testing

@testable import CentralAsiaKit

/// The language seam of date phrases: a language is a value of words that the one grammar reads.
@Suite struct DateWordsTests {
    /// A made-up language of a few words: months "una" … "dozena", "ante" for "ago", "en" before a date.
    static let madeUp = DateWords(
        name: "made-up",
        meanings: [
            "una": [.month(1, isAbbreviation: false)], "kvina": [.month(5, isAbbreviation: false)],
            "dozena": [.month(12, isAbbreviation: false)], "jaro": [.unit(.year), .countedUnit(.year)],
            "lasta": [.step(-1)], "du": [.number(2)], "ante": [.ago], "hodiau": [.relativeDay(0)],
        ],
        leads: [("en", nil, false), ("ghis", .until, false)], spanLeads: [("de", ["ghis"])],
        anaphora: [("la sekva tago", 1)], forms: DateWords.Forms(listJoiners: ["kaj"]))

    static let parser = DatePhraseParser(
        languages: [DatePhraseParser.Language(words: madeUp)], yearInference: .nearest, readsRelativePhrases: true)

    @Test(arguments: [
        ("3 kvina 2024", "2024-05-03"), ("en dozena 2023", "2023-12"),
        ("de 1 ghis 4 una 2025", "2025-01-01/2025-01-04"),
        ("ghis 2030", "2030"), ("lasta jaro", "2024"), ("du jaro ante", "2023"), ("hodiau", "2025-11-12"),
        ("la sekva tago", "2025-11-13"), ("Una 2020", "2020-01"),
    ])
    func readsAMadeUpLanguageWithTheSameGrammar(_ text: String, _ value: String) throws {
        let phrase = try #require(Self.parser.parse(text, reference: PartialDate(year: 2025, month: 11, day: 12)))
        #expect(phrase.value.description == value)
    }

    @Test func findsAListOfYearsInAMadeUpLanguage() {
        let found = Self.parser.find(in: "en 2001, 2005 kaj 2009.", reference: nil)
        #expect(found.map(\.text) == ["en 2001", "2005", "2009"])
    }

    /// Every form of the Russian tables is derived by rule: the lexicon holds each case form of each month, and
    /// every word a phrase uses is a word the language knows.
    @Test func derivesTheRussianVocabularyFromItsTables() {
        let russian = DateWords.russian
        for name in RussianForms.months {
            for form in RussianForms.caseForms(ofMonth: name) {
                #expect(russian.meanings(of: DateText.folded(form)) != nil, "\(form)")
            }
        }
        #expect(RussianForms.caseForms(ofMonth: "май") == ["май", "мая", "мае", "маю", "маем"])
        #expect(RussianForms.caseForms(ofMonth: "март") == ["март", "марта", "марте", "марту", "мартом"])
        #expect(RussianForms.adjectiveForms(stem: "прошл").prefix(3) == ["прошлый", "прошлого", "прошлому"])
        #expect(russian.vocabulary.contains("накануне"))
        #expect(russian.vocabulary.contains("по"))
    }

    /// English date words that the diplomacy readers share are the ones the English value is built from.
    @Test func buildsTheEnglishValueFromTheSharedTables() {
        for (word, day) in EnglishDateWords.weekdays {
            #expect(DateWords.english.meanings(of: Array(word.utf8))?.contains(.weekday(day)) == true, "\(word)")
        }
        for (word, step) in EnglishDateWords.relativeSteps {
            #expect(DateWords.english.meanings(of: Array(word.utf8))?.contains(.step(step)) == true, "\(word)")
        }
    }

    /// Random Russian and English pieces: phrases never overlap and their text is their range.
    @Test func findsWellFormedPhrasesInRandomMixedText() {
        let seed: UInt64 = 0x0DA7_E5D5
        var random = SplitMix64(seed: seed)
        let pieces = [
            "ноября", "в ", "на ", "с ", " по ", "12", "3", "2024", " года", "–", "—", ",", ".", " ", "прошлом ",
            "году", "неделе", "назад", "месяц ", "накануне", "в тот же день", "May", "last ", "week", "ago",
            "21.12.2025", "05/", "Ё", "\u{D0}", "июльском", "и ", "годах", "г.",
        ]
        let parser = DatePhraseParser.articles
        let reference = PartialDate(year: 2025, month: 11, day: 12)
        var total = 0
        for _ in 0..<2000 {
            let text = (0..<random.below(20)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let bytes = Array(text.utf8)
            var previousEnd = 0
            for phrase in parser.find(in: text, reference: reference) {
                total += 1
                #expect(phrase.range.lowerBound >= previousEnd, "seed \(seed): \(text)")
                #expect(String(decoding: bytes[phrase.range], as: UTF8.self) == phrase.text, "seed \(seed): \(text)")
                previousEnd = phrase.range.upperBound
            }
        }
        #expect(total > 200, "seed \(seed): only \(total) phrases found")
    }
}
