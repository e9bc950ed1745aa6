import Testing

@testable import CentralAsiaKit

/// The one month table that feeds and web pages read dates with, built from the date phrases' languages.
@Suite struct MonthNamesTests {
    @Test(arguments: [
        ("January", 1), ("jan", 1), ("Sept.", 9), ("SEP", 9), ("May", 5), ("декабря", 12), ("Декабрь", 12),
        ("декабре", 12), ("янв", 1), ("сент", 9), ("Мая", 5),
    ])
    func namesAMonth(_ word: String, month: Int) {
        #expect(MonthNames.month(named: word) == month)
    }

    @Test(arguments: ["Febr", "Janu", "Septem"])
    func readsAPrefixOfAnEnglishNameOnlyWhenAsked(_ word: String) {
        #expect(MonthNames.month(named: word) == nil)
        #expect(MonthNames.month(named: word, prefixes: true) != nil)
    }

    @Test(arguments: ["Ma", "Monday", "year", "понедельник", "", "jan1"])
    func namesNoMonth(_ word: String) {
        #expect(MonthNames.month(named: word, prefixes: true) == nil)
    }
}
