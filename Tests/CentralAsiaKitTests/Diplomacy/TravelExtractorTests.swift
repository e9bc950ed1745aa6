import CentralAsiaKit
import Foundation
import Testing

/// What the reference page's travel summary states, leader by leader (facts of the seed's expectations).
private struct ExpectedTravel: Sendable {
    var person: String
    var country: CountryCode
    var trips: Int
    var bilateralTrips: Int? = nil
    var stateVisits: Int? = nil
    var visitsByCountry: [CountryCode: Int] = [:]
    var stateVisitDestinations: [CountryCode] = []
    var alsoVisited: [CountryCode] = []
    var events: [[String]]
}

private let expectedTravel: [ExpectedTravel] = [
    ExpectedTravel(
        person: "Serdar Berdimuhamedov", country: "TM", trips: 8, bilateralTrips: 1,
        visitsByCountry: ["RU": 4, "KZ": 2, "AE": 1, "MY": 1],
        events: [
            ["XVI BRICS Summit", "Kazan", "RU"], ["CIS Heads of State Summit", "Moscow", "RU"],
            ["Victory Day Celebration", "Moscow", "RU"], ["Informal CIS Leaders' Meeting", "Saint Petersburg", "RU"],
            ["Central Asia-Germany Summit", "Astana", "KZ"],
            ["Sixth Consultative Meeting of Central Asian Leaders", "Astana", "KZ"],
            ["UN COP28 Conference", "Dubai", "AE"],
        ]),
    ExpectedTravel(
        person: "Gurbanguly Berdimuhamedov", country: "TM", trips: 10, bilateralTrips: 4,
        visitsByCountry: ["AE": 1, "TJ": 1, "IR": 2],
        events: [
            ["One Water Summit", "Riyadh", "SA"], ["Turkic States' Council of Elders", "Budapest", "HU"],
            ["V World Nomad Games Opening Ceremony", "Astana", "KZ"], ["SCO Summit", "Astana", "KZ"],
            ["Russia-Islamic World: KazanForum", "Kazan", "RU"], ["Antalya Diplomatic Forum", "Antalya", "TR"],
        ]),
    ExpectedTravel(
        person: "Emomali Rahmon", country: "TJ", trips: 22, bilateralTrips: 6,
        visitsByCountry: ["RU": 1, "IR": 1, "AZ": 1, "IT": 1, "VA": 1, "QA": 2],
        events: [
            ["CSTO Summit", "Astana", "KZ"], ["Central Asia-Germany Summit", "Astana", "KZ"],
            ["Sixth Consultative Meeting of Central Asian Leaders", "Astana", "KZ"],
            ["SCO Plus Meeting", "Astana", "KZ"],
            ["COP29 Climate Conference", "Baku", "AZ"], ["Arab-Islamic Extraordinary Summit", "Riyadh", "SA"],
            ["UN COP28 Conference", "Dubai", "AE"], ["UN General Assembly", "New York", "US"],
        ]),
    ExpectedTravel(
        person: "Shavkat Mirziyoyev", country: "UZ", trips: 18, stateVisitDestinations: ["TR", "CN", "TJ"],
        events: [
            ["COP29 Climate Conference", "Baku", "AZ"], ["Turkic States Informal Summit", "Shusha", "AZ"],
            ["Arab-Islamic Summit", "Riyadh", "SA"], ["UN COP28 Conference", "Dubai", "AE"],
            ["SCO Meeting", "Astana", "KZ"], ["BRICS+ Summit", "Kazan", "RU"],
        ]),
    ExpectedTravel(
        person: "Kassym-Jomart Tokayev", country: "KZ", trips: 23, stateVisits: 11,
        visitsByCountry: ["RU": 5, "AZ": 3],
        stateVisitDestinations: ["HU", "RS", "FR", "IT", "VA", "QA", "AZ", "AM", "TJ", "MN", "SG"],
        alsoVisited: ["SA", "AE"],
        events: [
            ["Doha Forum", "Doha", "QA"], ["One Water Summit", "Riyadh", "SA"],
            ["COP29 Climate Conference", "Baku", "AZ"],
            ["Boao Forum", "Boao", "CN"],
        ]),
    ExpectedTravel(
        person: "Sadyr Japarov", country: "KG", trips: 23, stateVisits: 8, visitsByCountry: ["RU": 5, "KZ": 4],
        stateVisitDestinations: ["KR", "UZ", "KZ", "AZ", "BE", "DE", "AT", "IT", "VA"],
        events: [
            ["CSTO Summit", "Astana", "KZ"], ["Central Asia-Germany Summit", "Astana", "KZ"],
            ["UN COP28 Conference", "Dubai", "AE"], ["BRICS+ Summit", "Kazan", "RU"],
        ]),
]

