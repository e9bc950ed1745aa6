import CentralAsiaKit
import Testing

@Suite struct DatePhraseTests {
    @Test func encodesExactJSON() throws {
        let phrase = DatePhrase(
            .date(try CalendarTesting.date("2025")), qualifier: .byEndOf, range: 10..<28, text: "by the end of 2025")
        #expect(
            try CalendarTesting.encode(phrase)
                == #"{"date":"2025","qualifier":"byEndOf","range":[10,28],"text":"by the end of 2025","yearInferred":false}"#
        )
        let span = DatePhrase(
            .span(try CalendarTesting.span("2024-08-22", "2024-08-23")),
            range: 0..<10, text: "Aug. 22-23", isYearInferred: true)
        #expect(
            try CalendarTesting.encode(span)
                == #"{"date":{"end":"2024-08-23","start":"2024-08-22"},"qualifier":null,"range":[0,10],"text":"Aug. 22-23","yearInferred":true}"#
        )
    }

    @Test func roundTripsThroughJSON() throws {
        let phrases = [
            DatePhrase(
                .date(try CalendarTesting.date("2024-03")), qualifier: .early, range: 3..<13, text: "early March",
                isYearInferred: true),
            DatePhrase(
                .date(try CalendarTesting.date("2024")), qualifier: DatePhrase.Qualifier(rawValue: "around"),
                range: 0..<11, text: "around 2024"),
        ]
        #expect(try CalendarTesting.decode([DatePhrase].self, try CalendarTesting.encode(phrases)) == phrases)
    }

    @Test func decodingRejectsABadRange() {
        let json = #"{"date":"2024","qualifier":null,"range":[5,2],"text":"in 2024","yearInferred":false}"#
        #expect(
            CalendarTesting.corruption(DatePhrase.self, json)
                == "range: invalid range [5, 2]; expected [lower, upper] with 0 <= lower <= upper")
    }

    @Test func qualifiersAreNamedAsInTheJSON() {
        let all: [DatePhrase.Qualifier] = [
            .byEndOf, .endOf, .beginningOf, .early, .mid, .late, .by, .before, .after, .since, .until,
        ]
        #expect(
            all.map(\.description) == [
                "byEndOf", "endOf", "beginningOf", "early", "mid", "late", "by", "before", "after", "since", "until",
            ])
    }
}
