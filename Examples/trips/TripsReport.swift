import CentralAsiaKit
import ExampleSupport
import Foundation

/// What `trips` prints: the ranking, the most visited countries, shared events and partnerships.
struct TripsReport {
    /// One leader's bar in the chart.
    struct Bar {
        var person: String
        var trips: Int
        /// Bilateral trips, when the pages say.
        var bilateral: Int?
    }

    /// `{"person", "trips"}`.
    struct RankLine: Encodable {
        var person: String
        var trips: Int
    }

    /// `{"event", "city", "country", "people"}`.
    struct EventLine: Encodable {
        var event: String
        var city: String?
        var country: CountryCode?
        var people: [String]
    }

    /// The `--json` document.
    struct Document: Encodable {
        var ranking: [RankLine]
        var sharedEvents: [EventLine]
        var partnerships: [Partnership]
    }

    let ranking: [TravelRecord.Rank]
    let countries: [(country: CountryCode, visits: Int)]
    let shared: [SharedEvent]
    let partnerships: [Partnership]
    let bars: [Bar]

    init(_ archive: Archive) {
        ranking = archive.rankingByTrips()
        countries = archive.mostVisitedCountries()
        shared = archive.sharedEvents()
        partnerships = archive.partnershipTimeline().map(\.value)
        bars = ranking.map { rank in
            let bilateral = archive.trips(of: rank.person).compactMap { filed in
                filed.value.trips == rank.trips ? filed.value.bilateralTrips : nil
            }.first
            return Bar(person: rank.person, trips: rank.trips, bilateral: bilateral)
        }
    }

    /// The JSON document, keys sorted.
    ///
    /// - Throws: A failure ``CommandError`` when the document cannot be encoded.
    func json() throws(CommandError) -> String {
        let document = Document(
            ranking: ranking.map { RankLine(person: $0.person, trips: $0.trips) },
            sharedEvents: shared.map {
                EventLine(event: $0.event, city: $0.city, country: $0.country, people: $0.people)
            },
            partnerships: partnerships)
        return try JSONText.encode(document, pretty: true)
    }

    /// The four text tables.
    var text: String {
        var out = ""
        out += table(
            "Leaders ranked by trips", ["#", "Leader", "Trips"],
            ranking.map { [String($0.rank), $0.person, String($0.trips)] }, right: [0, 2])
        out += table(
            "Most visited countries", ["Country", "Visits"],
            countries.map { [$0.country.rawValue, String($0.visits)] },
            right: [1])
        out += table(
            "Shared events", ["Event", "City", "Leaders"],
            shared.map { [$0.event, $0.city ?? "", $0.people.joined(separator: ", ")] }, right: [])
        out += table(
            "Partnerships", ["Date", "Kind", "Status", "Parties", "Title"],
            partnerships.map { partnership in
                [
                    partnership.date?.description ?? "", partnership.kind.rawValue, partnership.status.rawValue,
                    partnership.parties.map(\.id).joined(separator: "–"), partnership.title ?? "",
                ]
            }, right: [])
        return out
    }

    /// A titled table with padded columns; `right` lists the right-aligned columns.
    private func table(_ title: String, _ header: [String], _ rows: [[String]], right: Set<Int>) -> String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return right.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = "\(title)\n"
        out += line(header) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        if rows.isEmpty { out += "(none)\n" }
        for row in rows { out += line(row) + "\n" }
        return out + "\n"
    }
}
