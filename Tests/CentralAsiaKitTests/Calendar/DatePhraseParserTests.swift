import CentralAsiaKit
import Testing

@Suite struct DatePhraseParserTests {
    /// The reference page's date: phrases without a year are read as written on this day.
    static let pageDay = PartialDate(year: 2025, month: 1, day: 21)

    /// One phrase form and what it must give: the date or span as ISO text, the qualifier, whether the year was
    /// inferred.
    struct Case: Sendable, CustomTestStringConvertible {
        let phrase: String
        let value: String
        let qualifier: DatePhrase.Qualifier?
        let inferred: Bool
        init(_ phrase: String, _ value: String, _ qualifier: DatePhrase.Qualifier? = nil, inferred: Bool = false) {
            (self.phrase, self.value, self.qualifier, self.inferred) = (phrase, value, qualifier, inferred)
        }
        var testDescription: String { phrase }
    }

    static let forms: [Case] = [
        // Day first.
        Case("21 January 2025", "2025-01-21"),
        Case("08 December 2025", "2025-12-08"),
        Case("8 December 2025", "2025-12-08"),
        Case("on 21 January 2025", "2025-01-21"),
        Case("21st of January", "2025-01-21", inferred: true),
        Case("14 May", "2024-05-14", inferred: true),
        Case("14-15 May 2017", "2017-05-14/2017-05-15"),
        Case("14 – 15 May 2017", "2017-05-14/2017-05-15"),
        Case("30 May - 2 June 2024", "2024-05-30/2024-06-02"),
        Case("30 December 2024 - 2 January 2025", "2024-12-30/2025-01-02"),
        Case("30 December 2024 - 2 January", "2024-12-30/2025-01-02"),
        // Month first.
        Case("April 24, 2024", "2024-04-24"),
        Case("April 24 2024", "2024-04-24"),
        Case("January 21st, 2025", "2025-01-21"),
        Case("Dec. 10", "2024-12-10", inferred: true),
        Case("Dec 10", "2024-12-10", inferred: true),
        Case("December 10", "2024-12-10", inferred: true),
        Case("On December 10", "2024-12-10", inferred: true),
        Case("Sept. 3", "2024-09-03", inferred: true),
        Case("Aug. 22-23", "2024-08-22/2024-08-23", inferred: true),
        Case("Aug. 22-23, 2023", "2023-08-22/2023-08-23"),
        Case("November 11–12", "2024-11-11/2024-11-12", inferred: true),
        Case("on February 24-25", "2024-02-24/2024-02-25", inferred: true),
        Case("May 30 - June 2, 2024", "2024-05-30/2024-06-02"),
        Case("May 30–June 2", "2024-05-30/2024-06-02", inferred: true),
        Case("December 30 - January 2, 2025", "2024-12-30/2025-01-02"),
        Case("May 30, 2024 - June 2, 2024", "2024-05-30/2024-06-02"),
        Case("May 30, 2024 - June 2", "2024-05-30/2024-06-02"),
        // Month and year, year alone.
        Case("March 2024", "2024-03"),
        Case("in March 2024", "2024-03"),
        Case("in 2024", "2024"),
        Case("In 2024", "2024"),
        Case("2024", "2024"),
        Case("during 2023", "2023"),
        // Ranges of months and years; two dates joined by words.
        Case("March-April 2024", "2024-03/2024-04"),
        Case("in March–April 2024", "2024-03/2024-04"),
        Case("in November - December", "2024-11/2024-12", inferred: true),
        Case("in 2023-2024", "2023/2024"),
        Case("2023–2024", "2023/2024"),
        Case("from May 30 to June 2, 2024", "2024-05-30/2024-06-02"),
        Case("from May 30, 2024 to June 2", "2024-05-30/2024-06-02"),
        Case("From May 15 to 17", "2024-05-15/2024-05-17", inferred: true),
        Case("from 12 to 15 May 2017", "2017-05-12/2017-05-15"),
        Case("from 30 December until 2 January", "2024-12-30/2025-01-02", inferred: true),
        Case("from December 30 through January 2", "2024-12-30/2025-01-02", inferred: true),
        Case("between 2020 and 2024", "2020/2024"),
        Case("from 2020 to 2024", "2020/2024"),
        Case("between March and May 2024", "2024-03/2024-05"),
        // Qualifiers.
        Case("by the end of 2025", "2025", .byEndOf),
        Case("By the end of March", "2024-03", .byEndOf, inferred: true),
        Case("at the end of 2024", "2024", .endOf),
        Case("the end of 2024", "2024", .endOf),
        Case("the beginning of 2025", "2025", .beginningOf),
        Case("early 2024", "2024", .early),
        Case("in early 2024", "2024", .early),
        Case("mid-2024", "2024", .mid),
        Case("mid–2024", "2024", .mid),
        Case("in mid-2024", "2024", .mid),
        Case("mid-March", "2024-03", .mid, inferred: true),
        Case("late 2024", "2024", .late),
        Case("late December 2024", "2024-12", .late),
        Case("by 2030", "2030", .by),
        Case("by March 2025", "2025-03", .by),
        Case("before 2030", "2030", .before),
        Case("after 2020", "2020", .after),
        Case("since 2020", "2020", .since),
        Case("until December 31, 2025", "2025-12-31", .until),
    ]

