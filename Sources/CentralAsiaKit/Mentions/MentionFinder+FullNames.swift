extension MentionAutomaton {
    /// Where each person is named in full in one text (a name or alias of two words or more with a single
    /// reading), by position in the scan's phrases: what a surname or an ambiguous name is resolved against.
    ///
    /// The places are kept sorted by person, then position, in one list, so that the nearest place on
    /// either side of a phrase is a binary search away however many full names a text holds.
    struct FullNameIndex {
        /// (person, position) pairs, sorted.
        private var places: [(person: Int32, position: Int)] = []

        /// Collects the full names among the phrases of a scan.
        ///
        /// - Parameters:
        ///   - raw: The phrases, in text order.
        ///   - fullNamePerson: Per phrase, the person it names in full, or -1.
        init(_ raw: [RawMatch], fullNamePerson: [Int32]) {
            let count = raw.reduce(0) { $0 + (fullNamePerson[Int($1.phrase)] >= 0 ? 1 : 0) }
            guard count > 0 else { return }
            places.reserveCapacity(count)
            for (position, found) in raw.enumerated() {
                let person = fullNamePerson[Int(found.phrase)]
                if person >= 0 { places.append((person, position)) }
            }
            places.sort { $0.person < $1.person || ($0.person == $1.person && $0.position < $1.position) }
        }

        /// The nearest places where a person is named in full: the last at or before a position and the
        /// first after it.
        ///
        /// - Parameters:
        ///   - person: The person's entity index.
        ///   - position: The position of the phrase being resolved.
        /// - Returns: The two positions, each `nil` when there is none.
        func nearest(_ person: Int32, around position: Int) -> (before: Int?, after: Int?) {
            guard !places.isEmpty else { return (nil, nil) }
            // The first place past (person, position).
            var low = 0
            var high = places.count
            while low < high {
                let middle = (low + high) / 2
                let place = places[middle]
                if place.person < person || (place.person == person && place.position <= position) {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            let before = low > 0 && places[low - 1].person == person ? places[low - 1].position : nil
            let after = low < places.count && places[low].person == person ? places[low].position : nil
            return (before, after)
        }
    }
}
