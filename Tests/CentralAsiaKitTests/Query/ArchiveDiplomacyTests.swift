import CentralAsiaKit
import Foundation
import Testing

/// `sameNameAndCity` of the reference page's expected facts: event, city, people in order.
private let sameNameAndCity: [(String, String, [String])] = [
    (
        "UN COP28 Conference", "Dubai",
        ["Serdar Berdimuhamedov", "Emomali Rahmon", "Shavkat Mirziyoyev", "Sadyr Japarov"]
    ),
    ("Central Asia-Germany Summit", "Astana", ["Serdar Berdimuhamedov", "Emomali Rahmon", "Sadyr Japarov"]),
    ("COP29 Climate Conference", "Baku", ["Emomali Rahmon", "Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"]),
    ("Sixth Consultative Meeting of Central Asian Leaders", "Astana", ["Serdar Berdimuhamedov", "Emomali Rahmon"]),
    ("CSTO Summit", "Astana", ["Emomali Rahmon", "Sadyr Japarov"]),
    ("One Water Summit", "Riyadh", ["Gurbanguly Berdimuhamedov", "Kassym-Jomart Tokayev"]),
    ("BRICS+ Summit", "Kazan", ["Shavkat Mirziyoyev", "Sadyr Japarov"]),
]

/// The ranking of the reference page: rank, person, trips.
private let ranking = [
    "1. Kassym-Jomart Tokayev 23", "1. Sadyr Japarov 23", "3. Emomali Rahmon 22", "4. Shavkat Mirziyoyev 18",
    "5. Gurbanguly Berdimuhamedov 10", "6. Serdar Berdimuhamedov 8",
]

private func archive(of url: URL) throws -> Archive {
    var archive = Archive()
    archive.add(try PageParser(annotation: .diplomacy(.standard)).parse(contentsOf: url), source: url.lastPathComponent)
    return archive
}

private let fixturePage = Fixture.url("pages/reference-structure.txt")

/// The span from one date to another, both written as in the contract.
private func span(_ start: String, _ end: String) throws -> DateSpan {
    let first = try #require(PartialDate(start))
    let last = try #require(PartialDate(end))
    return try #require(DateSpan(start: first, end: last))
}

/// The checks both pages (the reference and the fixture written after it) must pass.
private func checkTravel(_ archive: Archive) throws {
    #expect(archive.rankingByTrips().map(\.description) == ranking)
    let shared = archive.sharedEvents(matching: .nameAndCity)
    #expect(shared.count == 7)
    for (event, city, people) in sameNameAndCity {
        let group = try #require(shared.first { $0.event == event && $0.city == city }, "\(event) (\(city))")
        #expect(group.people == people)
    }
    // Most attendees first, then in the order the archive first names them.
    #expect(
        shared.map(\.event) == [
            "UN COP28 Conference", "Central Asia-Germany Summit", "COP29 Climate Conference",
            "Sixth Consultative Meeting of Central Asian Leaders", "One Water Summit", "CSTO Summit", "BRICS+ Summit",
        ])
    #expect(shared.first?.country == CountryCode("AE") && shared.first?.year == 2024)

    let stretch = archive.sharedEvents(matching: .organizationCityAndYear)
    let byOrganization = stretch.map { "\($0.event)|\($0.city ?? "")|\($0.people.joined(separator: ","))" }
    #expect(byOrganization.contains("BRICS|Kazan|Serdar Berdimuhamedov,Shavkat Mirziyoyev,Sadyr Japarov"))
    #expect(byOrganization.contains("SCO|Astana|Gurbanguly Berdimuhamedov,Emomali Rahmon,Shavkat Mirziyoyev"))
    #expect(byOrganization.contains("Arab-Islamic Summit|Riyadh|Emomali Rahmon,Shavkat Mirziyoyev"))
    // The seven groups by name, with "BRICS+ Summit" widened to BRICS, and SCO and Arab-Islamic added.
    #expect(stretch.count == 9)
    #expect(!byOrganization.contains { $0.hasPrefix("BRICS+ Summit") })
    #expect(stretch.first { $0.organization == "BRICS" }?.year == 2024)
}