    @Test(arguments: forms)
    func readsEachPhraseForm(_ form: Case) throws {
        let phrase = try #require(DatePhraseParser().parse(form.phrase, reference: Self.pageDay))
        #expect(phrase.value.description == form.value)
        #expect(phrase.qualifier == form.qualifier)
        #expect(phrase.isYearInferred == form.inferred)
        #expect(phrase.text == form.phrase)
        #expect(phrase.range == 0..<form.phrase.utf8.count)
    }

    @Test(arguments: [
        ("January", 1), ("Jan.", 1), ("Jan", 1), ("February", 2), ("Feb.", 2), ("March", 3), ("Mar.", 3),
        ("April", 4), ("Apr.", 4), ("May", 5), ("June", 6), ("Jun.", 6), ("July", 7), ("Jul.", 7),
        ("August", 8), ("Aug.", 8), ("September", 9), ("Sept.", 9), ("Sep.", 9), ("Sept", 9), ("October", 10),
        ("Oct.", 10), ("November", 11), ("Nov.", 11), ("December", 12), ("Dec.", 12),
    ])
    func readsEveryMonthNameAndAbbreviation(_ name: String, _ month: Int) throws {
        let monthFirst = try #require(DatePhraseParser().parse("\(name) 5, 2024", reference: nil))
        #expect(monthFirst.value.date == PartialDate(year: 2024, month: month, day: 5))
        let dayFirst = try #require(DatePhraseParser().parse("5 \(name) 2024", reference: nil))
        #expect(dayFirst.value.date == PartialDate(year: 2024, month: month, day: 5))
    }

    @Test(arguments: [
        "31 April 2024", "April 31, 2024", "29 February 2025", "Sept. 31, 2024", "Dec. 32", "0 May 2024",
        "december 10, 2024", "10 december 2024", "DECEMBER 10, 2024", "May", "December", "May.", "Mayo 5",
        "Decem 10", "Dece. 10", "May. 5", "12/10/2024", "2024-12-10", "in 10000", "in 999", "in 2024s",
        "2024 tons", "May 30 -", "in the end", "early", "", "  ", "by the end of", "on Monday",
        "December 10 2024 2025", "April 24,", "14-15", "in 2024-25", "2,024", "in 1700", "in 2300",
        "in 2024-2023", "2024-2024", "from 12 to 15 percent", "from 2020 to March 2024", "between 5 and 10",
        "from 1000 to 2000", "from May 30", "from May 30 to", "between May 30 and June 31",
        "from 12 to 15", "March-",
    ])
    func rejectsWhatIsNotOneRealDate(_ text: String) {
        #expect(DatePhraseParser(languages: [.english]).parse(text, reference: Self.pageDay) == nil)
    }

