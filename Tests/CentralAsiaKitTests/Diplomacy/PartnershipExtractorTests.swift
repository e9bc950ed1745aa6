import CentralAsiaKit
import Foundation
import Testing

@Suite struct PartnershipExtractorTests {
    /// Checks the seed's six partnerships on a parsed page.
    private func checkSeedPartnerships(_ page: NewsPage) throws {
        let found = page.partnerships
        let agreement = try #require(found.first { $0.kind == .agreement })
        #expect(agreement.countries == ["KZ", "GB"])
        #expect(agreement.title == "Strategic Partnership and Cooperation Agreement")
        #expect(agreement.status == .signed)
        #expect(agreement.date == PartialDate("2024-04-24"))
        #expect(agreement.date?.precision == .day)
        #expect(agreement.place == "Astana")
        #expect(
            agreement.signatories == [
                Signatory(name: "Murat Nurtleu", country: "KZ", office: "Foreign Minister"),
                Signatory(name: "David Cameron", country: "GB", office: "Foreign Secretary"),
            ])
        #expect(agreement.article == 6)

        let roadmap = try #require(found.first { $0.kind == .roadmap })
        #expect(roadmap.countries == ["KZ", "GB"])
        #expect(roadmap.title?.lowercased() == "roadmap on critical minerals")
        #expect(roadmap.topics == ["critical minerals"])
        #expect(roadmap.status == .signed)
        #expect(roadmap.date == PartialDate("2024-03"))
        #expect(roadmap.date?.precision == .month)
        #expect(roadmap.article == 6)

        let level = try #require(found.first { $0.kind == .strategicPartnership })
        #expect(level.countries == ["UZ", "US"])
        #expect(level.status == .existing)
        #expect(level.article == 1)

        let dialogue = try #require(found.first { $0.kind == .dialogue })
        #expect(dialogue.countries == ["UZ", "US"])
        #expect(dialogue.title == "Enhanced Strategic Partnership Dialogue")
        #expect(dialogue.status == .planned)
        #expect(dialogue.place == "Tashkent")
        #expect(dialogue.article == 1)

        let format = try #require(found.first { $0.kind == .format })
        #expect(format.parties == ["US", "KZ", "KG", "TJ", "TM", "UZ"].map { EntityID.country($0) })
        #expect(format.title == "C5+1")
        #expect(format.status == .discussed)

