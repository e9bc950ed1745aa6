import CentralAsiaKit
import Testing

@Suite struct NumberWordsTests {
    @Test(arguments: [
        ("eight", 8), ("Eleven", 11), ("22", 22), ("twenty-three", 23), ("twenty three", 23), ("zero", 0),
        ("nineteen", 19), ("ninety-nine", 99), ("FORTY", 40), ("one hundred", 100), ("a hundred", 100),
        ("one hundred and five", 105), ("three hundred twelve", 312), ("nine hundred ninety-nine", 999),
        ("  six \n", 6), ("0", 0), ("1,200", 1200), ("41", 41), ("1,000,000", 1_000_000),
    ])
    func readsCardinals(_ text: String, _ value: Int) {
        #expect(NumberWords.cardinal(text) == value)
    }

    @Test(arguments: [
        "", "eight.", "twenty-", "-three", "twenty--three", "three twenty", "twenty twenty", "eleven-one",
        "one hundred and", "hundred hundred", "ten hundred", "one hundred zero", "and five", "a", "twice",
        "sixth", "1,20", "12,00", ",120", "1.5", "-3", "tw enty", "ｅight", "22 times", "single", "XVI",
        "1234567890123456",
    ])
    func rejectsWhatIsNotOneCardinal(_ text: String) {
        #expect(NumberWords.cardinal(text) == nil)
    }

    @Test(arguments: [
        ("first", 1), ("Sixth", 6), ("second", 2), ("third", 3), ("twelfth", 12), ("twentieth", 20),
        ("twenty-first", 21), ("thirty second", 32), ("hundredth", 100), ("one hundredth", 100),
        ("one hundred and first", 101), ("10th", 10), ("1st", 1), ("2nd", 2), ("3rd", 3), ("4th", 4),
        ("11th", 11), ("12th", 12), ("13th", 13), ("21st", 21), ("22nd", 22), ("23rd", 23), ("111th", 111),
        ("101st", 101), ("16TH", 16),
    ])
    func readsOrdinals(_ text: String, _ value: Int) {
        #expect(NumberWords.ordinal(text) == value)
    }

    @Test(arguments: [
        "1th", "2th", "12nd", "11st", "13rd", "21th", "10", "th", "six", "first second", "firsts",
        "sixth-one", "twenty-sixth-one", "XVI", "",
    ])
    func rejectsWhatIsNotOneOrdinal(_ text: String) {
        #expect(NumberWords.ordinal(text) == nil)
    }

    @Test(arguments: [
        ("I", 1), ("IV", 4), ("V", 5), ("IX", 9), ("X", 10), ("XIV", 14), ("XVI", 16), ("XIX", 19),
        ("XL", 40), ("XLIX", 49), ("L", 50), ("XC", 90), ("XCIX", 99), ("C", 100), (" XVI ", 16),
    ])
    func readsRomanNumerals(_ text: String, _ value: Int) {
        #expect(NumberWords.roman(text) == value)
    }

    @Test(arguments: ["xvi", "Xvi", "IIII", "VV", "IC", "IL", "XXXX", "VX", "CI", "M", "", "X V I", "16"])
    func rejectsLowerCaseNonCanonicalOrLargeRomanNumerals(_ text: String) {
        #expect(NumberWords.roman(text) == nil)
    }

    @Test func readsEveryRomanNumeralUpToAHundredOnce() {
        let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        let tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
        for number in 1...99 {
            let numeral = tens[number / 10] + (number % 10 == 0 ? "" : numerals[number % 10 - 1])
            #expect(NumberWords.roman(numeral) == number, "\(numeral)")
        }
    }

    @Test(arguments: [
        ("once", 1), ("Twice", 2), ("thrice", 3), ("three times", 3), ("four times", 4), ("22 times", 22),
        ("twenty-two times", 22), ("one time", 1), ("1 time", 1), ("  two   times ", 2),
    ])
    func readsMultiplicatives(_ text: String, _ value: Int) {
        #expect(NumberWords.multiplicative(text) == value)
    }

    @Test(arguments: ["times", "two time", "one times", "twice times", "three", "once more", "thrice-times", ""])
    func rejectsWhatIsNotOneMultiplicative(_ text: String) {
        #expect(NumberWords.multiplicative(text) == nil)
    }

    @Test(arguments: [
        ("single", 1), ("a single", 1), ("Single", 1), ("eight", 8), ("22", 22), ("twice", 2), ("four times", 4),
    ])
    func readsAnyCount(_ text: String, _ value: Int) {
        #expect(NumberWords.count(text) == value)
    }

    @Test func rejectsWhatIsNoCount() {
        #expect(NumberWords.count("several") == nil)
        #expect(NumberWords.count("single-handed") == nil)
        #expect(NumberWords.count("Sixth") == nil)
    }

    @Test func keepsItsVocabulariesInTables() {
        #expect(NumberWords.cardinalWords.count == 29)
        #expect(NumberWords.ordinalWords.count == 28)
        #expect(NumberWords.ordinalWords.values.allSatisfy { NumberWords.cardinalWords[$0] != nil })
        #expect(NumberWords.multiplicativeWords == ["once": 1, "twice": 2, "thrice": 3])
    }
}