    @Test func needsAReferenceForAPhraseWithoutAYear() {
        let parser = DatePhraseParser()
        #expect(parser.parse("December 10", reference: nil) == nil)
        #expect(parser.parse("Aug. 22-23", reference: nil) == nil)
        #expect(parser.parse("December 10, 2024", reference: nil)?.value.description == "2024-12-10")
        #expect(parser.find(in: "on December 10 and in 2024", reference: nil).map(\.text) == ["in 2024"])
    }

    @Test func ignoresSpacesAroundAWholePhrase() throws {
        let phrase = try #require(DatePhraseParser().parse("  in 2024\t", reference: nil))
        #expect(phrase.range == 2..<9)
        #expect(phrase.text == "in 2024")
    }

    @Test(arguments: [
        // Never in the reference's future, even across the turn of the year.
        ("December 30", "2025-01-05", "2024-12-30"),
        ("January 3", "2025-01-05", "2025-01-03"),
        ("January 5", "2025-01-05", "2025-01-05"),
        ("January 6", "2025-01-05", "2024-01-06"),
        ("December 30 - January 2", "2025-01-05", "2024-12-30/2025-01-02"),
        ("December 30 - January 2", "2024-12-31", "2024-12-30/2025-01-02"),
        ("December 30 - January 2", "2024-12-29", "2023-12-30/2024-01-02"),
        ("February 29", "2025-03-01", "2024-02-29"),
        ("February 29", "2024-02-28", "2020-02-29"),
        ("in March", "2025-01-05", "2024-03"),
        ("in January", "2025-01-05", "2025-01"),
        // A coarser reference: the date may fall anywhere within it.
        ("January 20", "2025-01", "2025-01-20"),
        ("December 10", "2025-01", "2024-12-10"),
        ("December 10", "2025", "2025-12-10"),
    ])
    func infersTheLatestYearNotAfterTheReference(_ text: String, _ reference: String, _ expected: String) throws {
        let phrase = try #require(DatePhraseParser().parse(text, reference: try CalendarTesting.date(reference)))
        #expect(phrase.value.description == expected)
        #expect(phrase.isYearInferred)
    }

    @Test(arguments: [
        ("February 24-25", "2025-01-21", "2025-02-24/2025-02-25"),
        ("January 21", "2025-01-21", "2025-01-21"),
        ("January 20", "2025-01-21", "2026-01-20"),
        ("December 30 - January 2", "2025-01-01", "2024-12-30/2025-01-02"),
    ])
    func infersTheEarliestYearNotBeforeTheReferenceForPlans(
        _ text: String, _ reference: String, _ expected: String
    ) throws {
        let parser = DatePhraseParser(yearInference: .notBeforeReference)
        let phrase = try #require(parser.parse(text, reference: try CalendarTesting.date(reference)))
        #expect(phrase.value.description == expected)
    }

    @Test(arguments: [
        ("December 30", "2025-01-05", "2024-12-30"),
        ("January 20", "2025-01-05", "2025-01-20"),
        ("July 10", "2025-01-05", "2024-07-10"),
        ("July 2", "2025-01-05", "2025-07-02"),
        // What the articles parser reads with this rule: a report's past, an announcement's coming months.
        ("24 декабря", "2025-02-24", "2024-12-24"),
        ("в ноябре", "2025-09-28", "2025-11"),
        ("22 декабря", "2025-12-20", "2025-12-22"),
        ("в октябре", "2025-12-20", "2025-10"),
        ("9 июн", "2017-06-09", "2017-06-09"),
        ("в субботу", "2013-07-07", "2013-07-06"),
        ("в понедельник", "2026-02-16", "2026-02-16"),
    ])
    func infersTheNearestYear(_ text: String, _ reference: String, _ expected: String) throws {
        let parser = DatePhraseParser.articles
        let phrase = try #require(parser.parse(text, reference: try CalendarTesting.date(reference)))
        #expect(phrase.value.description == expected)
    }