private func checkPartnerships(_ archive: Archive) throws {
    #expect(archive.partners(of: .country(.kz), kind: .agreement, status: .signed) == [.country(.gb)])
    #expect(
        archive.partners(of: .country(.uz)) == [
            .country(.us), .country(.kz), .country(.kg), .country(.tj), .country(.tm),
        ])
    #expect(archive.partnerships(of: .country(.us), kind: .format).count == 2)
    #expect(archive.partnerships(of: .organization("EU")).map(\.value.kind) == [.partnership])
    #expect(
        archive.agreements(signedIn: try span("2024-04", "2024-12")).map { $0.value.title ?? "" } == [
            "Strategic Partnership and Cooperation Agreement"
        ])
    let timeline = archive.partnershipTimeline()
    #expect(timeline.prefix(2).map { $0.value.date?.description ?? "-" } == ["2024-03", "2024-04-24"])
    #expect(timeline.dropFirst(2).allSatisfy { $0.value.date == nil })
    #expect(timeline.prefix(5).map(\.articleID) == [5, 5, 0, 0, 0])
}

@Suite struct ArchiveDiplomacyTests {
    @Test func ranksAndGroupsTheFixturePage() throws {
        try checkTravel(try archive(of: fixturePage))
    }

    @Test(.enabled(if: Fixture.exists(Fixture.referencePage)))
    func ranksAndGroupsTheReferencePage() throws {
        try checkTravel(try archive(of: Fixture.referencePage))
    }

