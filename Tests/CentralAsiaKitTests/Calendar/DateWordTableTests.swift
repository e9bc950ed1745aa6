import Testing

@testable import CentralAsiaKit

/// The look-up structures of the date grammar: the hashed word table, the small numbers of a match and the
/// leads grouped by their first word.
@Suite struct DateWordTableTests {
    /// Three keys that all start at slot 5 of an eight-slot table (the high half of the second folds to 0
    /// in the low bits), so that look-ups probe past each other.
    static let colliding: [UInt64: String] = [5: "five", 5 + (1 << 40): "far five", 13: "thirteen"]

    @Test(
        arguments: [
            (UInt64(5), "five"), (5 + (1 << 40), "far five"), (13, "thirteen"), (21, nil), (6, nil), (0, nil),
        ] as [(UInt64, String?)])
    func findsEveryKeyPastCollisionsAndNoOther(_ key: UInt64, _ value: String?) {
        #expect(DateWordTable(Self.colliding)[key] == value)
    }

    @Test func findsNothingInAnEmptyTable() {
        #expect(DateWordTable<Int>([:])[0] == nil)
        #expect(DateWordTable<Int>([:])[DateText.hash(of: Array("may".utf8))] == nil)
    }

    @Test(arguments: [nil, -2, 0, 1, 12, 31, 2999, 9999] as [Int?])
    func keepsSmallNumbersAndTheirAbsence(_ number: Int?) {
        var match = DatePhraseMatcher.Match(startYear: number, range: 0..<1)
        #expect(match.startYear == number)
        match.yearStep = number
        #expect(match.yearStep == number)
        #expect(match.endYear == nil)
    }

    /// "in" opens four English leads, longest first; each lead of more words carries its second word's first
    /// byte.
    @Test func groupsTheLeadsByTheirFirstWord() throws {
        let english = DateWords.english
        let groups = try #require(english.leadsByFirstWord[DateText.hash(of: Array("in".utf8))])
        #expect(groups.map { String(decoding: $0.firstWord, as: UTF8.self) } == ["in"])
        let leads = groups.flatMap(\.leads)
        let words = leads.map { english.leads[$0.index].words.map { String(decoding: $0, as: UTF8.self) } }
        #expect(words == [["in", "early"], ["in", "late"], ["in", "mid"], ["in"]])
        #expect(leads.map(\.secondInitial) == [UInt8(ascii: "e"), UInt8(ascii: "l"), UInt8(ascii: "m"), nil])
    }

    @Test func listsTheWordsThatCountMonths() {
        #expect(DateWords.english.monthUnits.map { String(decoding: $0, as: UTF8.self) } == ["month", "months"])
        #expect(
            DateWords.russian.monthUnits.map { String(decoding: $0, as: UTF8.self) } == ["месяц", "месяца", "месяцев"])
    }
}