    @Test func namesItsInferenceRules() {
        let rules: [DatePhraseParser.YearInference] = [.notAfterReference, .notBeforeReference, .nearest]
        #expect(rules.map(\.description) == ["notAfterReference", "notBeforeReference", "nearest"])
        #expect(DatePhraseParser().yearInference == .notAfterReference)
    }

    static let paragraph = """
        The commission met in Astana on April 24, 2024 and again on Aug. 22-23, when a “Tashkent” roadmap \
        signed in March 2024 was extended until 2030. President Tokayev paid a state visit on November 11–12; \
        by the end of 2025 ministers expect a draft, although talks held 14-15 May 2017 had failed. A memo \
        dated 31 April 2024 was a typo, and May figures were weak in mid-2024.
        """

    @Test func findsEveryPhraseInProseWithItsByteRange() {
        let found = DatePhraseParser().find(in: Self.paragraph, reference: Self.pageDay)
        let summary = found.map { "\($0.range) \($0.text) → \($0.value) \($0.qualifier?.rawValue ?? "-")" }
        #expect(
            summary == [
                "29..<46 on April 24, 2024 → 2024-04-24 -",
                "57..<70 on Aug. 22-23 → 2024-08-22/2024-08-23 -",
                "109..<122 in March 2024 → 2024-03 -",
                "136..<146 until 2030 → 2030 until",
                "185..<204 on November 11–12 → 2024-11-11/2024-11-12 -",
                "206..<224 by the end of 2025 → 2025 byEndOf",
                "271..<285 14-15 May 2017 → 2017-05-14/2017-05-15 -",
                "363..<374 in mid-2024 → 2024 mid",
            ])
        let bytes = Array(Self.paragraph.utf8)
        for phrase in found {
            #expect(String(decoding: bytes[phrase.range], as: UTF8.self) == phrase.text)
        }
    }

    @Test func findsOnlyWithinTheGivenByteRange() {
        let bytes = Array(Self.paragraph.utf8)
        let found = DatePhraseParser().find(inUTF8: bytes, range: 100..<210, reference: Self.pageDay)
        #expect(found.map(\.range) == [109..<122, 136..<146, 185..<204])
        let withoutReference = DatePhraseParser().find(inUTF8: bytes, range: 100..<5000, reference: nil)
        #expect(
            withoutReference.map(\.text) == [
                "in March 2024", "until 2030", "by the end of 2025", "14-15 May 2017", "in mid-2024",
            ])
    }

    @Test(arguments: [
        "The 2024 budget grew.", "In Astana, 12 ministers met.", "They may meet again.", "Mayor 30 said",
        "Article 2024 applies", "the late 1990s", "a 2024-25 season", "pages 10-12 of the report",
        "COVID-19 cases", "in 12 months", "since then", "", "in 1000 villages", "rose from 1000 to 2000 tons",
        "from 12 to 15 percent", "the 2023-2024 season", "a March-April lull", "between 5 and 10 of them",
    ])
    func findsNothingWhereThereIsNoDate(_ text: String) {
        #expect(DatePhraseParser().find(in: text, reference: Self.pageDay).isEmpty)
    }

    @Test func skipsAnImpossibleDateAsAWhole() {
        let found = DatePhraseParser().find(in: "dated 31 April 2024, then 30 April 2024", reference: nil)
        #expect(found.map(\.text) == ["30 April 2024"])
    }

    @Test func reportsThePhrasesItSkipsAsDiagnostics() throws {
        let text = "Nothing here.\nThe deal signed on 31 April 2024 took effect on Dec. 10, in 2025."
        var scanner = TextScanner(text)
        _ = scanner.nextLine()
        let second = scanner.nextLine()
        let line = try #require(second)
        let scan = DatePhraseParser().scan(inUTF8: scanner.bytes, range: line.range, reference: nil)
        #expect(scan.phrases.map(\.text) == ["in 2025"])
        #expect(scan.rejected.map(\.reason) == [.impossibleDate, .missingYear])
        #expect(scan.rejected.map(\.range) == [30..<46, 59..<69])
        let diagnostics = scan.rejected.map { $0.diagnostic(at: scanner.location(of: $0.range.lowerBound, in: line)) }
        #expect(
            diagnostics.map(\.description) == [
                #"2:17: warning: impossible date "on 31 April 2024""#,
                #"2:46: note: date "on Dec. 10" has no year and there is no reference date"#,
            ])
        let withReference = DatePhraseParser().scan(inUTF8: scanner.bytes, range: line.range, reference: Self.pageDay)
        #expect(withReference.phrases.map(\.text) == ["on Dec. 10", "in 2025"])
        #expect(withReference.rejected.map(\.text) == ["on 31 April 2024"])
    }

    @Test func behavesAsItsDocumentationSays() {
        let parser = DatePhraseParser()
        let reference = PartialDate(year: 2025, month: 1, day: 21)
        #expect(parser.parse("December 10", reference: reference)?.value.description == "2024-12-10")
        #expect(
            parser.find(in: "Talks held on Aug. 22-23 continue in 2025.", reference: reference).map(\.text)
                == ["on Aug. 22-23", "in 2025"])
    }

    @Test func takesTheLongestReadingAtEachPlace() {
        let found = DatePhraseParser().find(
            in: "Between May 30 - June 2, 2024 and on 5 June the talks ran.", reference: Self.pageDay)
        #expect(found.map(\.text) == ["May 30 - June 2, 2024", "on 5 June"])
        #expect(found.map(\.value.description) == ["2024-05-30/2024-06-02", "2024-06-05"])
    }

    @Test func leavesACommaThatIsNotFollowedByAYear() {
        let found = DatePhraseParser().find(in: "On December 10, the president left.", reference: Self.pageDay)
        #expect(found.map(\.text) == ["On December 10"])
    }

    @Test func readsBackRandomDatesWrittenInEveryStyle() throws {
        let seed: UInt64 = 0x5EED_DA7E
        var random = SplitMix64(seed: seed)
        let full = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ]
        let short = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
        let parser = DatePhraseParser()
        for _ in 0..<2000 {
            let first = try CalendarTesting.date("1900-01-01")
            let date = try #require(first.addingDays(random.below(73_000)))
            let (year, month, day) = (date.year, (date.month ?? 0) - 1, date.day ?? 0)
            let padded = day < 10 ? "0\(day)" : "\(day)"
            let styles = [
                "\(padded) \(full[month]) \(year)", "\(day) \(full[month]) \(year)", "\(full[month]) \(day), \(year)",
                "\(short[month]) \(day), \(year)", "on \(day) \(short[month]) \(year)",
            ]
            for text in styles {
                #expect(parser.parse(text, reference: nil)?.value == .date(date), "seed \(seed): \(text)")
            }
            #expect(PartialDate(englishDay: styles[0]) == date, "seed \(seed): \(styles[0])")
        }
    }

    @Test func findsWellFormedPhrasesInRandomText() {
        let seed: UInt64 = 0xD47E_5EED
        var random = SplitMix64(seed: seed)
        let pieces = [
            "May", "Dec.", "Sept", "June", " ", " ", "-", "–", "12", "31", "2024", "1999", ",", ".",
            "in ", "mid", "by the end of ", "on ", "early ", "x", "é", "\n", "“",
        ]
        let parser = DatePhraseParser()
        let reference = PartialDate(year: 2025, month: 1, day: 21)
        var total = 0
        for _ in 0..<2000 {
            let text = (0..<random.below(24)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let bytes = Array(text.utf8)
            let found = parser.find(in: text, reference: reference)
            total += found.count
            var previousEnd = 0
            for phrase in found {
                #expect(phrase.range.lowerBound >= previousEnd, "seed \(seed): \(text)")
                #expect(String(decoding: bytes[phrase.range], as: UTF8.self) == phrase.text, "seed \(seed): \(text)")
                #expect(parser.parse(phrase.text, reference: reference)?.value == phrase.value, "seed \(seed): \(text)")
                previousEnd = phrase.range.upperBound
            }
        }
        #expect(total > 200, "seed \(seed): only \(total) phrases found")
    }
}