    @Test func answersPartnershipQuestionsOnTheFixturePage() throws {
        let archive = try archive(of: fixturePage)
        try checkPartnerships(archive)
        #expect(
            archive.partnershipTimeline().map { "\($0.value.kind.rawValue) \($0.articleID ?? -1)" } == [
                "roadmap 5", "agreement 5", "strategicPartnership 0", "dialogue 0", "format 0", "format 3",
                "partnership 4",
            ])
    }

    @Test(.enabled(if: Fixture.exists(Fixture.referencePage)))
    func answersPartnershipQuestionsOnTheReferencePage() throws {
        try checkPartnerships(try archive(of: Fixture.referencePage))
    }

    @Test func answersTravelQuestions() throws {
        let archive = try archive(of: fixturePage)
        #expect(archive.trips(of: "Emomali Rahmon").map { $0.value.trips } == [22])
        #expect(archive.trips(of: "Emomali Rahmon").map(\.articleID) == [1])
        let span2024 = try span("2024-06", "2025")
        let span2023 = try span("2023", "2023-12")
        #expect(archive.trips(of: "Emomali Rahmon", in: span2024).count == 1)
        #expect(archive.trips(of: "Emomali Rahmon", in: span2023).isEmpty)
        #expect(archive.trips(of: "Nobody").isEmpty)
        let countries = archive.mostVisitedCountries().prefix(4).map { "\($0.country.rawValue) \($0.visits)" }
        #expect(countries == ["RU 15", "KZ 6", "AZ 4", "IR 3"])
        #expect(archive.attendees(of: "csto summit") == ["Emomali Rahmon", "Sadyr Japarov"])
        #expect(
            archive.attendees(of: "Consultative Meeting of Central Asian Leaders") == [
                "Serdar Berdimuhamedov", "Emomali Rahmon",
            ])
        #expect(archive.attendees(of: "BRICS") == ["Serdar Berdimuhamedov", "Shavkat Mirziyoyev", "Sadyr Japarov"])
        #expect(archive.attendees(of: "Nothing Summit").isEmpty)
    }

    @Test func findsVisitsToACountry() {
        var page = NewsPage(articles: [NewsArticle(title: "Rahmon in Astana", paragraphs: ["He arrived."])])
        page.visits = [
            Visit(person: "Emomali Rahmon", destination: .kz, city: "Astana", kind: .state, article: 1),
            Visit(person: "Sadyr Japarov", destination: .uz, kind: .official, status: .planned, article: 1),
        ]
        var archive = Archive()
        archive.add(page, source: "a")
        #expect(archive.visits(to: .kz).map(\.value.person) == ["Emomali Rahmon"])
        #expect(archive.visits(to: .kz).map(\.articleID) == [0])
        #expect(archive.visits(to: .cn).isEmpty)
    }

    @Test func keepsEachValueOncePerArticle() throws {
        let page = try PageParser(annotation: .diplomacy(.standard)).parse(contentsOf: fixturePage)
        var archive = Archive()
        archive.add(page, source: "first")
        archive.add(page, source: "again")
        #expect(archive.count == 6)
        #expect(archive.travel.count == 6)
        #expect(archive.partnerships.count == 7)
        #expect(archive.travel.map(\.articleID) == Array(repeating: 1, count: 6))
        #expect(archive.rankingByTrips().map(\.description) == ranking)
    }

    @Test func linksValuesToTheArchivedArticle() {
        let shared = NewsArticle(title: "Japarov travels", paragraphs: ["Sadyr Japarov went abroad."])
        let other = NewsArticle(title: "Other news", paragraphs: ["Nothing."])
        let record = TravelRecord(person: "Sadyr Japarov", period: PartialDate("2024"), trips: 23)
        var first = NewsPage(articles: [shared])
        var recordOnFirst = record
        recordOnFirst.article = 1
        first.travel = [recordOnFirst]
        // The same article, second on the next page, with the same record.
        var second = NewsPage(articles: [other, shared])
        var recordOnSecond = record
        recordOnSecond.article = 2
        second.travel = [recordOnSecond, TravelRecord(person: "Unplaced", trips: 1)]
        var archive = Archive()
        archive.add(first, source: "1")
        archive.add(second, source: "2")
        #expect(archive.travel.map(\.articleID) == [0, nil])
        #expect(archive.travel.map(\.value.person) == ["Sadyr Japarov", "Unplaced"])
    }

    @Test func savesAndLoadsDiplomacy() throws {
        let archive = try archive(of: fixturePage)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ArchiveDiplomacyTests-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("archive.jsonl")
        try archive.save(to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(#""bilateralTrips":6"#))
        #expect(text.contains(#""normalizedName":"Consultative Meeting of Central Asian Leaders""#))
        #expect(text.contains(#""title":"Strategic Partnership and Cooperation Agreement""#))
        let loaded = try Archive.load(from: url)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.archive == archive)
        #expect(loaded.archive.travel == archive.travel)
        #expect(loaded.archive.visits == archive.visits)
        #expect(loaded.archive.partnerships == archive.partnerships)
        #expect(loaded.archive.sharedEvents() == archive.sharedEvents())
    }

    @Test func answersFromManyTasksAtOnce() async throws {
        let archive = try archive(of: fixturePage)
        let answers = await withTaskGroup(of: String.self) { group in
            for index in 0..<32 {
                group.addTask {
                    index.isMultiple(of: 2)
                        ? archive.rankingByTrips().map(\.description).joined(separator: ";")
                        : archive.sharedEvents(matching: .organizationCityAndYear).map(\.event).joined(separator: ";")
                }
            }
            return await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(answers.count == 2)
        #expect(answers.contains(ranking.joined(separator: ";")))
    }

    @Test func encodesASharedEvent() throws {
        let event = SharedEvent(
            event: "CSTO Summit", city: "Astana", country: .kz, organization: "CSTO", year: 2024,
            people: ["Emomali Rahmon", "Sadyr Japarov"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(event), as: UTF8.self)
        #expect(
            json
                == #"{"city":"Astana","country":"KZ","event":"CSTO Summit","organization":"CSTO","people":["Emomali Rahmon","Sadyr Japarov"],"year":2024}"#
        )
        #expect(try JSONDecoder().decode(SharedEvent.self, from: Data(json.utf8)) == event)
        #expect(event.description == "CSTO Summit (Astana): Emomali Rahmon, Sadyr Japarov")
        let bare = SharedEvent(event: "Summit", people: ["A", "B"])
        #expect(
            String(decoding: try encoder.encode(bare), as: UTF8.self)
                == #"{"city":null,"country":null,"event":"Summit","organization":null,"people":["A","B"],"year":null}"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SharedEvent.self, from: Data(#"{"event":"X","country":"kz","people":[]}"#.utf8))
        }
    }
}
