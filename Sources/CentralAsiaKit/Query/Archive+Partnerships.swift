extension Archive {
    /// The partnerships a party belongs to, optionally of one kind and status.
    ///
    /// O(k) for the party's k partnerships, from an index built once in O(p).
    ///
    /// - Parameters:
    ///   - party: A country (`.country(.kz)`) or organisation.
    ///   - kind: Only this kind, when given.
    ///   - status: Only this status, when given.
    /// - Returns: The partnerships, in the order added.
    public func partnerships(
        of party: EntityID, kind: Partnership.Kind? = nil, status: Partnership.Status? = nil
    ) -> [Filed<Partnership>] {
        (indexes.diplomacy.partnershipsByParty[party] ?? []).map { partnerships[$0] }.filter { filed in
            (kind.map { $0 == filed.value.kind } ?? true) && (status.map { $0 == filed.value.status } ?? true)
        }
    }

    /// The other parties a party is in partnership with, optionally of one kind and status.
    ///
    /// O(k) for the party's k partnerships.
    ///
    /// - Parameters:
    ///   - party: A country or organisation.
    ///   - kind: Only this kind, when given.
    ///   - status: Only this status, when given.
    /// - Returns: Each partner once, in the order first named.
    public func partners(
        of party: EntityID, kind: Partnership.Kind? = nil, status: Partnership.Status? = nil
    ) -> [EntityID] {
        var seen: Set<EntityID> = [party]
        var partners: [EntityID] = []
        for filed in partnerships(of: party, kind: kind, status: status) {
            for other in filed.value.parties where seen.insert(other).inserted { partners.append(other) }
        }
        return partners
    }

    /// The agreements, treaties and other documents signed within a span.
    ///
    /// O(p) over the timeline.
    ///
    /// - Parameter span: The span the signing date must fall in.
    /// - Returns: Partnerships with status `signed` dated within the span, earliest first.
    public func agreements(signedIn span: DateSpan) -> [Filed<Partnership>] {
        partnershipTimeline().filter { filed in
            guard filed.value.status == .signed, let date = filed.value.date else { return false }
            return span.contains(date)
        }
    }

    /// Every partnership in date order.
    ///
    /// Sorted once in O(p log p).
    ///
    /// - Returns: Dated partnerships earliest first (by first day), then undated ones, each in the order
    ///   added.
    public func partnershipTimeline() -> [Filed<Partnership>] {
        indexes.diplomacy.timeline.map { partnerships[$0] }
    }
}
