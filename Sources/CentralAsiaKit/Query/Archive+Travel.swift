extension Archive {
    /// The travel records of a person, optionally only those whose period overlaps a span.
    ///
    /// O(k) for the person's k records, from an index built once in O(r) over r records.
    ///
    /// - Parameters:
    ///   - person: The canonical name ("Sadyr Japarov").
    ///   - span: The span the record's period must overlap; any period (or none) when `nil`.
    /// - Returns: The records, in the order added.
    public func trips(of person: String, in span: DateSpan? = nil) -> [Filed<TravelRecord>] {
        (indexes.diplomacy.travelByPerson[person] ?? []).map { travel[$0] }.filter { filed in
            guard let span else { return true }
            guard let period = filed.value.period else { return false }
            return period.firstDay <= span.end.lastDay && span.start.firstDay <= period.lastDay
        }
    }

    /// Leaders ranked by their stated number of trips, ties sharing a rank.
    ///
    /// Each person counts once, with the most trips any record gives. Built once in O(r log r).
    ///
    /// - Returns: The ranking, most trips first; equal counts keep the order first added.
    public func rankingByTrips() -> [TravelRecord.Rank] {
        indexes.diplomacy.ranking
    }

    /// The countries visited most, summing the per-country visit counts of every travel record.
    ///
    /// Built once in O(c log c) for c countries.
    ///
    /// - Returns: Countries and visit counts, most first, then by code.
    public func mostVisitedCountries() -> [(country: CountryCode, visits: Int)] {
        indexes.diplomacy.mostVisited
    }

    /// The visits made to a country.
    ///
    /// O(k) for its k visits.
    ///
    /// - Parameter country: The destination.
    /// - Returns: The visits, in the order added.
    public func visits(to country: CountryCode) -> [Filed<Visit>] {
        (indexes.diplomacy.visitsByDestination[country] ?? []).map { visits[$0] }
    }

    /// Who attended an event, named as written, by its normalised name or by its organisation.
    ///
    /// Case is ignored. O(1) lookup plus the k names returned.
    ///
    /// - Parameter event: "CSTO Summit", "Consultative Meeting of Central Asian Leaders" or "BRICS".
    /// - Returns: The people, in the order first added.
    public func attendees(of event: String) -> [String] {
        indexes.diplomacy.attendeesByEvent[DiplomacyIndex.fold(event)] ?? []
    }

    /// Events that two or more leaders attended.
    ///
    /// Built once in O(e) for e event mentions, then returned as is.
    ///
    /// - Parameter matching: How mentions are taken to be the same event.
    /// - Returns: The events, most attendees first, then in the order first seen; each with its people
    ///   in the order first added.
    public func sharedEvents(matching: SharedEvent.Matching = .nameAndCity) -> [SharedEvent] {
        switch matching {
        case .nameAndCity: indexes.diplomacy.sharedByName
        case .organizationCityAndYear: indexes.diplomacy.sharedByOrganization
        }
    }
}
