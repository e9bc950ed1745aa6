import CentralAsiaKit
import Testing

@Suite struct DateOrSpanTests {
    @Test func encodesADateAsTextAndASpanAsAnObject() throws {
        let date: DateOrSpan = .date(try CalendarTesting.date("2024-04-24"))
        let span: DateOrSpan = .span(
            try CalendarTesting.span("2024-08-22", "2024-08-23"))
        #expect(
            try CalendarTesting.encode([date, span]) == #"["2024-04-24",{"end":"2024-08-23","start":"2024-08-22"}]"#)
        #expect(
            try CalendarTesting.decode([DateOrSpan].self, try CalendarTesting.encode([date, span])) == [date, span])
    }

    @Test func exposesItsEnds() throws {
        let date: DateOrSpan = .date(try CalendarTesting.date("2024-03"))
        #expect((date.start.description, date.end.description, date.span) == ("2024-03", "2024-03", nil))
        let span = try CalendarTesting.decode(DateOrSpan.self, #"{"start": "2024-12-30", "end": "2025-01-02"}"#)
        #expect((span.start.description, span.end.description, span.date) == ("2024-12-30", "2025-01-02", nil))
        #expect(span.description == "2024-12-30/2025-01-02")
        #expect(span.contains(try CalendarTesting.date("2025-01-01")))
        #expect(date.contains(try CalendarTesting.date("2024-03-31")))
        #expect(!date.contains(try CalendarTesting.date("2024-04-01")))
    }

    @Test func decodingQuotesTheBadValue() {
        #expect(
            CalendarTesting.corruption(DateOrSpan.self, #""2024-02-30""#)
                == #": invalid date "2024-02-30"; expected YYYY, YYYY-MM or YYYY-MM-DD"#)
        #expect(
            CalendarTesting.corruption(DateOrSpan.self, #"{"start": "2025", "end": "2024"}"#)
                == #"end: span ends "2024" before it starts "2025""#)
    }
}
