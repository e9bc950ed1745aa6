import CentralAsiaKit
import Foundation
import Testing

@Suite struct DiplomacyModelTests {
    private static let event = DiplomaticEvent(
        name: "XVI BRICS Summit", normalizedName: "BRICS Summit", edition: 16, organization: "BRICS", city: "Kazan",
        country: "RU")

    private func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(try sortedJSON(value).utf8))
    }

    @Test func encodesAnEventExactly() throws {
        #expect(
            try sortedJSON(Self.event)
                == #"{"city":"Kazan","country":"RU","edition":16,"name":"XVI BRICS Summit","normalizedName":"BRICS Summit","organization":"BRICS"}"#
        )
        #expect(try roundTrip(Self.event) == Self.event)
        let bare = DiplomaticEvent(name: "Turkic States’ Council")
        #expect(try sortedJSON(bare) == #"{"name":"Turkic States’ Council","normalizedName":"Turkic States' Council"}"#)
        #expect(try roundTrip(bare) == bare)
    }

    @Test func straightensNames() {
        #expect(DiplomaticEvent.straightened("  Informal CIS  Leaders’ Meeting ") == "Informal CIS Leaders' Meeting")
    }

    @Test func encodesAVisitExactly() throws {
        let visit = Visit(
            person: "Shavkat Mirziyoyev", destination: "TJ", city: "Dushanbe", kind: .state, status: .planned,
            date: PartialDate("2024-08-22").map(DateOrSpan.date), event: nil, article: 1)
        #expect(
            try sortedJSON(visit)
                == #"{"article":1,"city":"Dushanbe","date":"2024-08-22","destination":"TJ","event":null,"kind":"state","person":"Shavkat Mirziyoyev","status":"planned"}"#
        )
        #expect(try roundTrip(visit) == visit)
        let multilateral = Visit(person: "Sadyr Japarov", destination: "RU", kind: .multilateral, event: Self.event)
        #expect(try roundTrip(multilateral) == multilateral)
        #expect(Visit.Kind.officialWorking.rawValue == "officialWorking")
        #expect(Visit.Kind.private.rawValue == "private")
    }

    @Test func encodesATravelRecordExactly() throws {
        let record = TravelRecord(
            person: "Serdar Berdimuhamedov", country: "TM", period: PartialDate(year: 2024), article: 2, trips: 8,
            bilateralTrips: 1, visitsByCountry: ["RU": 4, "MY": 1], events: [Self.event])
        #expect(
            try sortedJSON(record)
                == #"{"alsoVisited":[],"article":2,"bilateralTrips":1,"country":"TM","events":[{"city":"Kazan","country":"RU","edition":16,"name":"XVI BRICS Summit","normalizedName":"BRICS Summit","organization":"BRICS"}],"period":"2024","person":"Serdar Berdimuhamedov","stateVisitDestinations":[],"stateVisits":null,"trips":8,"visitsByCountry":{"MY":1,"RU":4}}"#
        )
        #expect(try roundTrip(record) == record)
        #expect(record.description == "Serdar Berdimuhamedov, 2024: 8 trips, 1 events")
    }

    @Test func rejectsAMalformedCountryInVisitsByCountry() {
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                TravelRecord.self, from: Data(#"{"person":"X","visitsByCountry":{"Russia":4}}"#.utf8))
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted")
            return
        }
        #expect(context.debugDescription == "invalid country code \"Russia\"; expected two capital letters")
    }

    @Test func encodesAPartnershipExactly() throws {
        let partnership = Partnership(
            parties: [.country("KZ"), .country("GB")], kind: .agreement,
            title: "Strategic Partnership and Cooperation Agreement", status: .signed, date: PartialDate("2024-04-24"),
            place: "Astana", signatories: [Signatory(name: "Murat Nurtleu", country: "KZ", office: "Foreign Minister")],
            article: 6)
        #expect(
            try sortedJSON(partnership)
                == #"{"article":6,"date":"2024-04-24","documentCount":null,"kind":"agreement","parties":["KZ","GB"],"partyKinds":["country","country"],"place":"Astana","signatories":[{"country":"KZ","name":"Murat Nurtleu","office":"Foreign Minister"}],"status":"signed","title":"Strategic Partnership and Cooperation Agreement","topics":[]}"#
        )
        #expect(try roundTrip(partnership) == partnership)
        #expect(
            partnership.description
                == "agreement KZ–GB \"Strategic Partnership and Cooperation Agreement\" (signed, 2024-04-24)")
    }

    @Test func encodesWhatEachPartyIs() throws {
        let partnership = Partnership(
            parties: [.country("KZ"), .organization("EU"), .organization("C5+1")], kind: .partnership)
        #expect(
            try sortedJSON(partnership)
                == #"{"article":null,"date":null,"documentCount":null,"kind":"partnership","parties":["KZ","EU","C5+1"],"partyKinds":["country","organization","organization"],"place":null,"signatories":[],"status":"existing","title":null,"topics":[]}"#
        )
        #expect(try roundTrip(partnership) == partnership)
    }

    @Test func decodesOrganisationsAmongParties() throws {
        let json =
            #"{"parties":["KZ","EU","C5+1"],"partyKinds":["country","organization","organization"],"kind":"partnership"}"#
        let partnership = try JSONDecoder().decode(Partnership.self, from: Data(json.utf8))
        #expect(partnership.parties == [.country("KZ"), .organization("EU"), .organization("C5+1")])
        #expect(partnership.countries == ["KZ"])
        #expect(partnership.status == .existing)
    }

    /// The JSON says what each party is; no gazetteer is asked, so two capital letters stated as an
    /// organisation stay one, and a name the gazetteer knows as an organisation stays a country when stated so.
    @Test func takesEachPartyAsItsKindSays() throws {
        let json = #"{"parties":["EU","AB"],"partyKinds":["country","organization"],"kind":"treaty"}"#
        let partnership = try JSONDecoder().decode(Partnership.self, from: Data(json.utf8))
        #expect(partnership.parties == [.country("EU"), .organization("AB")])
    }

    @Test func decodesNoPartiesWithoutPartyKinds() throws {
        let partnership = try JSONDecoder().decode(Partnership.self, from: Data(#"{"kind":"roadmap"}"#.utf8))
        #expect(partnership.parties.isEmpty)
    }

    /// Partnerships whose parties cannot be read, and the reason given for each.
    static let unreadableParties: [(json: String, reason: String)] = [
        (#"{"parties":[""],"partyKinds":["organization"],"kind":"treaty"}"#, #"empty party name """#),
        (
            #"{"parties":["KZ","EU"],"partyKinds":["country"],"kind":"treaty"}"#,
            "1 party kinds for 2 parties; expected one kind per party"
        ),
        (
            #"{"parties":["Kazakhstan"],"partyKinds":["country"],"kind":"treaty"}"#,
            #"invalid country code "Kazakhstan"; expected two capital letters"#
        ),
    ]

    @Test(arguments: unreadableParties)
    func rejectsUnreadableParties(json: String, reason: String) {
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Partnership.self, from: Data(json.utf8))
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.debugDescription == reason)
    }

    /// Without `partyKinds` a partnership does not say what its parties are: only a version 1 page document
    /// may leave them out (see `NewsPageTests`).
    @Test func requiresPartyKindsBesideParties() {
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Partnership.self, from: Data(#"{"parties":["KZ"],"kind":"treaty"}"#.utf8))
        }
        guard case .keyNotFound(let key, _) = error else {
            Issue.record("expected keyNotFound, got \(String(describing: error))")
            return
        }
        #expect(key.stringValue == "partyKinds")
    }

    @Test func encodesASignatoryWithNulls() throws {
        let signatory = Signatory(name: "David Cameron")
        #expect(try sortedJSON(signatory) == #"{"country":null,"name":"David Cameron","office":null}"#)
        #expect(try roundTrip(signatory) == signatory)
        #expect(
            Signatory(name: "Murat Nurtleu", country: "KZ", office: "Foreign Minister").description
                == "Murat Nurtleu (Foreign Minister, KZ)")
    }

    /// One who signed for an organisation has it beside a null country, and it is the party they stand for;
    /// the key is left out for everyone else.
    @Test func encodesASignatoryOfAnOrganisation() throws {
        let signatory = Signatory(
            name: "Ursula von der Leyen", office: "President of the European Commission", organization: "EU")
        #expect(
            try sortedJSON(signatory)
                == #"{"country":null,"name":"Ursula von der Leyen","office":"President of the European Commission","organization":"EU"}"#
        )
        #expect(try roundTrip(signatory) == signatory)
        #expect(signatory.party == .organization("EU"))
        #expect(Signatory(name: "Sadyr Japarov", country: "KG").party == .country("KG"))
        #expect(Signatory(name: "Sadyr Japarov").party == nil)
        #expect(signatory.description == "Ursula von der Leyen (President of the European Commission, EU)")
    }

    @Test func encodesAnExtractionAndRoundTripsIt() throws {
        let extraction = DiplomacyExtraction(
            visits: [Visit(person: "Sadyr Japarov", destination: "RU")],
            diagnostics: [Diagnostic(.warning, at: nil, "article 2: a note")])
        #expect(
            try sortedJSON(extraction)
                == #"{"diagnostics":[{"message":"article 2: a note","severity":"warning"}],"partnerships":[],"travel":[],"visits":[{"article":null,"city":null,"date":null,"destination":"RU","event":null,"kind":"unspecified","person":"Sadyr Japarov","status":"completed"}]}"#
        )
        #expect(try roundTrip(extraction) == extraction)
    }

    @Test func ranksTiesTogether() {
        let records = [
            TravelRecord(person: "A", trips: 5), TravelRecord(person: "B", trips: 9),
            TravelRecord(person: "C", trips: 9),
            TravelRecord(person: "D"), TravelRecord(person: "A", trips: 7),
        ]
        #expect(TravelRecord.rankingByTrips(records).map(\.description) == ["1. B 9", "1. C 9", "3. A 7"])
    }
}

@Suite struct DiplomacyExtractorTests {
    @Test func fillsThePageAndPrefixesDiagnosticsWithTheArticle() throws {
        let body = try Fixture.text("diplomacy/summary-disagreeing.txt").split(separator: "\n").dropFirst().joined()
        let text = "Viewing results 1 - 2 of 2\n\nA Quiet Week\n\nNothing happened.\n\nA Busy Year\n\n\(body)\n"
        let page = try PageParser(annotation: .diplomacy(.standard)).parse(text)
        #expect(page.travel.map(\.person) == ["Sadyr Japarov"])
        #expect(page.travel.first?.article == 2)
        #expect(
            page.diagnostics.first?.description
                == "warning: article 2: Sadyr Japarov: the text states 4 events but lists 2")
        #expect(page.diagnostics.count == 3)
        var again = page
        DiplomacyExtractor.standard.annotate(&again)
        #expect(again.travel == page.travel)
    }

    @Test func leavesThePageAloneWithoutAnExtractor() throws {
        let page = try PageParser().parse(contentsOf: Fixture.url("pages/reference-structure.txt"))
        #expect(page.travel.isEmpty && page.visits.isEmpty && page.partnerships.isEmpty)
    }
}