        let partner = try #require(found.first { $0.kind == .partnership })
        #expect(partner.parties == [.country("KZ"), .organization("EU")])
        #expect(partner.status == .existing)
        #expect(partner.article == 5)
    }

    @Test(.enabled(if: Fixture.exists(Fixture.referencePage)))
    func readsTheSixPartnershipsOfTheReferencePage() throws {
        try checkSeedPartnerships(
            try PageParser(annotation: .diplomacy(.standard)).parse(contentsOf: Fixture.referencePage))
    }

    @Test func readsTheSameFactsFromTheFixturePage() throws {
        try checkSeedPartnerships(
            try PageParser(annotation: .diplomacy(.standard)).parse(
                contentsOf: Fixture.url("pages/reference-structure.txt")))
    }

    /// What the partnership extractor reads from a fixture of `diplomacy/`, written on a day.
    private func extraction(
        of fixture: String, on reference: PartialDate? = PartialDate(year: 2025, month: 1, day: 21)
    ) throws -> DiplomacyExtraction {
        PartnershipExtractor().extract(from: try Fixture.text("diplomacy/\(fixture).txt"), reference: reference)
    }

    /// A level with no "with" takes the parties named before it in its clause, or after "between"; one
    /// party's ("its strategic partnership") is none, and a level that begins an instrument's title is the
    /// instrument's. An EU official signs for the EU, not for their own country.
    @Test func readsLevelsOfTheirSubjectAndTheEUsSignatories() throws {
        let result = try extraction(of: "partnerships-levels-and-eu")
        #expect(
            result.partnerships.map(\.description) == [
                "strategicPartnership TM–CN (discussed)",
                "comprehensiveStrategicPartnership TM–CN (existing)",
                "alliance KZ–UZ (existing)",
                "strategicPartnership KZ–RU (existing)",
                "strategicPartnership KG–AZ (existing)",
                "agreement KZ–GB \"Strategic Partnership and Cooperation Agreement\" (signed)",
                "memorandum KZ–EU \"memorandum on critical raw materials\" (signed, 2022-11-07)",
                "agreement KG–EU (signed)",
                "strategicPartnership PT–UZ (elevated)",
                "memorandum EU–KZ \"memorandum on security cooperation\" (signed, 2025-03-05)",
                "agreement DE–KZ (signed, 2015)",
            ])
        #expect(
            result.partnerships[6].signatories.map(\.description) == [
                "Kassym-Jomart Tokayev (President, KZ)",
                "Ursula von der Leyen (President of the European Commission, EU)",
            ])
        #expect(result.partnerships[7].signatories.map(\.party) == [.country("KG"), .organization("EU")])
        #expect(result.partnerships[7].documentCount == 4)
        // An official stands for what their office was on the sentence's date: Costa for Portugal in 2023,
        // von der Leyen for Germany in 2015 (a date that opens the sentence is the instrument's).
        #expect(result.partnerships[10].signatories.map(\.description) == ["Ursula von der Leyen (DE)"])
    }

    /// A level its clause denies, asks about, makes a condition or puts in the past is none, and so are
    /// other parties' partners and partners sought; a level hoped for or planned is `proposed` or `planned`,
    /// one to be strengthened exists. The subject is the nearest run of names ("While Kazakhstan and Russia
    /// are allies, Kyrgyzstan and China are …"), past the object of another clause ("allied with
    /// Kazakhstan, Kyrgyzstan and Iran …") and an aside (", which has ties with Russia and China,"); a list
    /// after "between" ends at its last name, and capitals stand for their countries.
    @Test func readsLevelsOnlyWhereTheyAreSaidToBe() throws {
        #expect(
            try extraction(of: "partnerships-levels-unreal").partnerships.map(\.description) == [
                "strategicPartnership TJ–UZ (proposed)",
                "strategicPartnership KZ–AZ (planned)",
                "strategicPartnership UZ–TR (existing)",
                "strategicPartnership KG–CN (existing)",
                "strategicPartnership KG–TJ–TM (existing)",
                "strategicPartnership KG–AZ (existing)",
                "alliance RU–KZ (existing)",
                "comprehensiveStrategicPartnership KZ–CN (existing)",
                "strategicPartnership KZ–GE (elevated)",
                "alliance UZ–TM (elevated)",
                "strategicPartnership KG–IR (existing)",
                "strategicPartnership UZ–EU (existing)",
            ])
    }

    @Test func readsCountsLevelsStatementsAndMemorandums() throws {
        let result = try extraction(of: "partnerships-prose", on: PartialDate(year: 2025, month: 11, day: 20))
        #expect(
            result.partnerships.map(\.description) == [
                "agreement KZ–RU (signed, 2025-11-12)",
                "alliance KZ–RU (elevated)",
                "jointStatement KZ–RU \"Joint Statement on the Caspian Sea\" (adopted, 2025-11-12)",
                "memorandum UZ–TJ \"memorandum on water management\" (proposed)",
                "memorandum KZ–AZ \"Memorandum of Understanding on Green Energy\" (signed, 2024-03)",
            ])
        #expect(result.partnerships.first?.documentCount == 41)
        #expect(result.partnerships.dropFirst(2).first?.place == "Moscow")
    }

    /// Documents signed belong to the countries of the people who signed them, not to the partnership
    /// named before; a headline's verb is no part of a title and says where the instrument stands, and a
    /// headline's document with no date told is dated on the page's day.
    @Test func readsSignedDocumentsAndHeadlines() throws {
        let result = try extraction(of: "partnerships-documents")
        #expect(
            result.partnerships.map(\.description) == [
                "agreement KG–IT (signed, 2025-01-21)",
                "strategicPartnership KG–IT (existing)",
                "agreement CN–UZ (signed, 2022-09-15)",
                "agreement KZ–TR (signed)",
                "roadmap KZ–TR (planned)",
                "agreement KG–TJ (signed)",
                "roadmap KZ–TR \"Roadmap on critical minerals\" (signed, 2024-03)",
            ])
        #expect(result.partnerships.map(\.documentCount) == [nil, nil, 8, 12, nil, 5, nil])
        #expect(
            result.partnerships.map { $0.signatories.map(\.description) } == [
                [], [], ["Xi Jinping (President, CN)", "Shavkat Mirziyoyev (President, UZ)"], [], [],
                ["Sadyr Japarov (President, KG)", "Emomali Rahmon (President, TJ)"], [],
            ])
        #expect(
            result.partnerships.map(\.topics) == [
                [], [], ["transport", "energy", "joint research"], [], [], [],
                ["critical minerals", "water management"],
            ])
        #expect(result.partnerships.last?.place == "Astana")
    }

    /// Each instrument takes the parties its own sentence names (countries, leaders, an organisation's
    /// members) before those of the partnership named before it; refused and abandoned instruments are
    /// none; a level talked of is "discussed"; a headline and its body are one memorandum.
    @Test func readsEachInstrumentsOwnParties() throws {
        let result = try extraction(of: "partnerships-parties")
        #expect(
            result.partnerships.map(\.description) == [
                "memorandum KZ–EU \"Memorandum on Rare Earths\" (signed, 2024-03-12)",
                "strategicPartnership KZ–EU (discussed)",
                "agreement KG–RU \"agreement on energy\" (signed)",
                "memorandum TJ–CN \"memorandum on trade\" (signed)",
                "comprehensiveStrategicPartnership UZ–TR (elevated)",
                "treaty KZ–KG \"treaty on allied relations\" (signed, 2024-11-22)",
                "roadmap US–KZ–KG–TJ–TM–UZ \"roadmap on regional security for 2025–2027\" (adopted)",
                "agreement KG–KZ–UZ (signed)",
                "agreement BY–TJ (signed)",
                "roadmap TJ–BY (signed)",
                "jointStatement TJ–BY \"joint statement\" (signed)",
                "agreement BY–TJ (signed)",
            ])
        let places = result.partnerships.map { $0.place ?? "-" }
        #expect(places == ["Brussels", "-", "-", "Paris", "-", "Bishkek", "-", "Osh", "-", "-", "-", "-"])
        #expect(result.partnerships[0].topics == ["Rare Earths"])
        #expect(result.partnerships[6].topics == ["regional security for 2025–2027"])
        #expect(result.partnerships[5].signatories.map(\.name) == ["Kassym-Jomart Tokayev", "Sadyr Japarov"])
        #expect(result.partnerships[8].signatories.map(\.name) == ["Emomali Rahmon", "Alexander Lukashenko"])
        // Counts that differ are two statements ("12 documents", "3 agreements covering trade …").
        #expect(
            result.partnerships.map(\.documentCount) == [nil, nil, nil, nil, nil, nil, nil, nil, 12, nil, nil, 3])
        #expect(result.partnerships[8].topics.isEmpty)
        #expect(result.partnerships[11].topics == ["trade", "digital economy"])
        #expect(result.partnerships[10].topics.isEmpty)
    }

    /// A bare "sign" is no fact; topics stop at the next instrument; retellings merge only when nothing
    /// disagrees, and the status that has come furthest wins; a denial before "and signed" does not count;
    /// "discussed" without a verb that elevates does not elevate a level, it makes it discussed; a title may
    /// hold a word that is also a headline verb.
    @Test func keepsWhatIsSaidApartFromWhatIsDone() throws {
        let result = try extraction(of: "partnerships-retellings")
        #expect(
            result.partnerships.map(\.description) == [
                "agreement KZ–CN \"Free Trade Agreement\" (existing)",
                "agreement KZ–RU \"Transit Agreement\" (discussed)",
                "agreement KZ–UZ (signed)",
                "roadmap KZ–UZ \"Roadmap on Transport\" (signed)",
                "agreement KZ–RU \"Agreement on Energy\" (signed)",
                "agreement KZ–RU \"Framework Agreement on Energy\" (signed)",
                "agreement KZ–TR \"Agreement on Tourism\" (signed)",
                "agreement KZ–CN \"Trade Agreement\" (signed)",
                "strategicPartnership KZ–CN (discussed)",
                "agreement KZ–IN \"Space Launch Agreement\" (signed)",
            ])
        #expect(result.partnerships[2].topics == ["water", "energy"])
    }

    @Test func findsNothingWithoutAnInstrumentOrALevel() {
        let result = PartnershipExtractor().extract(
            from:
                "The visit concluded with an agreement to organize a business forum. Kazakhstan is a platform for dialogue.",
            reference: nil)
        #expect(result.partnerships.isEmpty)
    }

    /// An instrument whose clause ends in "and" at the end of a line, with "the" on the next, is read
    /// (this once trapped on an empty range).
    @Test func readsAnInstrumentWhoseClauseEndsInAndAtALineEnd() {
        let result = PartnershipExtractor().extract(
            from: "Kazakhstan and Russia signed the Trade Agreement and\nthe Roadmap.", reference: nil)
        #expect(
            result.partnerships.map(\.description) == [
                "agreement KZ–RU \"Trade Agreement\" (signed)", "roadmap KZ–RU \"Roadmap\" (existing)",
            ])
    }

    /// "of understanding" on the next line is no part of a memorandum that ends this one (this once trapped
    /// on a reversed range).
    @Test func readsNoNounTailFromTheNextLine() {
        let result = PartnershipExtractor().extract(
            from: "Kazakhstan and Russia signed a memorandum\nof understanding there was little.", reference: nil)
        #expect(result.partnerships.map(\.description) == ["memorandum KZ–RU (signed)"])
    }

    /// Phrases do not run on into the next line (a line is a paragraph): "comprehensive" ending one line
    /// does not join "strategic partnership" on the next, whose line has no verb that elevates, and "to"
    /// ending a line does not join "sign" on the next.
    @Test func readsNoPhraseAcrossALineBreak() {
        let result = PartnershipExtractor().extract(
            from: "Kazakhstan and Russia agreed to elevate relations to a comprehensive\nstrategic partnership.",
            reference: nil)
        #expect(result.partnerships.isEmpty)
        let planned = PartnershipExtractor().extract(
            from: "Kazakhstan and Russia drafted a Trade Agreement to\nsign soon.", reference: nil)
        #expect(planned.partnerships.map(\.status) == [.existing])
    }

    /// An instrument's place is a city in its own sentence, not one that starts the next line.
    @Test func readsNoPlaceFromTheNextLine() {
        let extractor = PartnershipExtractor()
        let result = extractor.extract(
            from: "Kazakhstan and Russia signed the Trade Agreement in\nAstana talks went on.", reference: nil)
        #expect(result.partnerships.map(\.place) == [nil])
        let sameLine = extractor.extract(
            from: "Kazakhstan and Russia signed the Trade Agreement in Astana.", reference: nil)
        #expect(sameLine.partnerships.map(\.place) == ["Astana"])
    }

    /// A rule reads within its sentence: a party on the next line is not the partner of a level.
    @Test func readsNoPartnerPastTheEndOfItsSentence() {
        let extractor = PartnershipExtractor()
        let unknown =
            "Uzbekistan Plans to Strengthen Strategic Partnership with Tadjikistan\nTajikistan and Iran held talks."
        #expect(extractor.extract(from: unknown, reference: nil).partnerships.isEmpty)
        let known = "Uzbekistan Plans to Strengthen Strategic Partnership with Tajikistan\nIran held talks."
        #expect(
            extractor.extract(from: known, reference: nil).partnerships.map(\.description) == [
                "strategicPartnership UZ–TJ (existing)"
            ])
        // A format word opening the next sentence does not make the organisation before it a format.
        #expect(
            extractor.extract(from: "Talks went on in the C5+1.\nFramework talks follow.", reference: nil)
                .partnerships.isEmpty)
        #expect(
            extractor.extract(from: "Talks went on in the C5+1 framework.", reference: nil).partnerships.map(\.kind)
                == [.format])
    }
}
