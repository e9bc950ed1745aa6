import CentralAsiaKit
import Foundation
import Testing

@Suite struct PartialDateFoundationTests {
    /// 2025-01-20T19:00:00Z: still the 20th in UTC, already the 21st at UTC+5 (Astana, Tashkent).
    let evening = Date(timeIntervalSince1970: 1_737_399_600)

    @Test func takesTheCalendarDayAtTheGivenZone() throws {
        let utc = try #require(TimeZone(secondsFromGMT: 0))
        let astana = try #require(TimeZone(secondsFromGMT: 5 * 3600))
        #expect(PartialDate(evening, timeZone: utc)?.description == "2025-01-20")
        #expect(PartialDate(evening, timeZone: astana)?.description == "2025-01-21")
        #expect(PartialDate(evening, timeZone: astana)?.precision == .day)
    }

    @Test func startsAtLocalMidnight() throws {
        let astana = try #require(TimeZone(secondsFromGMT: 5 * 3600))
        let day = try CalendarTesting.date("2025-01-21")
        #expect(day.startDate(in: astana) == evening)
        #expect(try CalendarTesting.date("2025-01").startDate(in: astana) == Date(timeIntervalSince1970: 1_735_671_600))
    }

    @Test func coversWholeDaysMonthsAndYears() throws {
        let utc = try #require(TimeZone(secondsFromGMT: 0))
        let year = try #require(try CalendarTesting.date("2024").dateInterval(in: utc))
        #expect(year.start == Date(timeIntervalSince1970: 1_704_067_200))
        #expect(year.duration == 366 * 86_400)
        #expect(try #require(try CalendarTesting.date("2025-02").dateInterval(in: utc)).duration == 28 * 86_400)
        #expect(try #require(try CalendarTesting.date("2025-01-21").dateInterval(in: utc)).duration == 86_400)
    }

    @Test func followsDaylightSavingTime() throws {
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        let springForward = try CalendarTesting.date("2024-03-10")
        #expect(try #require(springForward.dateInterval(in: newYork)).duration == 23 * 3600)
        #expect(PartialDate(try #require(springForward.startDate(in: newYork)), timeZone: newYork) == springForward)
    }

    @Test func spansCoverFromFirstToLastDay() throws {
        let utc = try #require(TimeZone(secondsFromGMT: 0))
        let span = try CalendarTesting.span("2024-08-22", "2024-08-23")
        let interval = try #require(span.dateInterval(in: utc))
        #expect(interval.start == Date(timeIntervalSince1970: 1_724_284_800))
        #expect(interval.duration == 2 * 86_400)
    }

    @Test func convertsToAndFromDateComponents() throws {
        let month = try CalendarTesting.date("2024-03")
        #expect(month.dateComponents == DateComponents(year: 2024, month: 3))
        #expect(PartialDate(dateComponents: month.dateComponents) == month)
        #expect(
            PartialDate(dateComponents: DateComponents(year: 2024, month: 4, day: 24, hour: 13))?.description
                == "2024-04-24")
        #expect(PartialDate(dateComponents: DateComponents(year: 2024))?.precision == .year)
    }

    @Test func rejectsIncompleteOrImpossibleComponents() {
        #expect(PartialDate(dateComponents: DateComponents(month: 3, day: 1)) == nil)
        #expect(PartialDate(dateComponents: DateComponents(year: 2024, day: 1)) == nil)
        #expect(PartialDate(dateComponents: DateComponents(year: 2025, month: 2, day: 29)) == nil)
        #expect(PartialDate(dateComponents: DateComponents(era: 0, year: 44, month: 3, day: 15)) == nil)
    }

    @Test func todayIsTheCurrentDayAtTheZone() throws {
        let zone = try #require(TimeZone(secondsFromGMT: 5 * 3600))
        let before = PartialDate(Date(), timeZone: zone)
        let today = PartialDate.today(in: zone)
        let after = PartialDate(Date(), timeZone: zone)
        #expect(today == before || today == after)
        #expect(today.precision == .day)
    }
}
