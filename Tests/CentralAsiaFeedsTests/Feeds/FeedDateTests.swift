import CentralAsiaFeeds
import CentralAsiaKit
import Foundation
import Testing

@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Tue, 21 Jan 2025 10:00:00 +0600", "2025-01-21", 1_737_432_000.0),
        ("Tue, 21 Jan 2025 01:00:00 +0600", "2025-01-21", 1_737_399_600.0),
        ("Tues, 21 Jan 25 10:00 GMT", "2025-01-21", 1_737_453_600.0),
        ("Tuesday, 21 January 2025 10:00:00 EST", "2025-01-21", 1_737_471_600.0),
        ("21 Jan 2025 10:00:00 +06:00", "2025-01-21", 1_737_432_000.0),
        ("Tue,  1 Jan 2025 00:00:00 UT", "2025-01-01", 1_735_689_600.0),
        ("Sun, 22 Sept 2024 12:00:00 Z", "2024-09-22", 1_727_006_400.0),
        ("2025-01-21T10:00:00Z", "2025-01-21", 1_737_453_600.0),
        ("2025-01-21T10:00:00.5+05:00", "2025-01-21", 1_737_435_600.5),
        ("2025-01-21 10:00:00 +0500", "2025-01-21", 1_737_435_600.0),
        ("Tue Jan 21 10:00:00 CET 2025", "2025-01-21", 1_737_450_000.0),
        ("Tue, 21 Jan 2025 10:00:00 MSK", "2025-01-21", 1_737_442_800.0),
        ("Tue, 21 Jan 2025 10:00:00 GMT+03:00", "2025-01-21", 1_737_442_800.0),
        ("Tue, 21 Jan 2025 10:00:00 Etc/GMT", "2025-01-21", 1_737_453_600.0),
        ("Tue, 21 Jan 2025 10:00:00 Etc/GMT-3", "2025-01-21", 1_737_442_800.0),
        ("Tue, 21 Jan 2025 10:00:00 UTC+3", "2025-01-21", 1_737_442_800.0),
        ("2025/01/21 10:00:00 +0300", "2025-01-21", 1_737_442_800.0),
    ])
    func readsInstants(text: String, day: String, seconds: Double) throws {
        let date = try #require(FeedDate(text))
        #expect(date.day == PartialDate(day))
        #expect(date.instant == Date(timeIntervalSince1970: seconds))
        #expect(date.raw == text)
    }

    @Test(arguments: [
        ("21 January 2025", "2025-01-21"), ("January 21, 2025", "2025-01-21"), ("2025-01-21", "2025-01-21"),
        ("2022-11-13 09:38:37", "2022-11-13"), ("2025-01-21T10:00", "2025-01-21"), ("28.12.2025, 14:57", "2025-12-28"),
        ("28.12.2025", "2025-12-28"), ("Tue, 21 Jan 2025 10:00:00", "2025-01-21"), ("2003", "2003"),
        ("2003-12", "2003-12"), ("Sun Jan  4 16:29:06 2004", "2004-01-04"), ("2006/09/15 08:19:53", "2006-09-15"),
        ("2006/09/15", "2006-09-15"),
    ])
    func readsDaysWithoutInstant(text: String, day: String) throws {
        let date = try #require(FeedDate(text))
        #expect(date.day == PartialDate(day))
        #expect(date.day.description == day)
        #expect(date.instant == nil)
        #expect(date.unknownZone == nil)
    }

    @Test func keepsDayForUnknownZone() throws {
        let date = try #require(FeedDate("Tue, 21 Jan 2025 10:00:00 ALMT"))
        #expect(date.day == PartialDate("2025-01-21"))
        #expect(date.instant == nil)
        #expect(date.unknownZone == "ALMT")
    }

    @Test(arguments: [
        "", "Someday soon", "2025-02-30", "31 Feb 2025", "Tue, 21 Foo 2025 10:00:00 GMT", "2025-01-21T25:00:00Z",
        "2025-01-21T10:00:00+5", "21 Jan 2025 10:00:00 +0600 extra", "32.01.2025", "2025-13-01",
        "Tue, 21 Jan 2025 10:00:00 -99:99", "2025-01-21T10:00:00+15:00", "2025-01-21T10:00:00+05:60", "2003-00",
        "Etc/GMT", "Tue, 21 Jan 2025 10:00:00 Etc/GMT+15", "2006/02/30", "Sun Jan 32 16:29:06 2004",
    ])
    func rejectsMalformedDates(text: String) {
        #expect(FeedDate(text) == nil)
    }
}

