extension TravelRecord {
    /// One place in a ranking by trips: the person, their count, and their rank (tied people share a rank).
    public struct Rank: Sendable, Hashable, CustomStringConvertible {
        /// The 1-based rank; people with the same count share it ("1, 1, 3").
        public var rank: Int
        /// The person's canonical name.
        public var person: String
        /// The number of trips.
        public var trips: Int

        /// Creates a place in a ranking.
        ///
        /// - Parameters:
        ///   - rank: The 1-based rank.
        ///   - person: The canonical name.
        ///   - trips: The number of trips.
        public init(rank: Int, person: String, trips: Int) {
            self.rank = rank
            self.person = person
            self.trips = trips
        }

        /// `"1. Kassym-Jomart Tokayev 23"`.
        public var description: String { "\(rank). \(person) \(trips)" }
    }

    /// Ranks people by their stated number of trips, most first; ties keep the order of the records and share
    /// a rank. A person with several records counts their largest number; records without one are left out.
    ///
    /// - Parameter records: Travel records, usually of one period.
    /// - Returns: The ranking.
    public static func rankingByTrips(_ records: [TravelRecord]) -> [Rank] {
        var best: [(person: String, trips: Int)] = []
        for record in records {
            guard let trips = record.trips else { continue }
            if let index = best.firstIndex(where: { $0.person == record.person }) {
                best[index].trips = max(best[index].trips, trips)
            } else {
                best.append((record.person, trips))
            }
        }
        let ordered = best.enumerated().sorted { ($0.element.trips, -$0.offset) > ($1.element.trips, -$1.offset) }
        var ranking: [Rank] = []
        for (place, entry) in ordered.enumerated() {
            let rank = ranking.last.map { $0.trips == entry.element.trips ? $0.rank : place + 1 } ?? 1
            ranking.append(Rank(rank: rank, person: entry.element.person, trips: entry.element.trips))
        }
        return ranking
    }
}