@Suite struct TravelExtractorTests {
    /// Checks every value of the seed's `travel` on a parsed page.
    private func checkSeedTravel(_ page: NewsPage) {
        #expect(page.travel.map(\.person) == expectedTravel.map(\.person))
        for (record, expected) in zip(page.travel, expectedTravel) {
            #expect(record.article == 2)
            #expect(record.country == expected.country)
            #expect(record.period == PartialDate(year: 2024))
            #expect(record.trips == expected.trips, "\(expected.person)")
            #expect(record.bilateralTrips == expected.bilateralTrips, "\(expected.person)")
            #expect(record.stateVisits == expected.stateVisits, "\(expected.person)")
            #expect(record.visitsByCountry == expected.visitsByCountry, "\(expected.person)")
            #expect(record.stateVisitDestinations == expected.stateVisitDestinations, "\(expected.person)")
            #expect(record.alsoVisited == expected.alsoVisited, "\(expected.person)")
            let events = record.events.map {
                [DiplomaticEvent.straightened($0.name), $0.city ?? "", $0.country?.rawValue ?? ""]
            }
            #expect(events == expected.events, "\(expected.person)")
        }
        #expect(page.diagnostics.isEmpty)
        #expect(
            TravelRecord.rankingByTrips(page.travel).map(\.description) == [
                "1. Kassym-Jomart Tokayev 23", "1. Sadyr Japarov 23", "3. Emomali Rahmon 22",
                "4. Shavkat Mirziyoyev 18",
                "5. Gurbanguly Berdimuhamedov 10", "6. Serdar Berdimuhamedov 8",
            ])
    }

    @Test(.enabled(if: Fixture.exists(Fixture.referencePage)))
    func readsEveryLeaderOfTheReferencePage() throws {
        checkSeedTravel(try PageParser(annotation: .diplomacy(.standard)).parse(contentsOf: Fixture.referencePage))
    }

    @Test func readsTheSameFactsFromTheFixturePage() throws {
        checkSeedTravel(
            try PageParser(annotation: .diplomacy(.standard)).parse(
                contentsOf: Fixture.url("pages/reference-structure.txt")))
    }

    @Test func supportsTheSharedEventsOfTheSeed() throws {
        let page = try PageParser(annotation: .diplomacy(.standard)).parse(
            contentsOf: Fixture.url("pages/reference-structure.txt"))
        var attendees: [String: [String]] = [:]
        var order: [String] = []
        for record in page.travel {
            for event in record.events {
                let key = "\(event.normalizedName) (\(event.city ?? ""))"
                if attendees[key] == nil { order.append(key) }
                if attendees[key]?.contains(record.person) != true { attendees[key, default: []].append(record.person) }
            }
        }
        let shared = order.filter { (attendees[$0]?.count ?? 0) >= 2 }.map { "\($0): \(attendees[$0] ?? [])" }
        #expect(
            shared.contains(
                #"UN COP28 Conference (Dubai): ["Serdar Berdimuhamedov", "Emomali Rahmon", "Shavkat Mirziyoyev", "Sadyr Japarov"]"#
            ))
        #expect(
            shared.contains(
                #"Central Asia-Germany Summit (Astana): ["Serdar Berdimuhamedov", "Emomali Rahmon", "Sadyr Japarov"]"#))
        #expect(
            shared.contains(
                #"COP29 Climate Conference (Baku): ["Emomali Rahmon", "Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"]"#))
        #expect(
            shared.contains(
                #"Consultative Meeting of Central Asian Leaders (Astana): ["Serdar Berdimuhamedov", "Emomali Rahmon"]"#)
        )
        #expect(shared.contains(#"CSTO Summit (Astana): ["Emomali Rahmon", "Sadyr Japarov"]"#))
        #expect(shared.contains(#"One Water Summit (Riyadh): ["Gurbanguly Berdimuhamedov", "Kassym-Jomart Tokayev"]"#))
        #expect(shared.contains(#"BRICS+ Summit (Kazan): ["Shavkat Mirziyoyev", "Sadyr Japarov"]"#))
        #expect(shared.count == 7)
    }

    @Test func readsEditionsOrganisationsAndNormalisedNames() throws {
        let page = try PageParser(annotation: .diplomacy(.standard)).parse(
            contentsOf: Fixture.url("pages/reference-structure.txt"))
        let events = page.travel.flatMap(\.events)
        let brics = try #require(events.first { $0.name == "XVI BRICS Summit" })
        #expect(
            brics
                == DiplomaticEvent(
                    name: "XVI BRICS Summit", normalizedName: "BRICS Summit", edition: 16, organization: "BRICS",
                    city: "Kazan",
                    country: "RU"))
        #expect(events.first { $0.name.hasPrefix("Sixth") }?.edition == 6)
        #expect(events.first { $0.name.hasPrefix("V World") }?.normalizedName == "World Nomad Games Opening Ceremony")
        #expect(events.first { $0.name == "BRICS+ Summit" }?.organization == "BRICS")
        #expect(events.first { $0.name == "SCO Plus Meeting" }?.organization == "SCO")
        #expect(events.first { $0.name == "UN COP28 Conference" }?.organization == "UN")
        #expect(
            events.first { $0.name.hasPrefix("Turkic States’") }?.normalizedName == "Turkic States' Council of Elders")
    }

    @Test func resolvesThePreviousPresidentWithoutAName() throws {
        let result = TravelExtractor().extract(
            from: try Fixture.text("diplomacy/summary-predecessor.txt"),
            reference: PartialDate(year: 2024, month: 1, day: 5))
        #expect(result.travel.map(\.person) == ["Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov"])
        #expect(result.travel.map(\.period) == [PartialDate(year: 2023), PartialDate(year: 2023)])
        #expect(result.travel.first?.visitsByCountry == ["RU": 2, "KZ": 1, "MY": 1])
        #expect(
            result.travel.first?.events.map(\.description) == [
                "CIS Heads of State Summit (Bishkek, KG)", "SCO Summit (New Delhi, IN)",
                "UN COP28 Conference (Dubai, AE)",
            ])
        #expect(result.travel.last?.trips == 12)
        #expect(result.travel.last?.bilateralTrips == 3)
        #expect(result.travel.last?.visitsByCountry == ["QA": 1, "OM": 1, "CN": 1])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func warnsWhereStatedNumbersDisagreeWithTheLists() throws {
        let result = TravelExtractor().extract(
            from: try Fixture.text("diplomacy/summary-disagreeing.txt"), reference: nil)
        let record = try #require(result.travel.first)
        #expect(record.trips == 9)
        #expect(record.stateVisits == 6)
        #expect(record.stateVisitDestinations == ["TR", "HU", "DE"])
        #expect(
            result.diagnostics.map(\.description) == [
                "2:41: warning: Sadyr Japarov: the text states 4 events but lists 2",
                "2:41: warning: Sadyr Japarov: the text states 6 state visits but lists 3",
                "2:41: warning: Sadyr Japarov: the text states 9 trips but counts 15 visits by country",
            ])
    }

    @Test(arguments: [
        ("visit-paid-state", "Kassym-Jomart Tokayev → Moscow, RU (state, completed, 2024-11-11/2024-11-12)"),
        ("visit-arrived-state", "Kassym-Jomart Tokayev → Tashkent, UZ (state, completed, 2024-12-22)"),
        ("visit-ongoing-working", "Sadyr Japarov → Moscow, RU (working, ongoing, 2025-01-21)"),
        ("visit-planned-first", "Serdar Berdimuhamedov → RU (unspecified, planned, 2025-02-24/2025-02-25)"),
        ("visit-began-official", "Shavkat Mirziyoyev → US (official, ongoing, 2024-05-15)"),
        ("visit-dated-opening", "Serdar Berdimuhamedov → Kazan, RU (state, completed, 2022-04)"),
        ("visit-told-twice", "Kassym-Jomart Tokayev → Kazan, RU (state, completed, 2024-05-03)"),
        ("visit-headline-and-body", "Shavkat Mirziyoyev → CN (state, planned, 2025-03-03)"),
    ])
    func readsASingleVisit(fixture: String, expected: String) throws {
        let result = try extraction(of: fixture)
        #expect(result.visits.map(\.description) == [expected])
        #expect(result.travel.isEmpty)
    }

    /// What the travel extractor reads from a fixture of `diplomacy/`, written on 21 January 2025.
    private func extraction(of fixture: String) throws -> DiplomacyExtraction {
        TravelExtractor().extract(
            from: try Fixture.text("diplomacy/\(fixture).txt"), reference: PartialDate(year: 2025, month: 1, day: 21))
    }

    /// Two visits in one sentence stay two when they go to different places; a date that comes before the
    /// traveller but not at the start of the sentence is not the visit's.
    @Test func keepsTwoVisitsOfOneSentenceAndDatesOnlyFromTheOpening() throws {
        #expect(
            try extraction(of: "visits-one-sentence").visits.map(\.description) == [
                "Sadyr Japarov → Kazan, RU (state, completed, 2024-05)",
                "Sadyr Japarov → Moscow, RU (working, completed, 2024-05)",
                "Kassym-Jomart Tokayev → Baku, AZ (official, completed)",
            ])
    }

    /// The traveller is the subject, not a person named in an aside; a denied visit is none; a date between
    /// the cue and "visit" is the visit's.
    @Test func readsTheTravellerPastAsidesAndNoDeniedVisit() throws {
        let visits = try extraction(of: "visits-travellers").visits.map(\.description)
        #expect(
            visits == [
                "Sadyr Japarov → Astana, KZ (official, completed, 2025-01-21)",
                "Kassym-Jomart Tokayev → Moscow, RU (state, completed)",
                "Kassym-Jomart Tokayev → Minsk, BY (official, completed)",
                "Emomali Rahmon → Beijing, CN (state, completed)",
                "Viktor Orbán → Ashgabat, TM (official, completed, 2024-05-30)",
                "Ilham Aliyev → Astana, KZ (state, ongoing)",
            ])
    }

    /// A visit told in a clause after a comma ("…, while Mirziyoyev paid …") is its own traveller's; a
    /// date that opens the sentence before someone else's words is not the visit's.
    @Test func readsTheTravellerOfAnOpenAsideAndNoDateOfSpeaking() throws {
        let visits = try extraction(of: "visits-open-asides").visits.map(\.description)
        #expect(
            visits == [
                "Shavkat Mirziyoyev → CN (state, completed)",
                "Vladimir Putin → Astana, KZ (state, completed)",
                "Sadyr Japarov → UZ (state, completed)",
                "Kassym-Jomart Tokayev → Moscow, RU (unspecified, completed, 2025-01-20)",
            ])
    }

    /// The verb tells of a visit with a phrase that says what became of it ("will visit", "visited", "is
    /// visiting", "plans to visit", a headline's "to Visit"); its object is the destination, and a list of
    /// places is one visit each, dated by a phrase of its own where it has one ("Tashkent on January 10 and
    /// Astana on January 12"). A denied visit, an invitation, an adjective and a count are none.
    @Test func readsTheVerbVisit() throws {
        let visits = try extraction(of: "visits-verb").visits.map(\.description)
        #expect(
            visits == [
                "Sadyr Japarov → Tashkent, UZ (unspecified, planned, 2025-02-06/2025-02-07)",
                "Kassym-Jomart Tokayev → Tbilisi, GE (unspecified, completed, 2025-01-14)",
                "Kassym-Jomart Tokayev → Yerevan, AM (unspecified, completed, 2025-01-14)",
                "Kassym-Jomart Tokayev → Baku, AZ (unspecified, ongoing, 2025-01-20/2025-01-26)",
                "Emomali Rahmon → Minsk, BY (unspecified, planned, 2025-04)",
                "Alexander Lukashenko → Astana, KZ (unspecified, planned, 2025-03)",
                "Narendra Modi → Tashkent, UZ (unspecified, completed, 2025-01-10)",
                "Narendra Modi → Astana, KZ (unspecified, completed, 2025-01-12)",
                "Vladimir Putin → Ashgabat, TM (unspecified, completed, 2024-11)",
                "Vladimir Putin → Mary, TM (unspecified, completed, 2024-11)",
                "Vladimir Putin → Bishkek, KG (unspecified, completed, 2024-12)",
            ])
    }

    /// "paid state visits to X and Y" is a visit to each; a counted total ("made 18 international visits,
    /// including state visits to …") is a summary's, not visits; a visit called off after it is told
    /// ("Putin's visit to Astana was postponed") is cancelled; an invitation to visit is no visit.
    @Test func readsPluralVisitsAndVisitsCalledOffAfterwards() throws {
        #expect(
            try extraction(of: "visits-plural-and-called-off").visits.map(\.description) == [
                "Recep Tayyip Erdoğan → KZ (state, completed, 2024-10)",
                "Recep Tayyip Erdoğan → KG (state, completed, 2024-10)",
                "Vladimir Putin → Astana, KZ (unspecified, cancelled)",
                "Kassym-Jomart Tokayev → Moscow, RU (state, completed)",
            ])
    }

    /// The verb's traveller is its subject: past auxiliaries, adverbs and asides ("Putin, the Kremlin said,
    /// will visit …"), several joined by "and", the first person for "he", the sentence's subject for a
    /// verb joined to another ("…, then visited Shanghai"), the people "they" stands for, the subject of
    /// the pronoun's clause. Tourists, delegations and spokesmen are no traveller; negations ("hasn't",
    /// "Neither … nor", "has not, however,"), questions, conditions (also one that opens the sentence),
    /// denials, "could have", a place that modifies a noun and counts ("on several occasions", "several
    /// visits") give no visit, but "whether" after a visit's word does not undo it. A headline's "Visits"
    /// after its subject is a visit.
    @Test func readsTheSubjectOfTheVerbAndNoVisitThatDidNotHappen() throws {
        let result = try extraction(of: "visits-verb-subjects")
        #expect(
            result.visits.map(\.description) == [
                "Kassym-Jomart Tokayev → Tbilisi, GE (unspecified, completed, 2025-01-21)",
                "Alexander Lukashenko → Moscow, RU (unspecified, planned, 2025-05)",
                "Kassym-Jomart Tokayev → Ganja, AZ (unspecified, completed)",
                "Vladimir Putin → Dushanbe, TJ (unspecified, planned, 2025-02-12)",
                "Kassym-Jomart Tokayev → Bishkek, KG (unspecified, completed, 2025-01-10)",
                "Shavkat Mirziyoyev → Bishkek, KG (unspecified, completed, 2025-01-10)",
                "Shavkat Mirziyoyev → Shanghai, CN (unspecified, completed, 2025-01-20)",
                "Emomali Rahmon → Ashgabat, TM (unspecified, planned)",
                "Sadyr Japarov → Ashgabat, TM (unspecified, planned)",
                "Kassym-Jomart Tokayev → Kazan, RU (unspecified, planned)",
                "Shavkat Mirziyoyev → Ankara, TR (state, completed)",
            ])
        #expect(result.travel.isEmpty)
    }

    /// A cancellation right after the destination calls the visit off, but not one in another clause ("After
    /// Xi's visit to Astana, the summit was postponed") or one denied; a plan put in the past is a visit only
    /// when the sentence calls it off ("called off", not "called it a milestone"); a plan scrapped is
    /// cancelled, with a possessive or not. A cancellation after other words than a date's ("… that was
    /// postponed from March") is not the visit's. A date after "since", or one of another verb visit, is
    /// not the visit's; a date and a span around it are one visit; "Putin's 2020 visit" is no total of trips.
    @Test func readsVisitsCalledOffAndOnlyTheirOwnDates() throws {
        let result = try extraction(of: "visits-called-off-and-dates")
        #expect(
            result.visits.map(\.description) == [
                "Vladimir Putin → Astana, KZ (unspecified, cancelled)",
                "Xi Jinping → Astana, KZ (unspecified, completed)",
                "Emomali Rahmon → Minsk, BY (unspecified, cancelled, 2025-01-13)",
                "Recep Tayyip Erdoğan → Ashgabat, TM (unspecified, cancelled, 2025-03)",
                "Shavkat Mirziyoyev → Astana, KZ (unspecified, completed)",
                "Kassym-Jomart Tokayev → Moscow, RU (unspecified, completed)",
                "Vladimir Putin → Astana, KZ (unspecified, completed, 2019)",
                "Ilham Aliyev → Astana, KZ (state, completed, 2024-11-27/2024-11-28)",
                "Sadyr Japarov → Tokyo, JP (unspecified, cancelled)",
                "Narendra Modi → Dushanbe, TJ (unspecified, planned)",
                "Vladimir Putin → Bishkek, KG (unspecified, completed, 2025-01-20)",
            ])
        #expect(result.travel.isEmpty)
    }

    /// Every rule looks a bounded number of tokens around its anchor, so a sentence that never ends costs
    /// no more per anchor than a short one; here, 20,000 tokens of visits and signings read in one pass.
    @Test func readsARunOnSentenceWithinBoundedWindows() throws {
        let text =
            String(repeating: "Putin's visit to Astana ", count: 1000) + "was postponed, and "
            + String(repeating: "Kazakhstan and Russia signed an agreement on trade and ", count: 1000)
        let result = DiplomacyExtractor.standard.extract(
            from: text, reference: PartialDate(year: 2025, month: 1, day: 21))
        // The possessives far from "was postponed" read as one visit that took place; the last, as called off.
        #expect(
            result.visits.map(\.description) == [
                "Vladimir Putin → Astana, KZ (unspecified, completed)",
                "Vladimir Putin → Astana, KZ (unspecified, cancelled)",
            ])
        #expect(result.partnerships.map(\.description) == ["agreement KZ–RU \"agreement on trade\" (signed)"])
    }

    @Test(arguments: ["not-visit-phone-call", "not-visit-envoy", "not-visit-named"])
    func findsNoVisitWhereThereIsNone(fixture: String) throws {
        let text = try Fixture.text("diplomacy/\(fixture).txt")
        let result = TravelExtractor().extract(from: text, reference: PartialDate(year: 2025, month: 1, day: 21))
        #expect(result.visits.isEmpty)
        #expect(result.travel.isEmpty)
    }

    @Test func splitsAListOfCountriesWithSharesAndSlashes() {
        let result = TravelExtractor().extract(
            from:
                "Emomali Rahmon made 9 trips, including five bilateral visits to Iran, Italy/Vatican and Qatar and two to China.",
            reference: nil)
        #expect(result.travel.first?.bilateralTrips == 5)
        #expect(result.travel.first?.visitsByCountry == ["IR": 1, "IT": 1, "VA": 1, "QA": 1, "CN": 2])
    }
}