extension FeedDateTests {
    @Test func encodesPinnedJSONAndRoundTrips() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let date = try #require(FeedDate("Tue, 21 Jan 2025 10:00:00 +0600"))
        let json = String(decoding: try encoder.encode(date), as: UTF8.self)
        #expect(
            json == #"{"day":"2025-01-21","instant":"2025-01-21T04:00:00Z","raw":"Tue, 21 Jan 2025 10:00:00 +0600"}"#)
        #expect(try JSONDecoder().decode(FeedDate.self, from: Data(json.utf8)) == date)
        for text in ["Tue, 21 Jan 2025 10:00:00 ALMT", "2025-01-21T10:00:00.5+05:00", "21 January 2025"] {
            let value = try #require(FeedDate(text))
            #expect(try JSONDecoder().decode(FeedDate.self, from: try encoder.encode(value)) == value)
        }
    }
}

extension FeedDateTests {
    /// Fractions of a second are written as milliseconds, or with the fewest further digits that
    /// read back to the same `Date`; reading them gives exactly the instant the feed date had.
    @Test(arguments: [
        ("2025-04-01T21:30:00.249+05:00", "2025-04-01T16:30:00.249Z"),
        ("2025-04-01T21:30:00.5+05:00", "2025-04-01T16:30:00.500Z"),
        ("2025-04-01T21:30:00.000001Z", "2025-04-01T21:30:00.000001Z"),
        // A `Date` in 2025 holds about a tenth of a microsecond; the text says no more than it holds.
        ("2025-04-01T21:30:00.123456789123Z", "2025-04-01T21:30:00.1234568Z"),
        ("2001-01-01T00:00:00.123456789123Z", "2001-01-01T00:00:00.123456789Z"),
        ("1969-12-31T23:59:59.75Z", "1969-12-31T23:59:59.750Z"),
        ("0001-01-01T00:00:00.1Z", "0001-01-01T00:00:00.100Z"),
        ("9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z"),
        ("2025-04-01T21:30:00.000Z", "2025-04-01T21:30:00Z"),
    ])
    func keepsFractionalSecondsThroughJSON(text: String, instant: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let date = try #require(FeedDate(text))
        let json = String(decoding: try encoder.encode(date), as: UTF8.self)
        #expect(json.contains(#""instant":"\#(instant)""#))
        let decoded = try JSONDecoder().decode(FeedDate.self, from: Data(json.utf8))
        #expect(decoded == date)
        #expect(decoded.instant == date.instant)
    }

    /// Every millisecond of a second, on a date far from Foundation's reference date, survives.
    @Test func keepsEveryMillisecondThroughJSON() throws {
        var lost: [Int] = []
        for millisecond in 0..<1000 {
            let digits = String(1000 + millisecond).dropFirst()
            let date = try #require(FeedDate("2025-04-01T21:30:59.\(digits)+05:00"))
            let data = try JSONEncoder().encode(date)
            if try JSONDecoder().decode(FeedDate.self, from: data) != date { lost.append(millisecond) }
        }
        #expect(lost == [])
    }

    @Test func rejectsAnInstantWithoutZoneInJSON() {
        let json = #"{"day":"2025-01-21","instant":"2025-01-21T04:00:00","raw":"x"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(FeedDate.self, from: Data(json.utf8)) }
    }
}
