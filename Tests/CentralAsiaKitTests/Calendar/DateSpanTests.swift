import CentralAsiaKit
import Testing

@Suite struct DateSpanTests {
    @Test func encodesExactJSON() throws {
        #expect(
            try CalendarTesting.encode(try CalendarTesting.span("2024-08-22", "2024-08-23"))
                == #"{"end":"2024-08-23","start":"2024-08-22"}"#)
        #expect(
            try CalendarTesting.encode(try CalendarTesting.span("2024", "2025-03"))
                == #"{"end":"2025-03","start":"2024"}"#)
    }

    @Test func roundTripsThroughJSON() throws {
        for value in [
            try CalendarTesting.span("2024-08-22", "2024-08-23"), try CalendarTesting.span("2024-12-30", "2025-01-02"),
            try CalendarTesting.span("2024", "2024"),
        ] {
            #expect(try CalendarTesting.decode(DateSpan.self, try CalendarTesting.encode(value)) == value)
        }
    }

    @Test func rejectsAReversedSpan() throws {
        #expect(
            DateSpan(start: try CalendarTesting.date("2024-08-23"), end: try CalendarTesting.date("2024-08-22")) == nil)
        #expect(
            CalendarTesting.corruption(DateSpan.self, #"{"start": "2024-08-23", "end": "2024-08-22"}"#)
                == #"end: span ends "2024-08-22" before it starts "2024-08-23""#)
    }

    @Test func decodingQuotesABadDate() {
        #expect(
            CalendarTesting.corruption(DateSpan.self, #"{"start": "2024-08-32", "end": "2024-08-22"}"#)
                == #"start: invalid date "2024-08-32"; expected YYYY, YYYY-MM or YYYY-MM-DD"#)
    }

    @Test func containsOnlyDatesWithinItsDays() throws {
        let visit = try CalendarTesting.span("2024-08-22", "2024-08-23")
        #expect(visit.contains(try CalendarTesting.date("2024-08-22")))
        #expect(visit.contains(try CalendarTesting.date("2024-08-23")))
        #expect(!visit.contains(try CalendarTesting.date("2024-08-24")))
        #expect(!visit.contains(try CalendarTesting.date("2024-08")))
        #expect(try CalendarTesting.span("2024-07", "2024-09").contains(try CalendarTesting.date("2024-08")))
    }

    @Test func countsItsDaysAndDescribesItselfAsAnInterval() throws {
        #expect(try CalendarTesting.span("2024-08-22", "2024-08-23").dayCount == 2)
        #expect(try CalendarTesting.span("2024-12-30", "2025-01-02").dayCount == 4)
        #expect(try CalendarTesting.span("2024-02", "2024-03").dayCount == 60)
        #expect(try CalendarTesting.span("2024-08-22", "2024-08-23").description == "2024-08-22/2024-08-23")
    }
}
