import CentralAsiaKit
import Foundation
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: ["2024", "2024-03", "2024-04-24", "2024-02-29", "0001-01-01", "9999-12-31"])
    func roundTripsISOText(_ text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: [
        "2025-02-29", "2024-13", "24", "2024-4-24", "2024-04-31", "", "0000", "2024-00", "2024-01-00",
        "2024/01/02", "+024", "2024-01-1x", " 2024",
    ])
    func rejectsMalformedOrImpossibleDates(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func keepsWhatIsKnownAtEachPrecision() throws {
        let year = try #require(PartialDate(year: 2024))
        let month = try #require(PartialDate(year: 2024, month: 3))
        let day = try #require(PartialDate(year: 2024, month: 4, day: 24))
        #expect((year.precision, year.month, year.day) == (.year, nil, nil))
        #expect((month.precision, month.month, month.day) == (.month, 3, nil))
        #expect((day.precision, day.month, day.day) == (.day, 4, 24))
    }

    @Test func rejectsComponentsOutOfRange() {
        #expect(PartialDate(year: 0) == nil)
        #expect(PartialDate(year: 10_000) == nil)
        #expect(PartialDate(year: 2024, month: 0) == nil)
        #expect(PartialDate(year: 2024, month: 13) == nil)
        #expect(PartialDate(year: 2024, day: 5) == nil)
        #expect(PartialDate(year: 2024, month: 4, day: 31) == nil)
        #expect(PartialDate(year: 2024, month: 4, day: 0) == nil)
    }

    @Test func encodesExactJSONAtEachPrecision() throws {
        let dates = try ["2024", "2024-03", "2024-04-24"].map { try #require(PartialDate($0)) }
        #expect(try CalendarTesting.encode(dates) == #"["2024","2024-03","2024-04-24"]"#)
    }

    @Test func roundTripsThroughJSON() throws {
        let dates = try ["0987", "2024", "2024-03", "2024-02-29"].map { try #require(PartialDate($0)) }
        #expect(try CalendarTesting.decode([PartialDate].self, try CalendarTesting.encode(dates)) == dates)
    }

    @Test func decodingQuotesTheBadValue() {
        #expect(
            CalendarTesting.corruption(PartialDate.self, #""2024-13""#)
                == #": invalid date "2024-13"; expected YYYY, YYYY-MM or YYYY-MM-DD"#)
        #expect(
            CalendarTesting.corruption([String: PartialDate].self, #"{"date": "31 April 2024"}"#)
                == #"date: invalid date "31 April 2024"; expected YYYY, YYYY-MM or YYYY-MM-DD"#)
    }

    @Test func decodingRejectsANumber() {
        #expect(throws: DecodingError.self) { try CalendarTesting.decode(PartialDate.self, "2024") }
    }

    @Test func ordersCoarserBeforeFinerAndByDay() throws {
        let texts = ["2025", "2024-12-31", "2024-02", "2024", "2024-02-29", "2024-01", "2024-01-01", "2023-12-31"]
        let sorted = try texts.map { try #require(PartialDate($0)) }.sorted().map(\.description)
        #expect(
            sorted == ["2023-12-31", "2024", "2024-01", "2024-01-01", "2024-02", "2024-02-29", "2024-12-31", "2025"])
    }

    @Test(arguments: [(1900, false), (2000, true), (2023, false), (2024, true), (2100, false), (2400, true)])
    func knowsGregorianLeapYears(_ year: Int, _ isLeap: Bool) {
        #expect(PartialDate.isLeapYear(year) == isLeap)
        #expect(PartialDate.daysIn(month: 2, year: year) == (isLeap ? 29 : 28))
        #expect((PartialDate(year: year, month: 2, day: 29) != nil) == isLeap)
    }

    @Test func countsDaysInMonths() {
        let days = (1...12).map { PartialDate.daysIn(month: $0, year: 2025) }
        #expect(days == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(PartialDate.daysIn(month: 13, year: 2025) == 0)
    }

    @Test func coversItsFirstAndLastDay() throws {
        let leapFebruary = try CalendarTesting.date("2024-02")
        #expect(leapFebruary.firstDay.description == "2024-02-01")
        #expect(leapFebruary.lastDay.description == "2024-02-29")
        let year = try CalendarTesting.date("2025")
        #expect((year.firstDay.description, year.lastDay.description) == ("2025-01-01", "2025-12-31"))
        #expect((year.dayCount, leapFebruary.dayCount, try CalendarTesting.date("2024").dayCount) == (365, 29, 366))
        #expect(try CalendarTesting.date("2024-04-24").dayCount == 1)
    }

    @Test func containsDatesWithinItsDays() throws {
        let year = try CalendarTesting.date("2024")
        let march = try CalendarTesting.date("2024-03")
        let day = try CalendarTesting.date("2024-03-05")
        #expect(year.contains(march) && year.contains(day) && march.contains(day))
        #expect(year.contains(year) && day.contains(day))
        #expect(!day.contains(march) && !march.contains(year))
        #expect(!march.contains(try CalendarTesting.date("2024-04-01")))
    }

    @Test(arguments: [
        ("1970-01-01", 0), ("1969-12-31", -1), ("2000-03-01", 11_017), ("2024-02-29", 19_782),
        ("2025-01-21", 20_109), ("0001-01-01", -719_162), ("9999-12-31", 2_932_896), ("2024", 19_723),
        ("2024-03", 19_783),
    ])
    func numbersDaysFromTheUnixEpoch(_ text: String, _ number: Int) throws {
        #expect(try #require(PartialDate(text)).dayNumber == number)
    }

    @Test func addsDaysAcrossMonthsYearsAndLeapDays() throws {
        let leapDay = try CalendarTesting.date("2024-02-28")
        #expect(leapDay.addingDays(1)?.description == "2024-02-29")
        #expect(leapDay.addingDays(2)?.description == "2024-03-01")
        #expect(try CalendarTesting.date("2025-02-28").addingDays(1)?.description == "2025-03-01")
        #expect(try CalendarTesting.date("2024-12-31").addingDays(1)?.description == "2025-01-01")
        #expect(try CalendarTesting.date("2025-01-01").addingDays(-1)?.description == "2024-12-31")
        #expect(try CalendarTesting.date("2024").addingDays(59)?.description == "2024-02-29")
        #expect(try CalendarTesting.date("2025-01-21").addingDays(0)?.description == "2025-01-21")
        #expect(try CalendarTesting.date("9999-12-31").addingDays(1) == nil)
        #expect(try CalendarTesting.date("0001-01-01").addingDays(-1) == nil)
    }

    @Test func agreesWithFoundationOnEveryDayOfFourHundredYears() throws {
        // Seeded walk: every 7th day over a full Gregorian cycle, checked against Foundation's calendar.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(secondsFromGMT: 0))
        var day = try CalendarTesting.date("1800-01-01")
        for _ in 0..<(146_097 / 7) {
            let instant = Date(timeIntervalSince1970: TimeInterval(day.dayNumber) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: instant)
            #expect(
                (parts.year, parts.month, parts.day) == (day.year, day.month, day.day), "day \(day)")
            day = try #require(day.addingDays(7))
        }
    }
}
