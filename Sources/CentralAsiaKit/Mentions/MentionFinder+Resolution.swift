extension MentionAutomaton {
    /// Picks the reading of each phrase the scan found (kinds, surnames, ambiguous names, titles; the
    /// rules are listed on ``MentionFinder``): the mentions, before they are made public values.
    func choose(_ raw: [RawMatch], in bytes: UnsafeBufferPointer<UInt8>) -> Choice {
        let fullNames = FullNameIndex(raw, fullNamePerson: fullNamePerson)
        var chosen: [(found: RawMatch, reading: Candidate)] = []
        chosen.reserveCapacity(raw.count)
        var titles: [RawMatch] = []
        for (position, found) in raw.enumerated() {
            if isAmbiguous(found.phrase), !ambiguousNameCounts(raw, at: position, in: bytes) { continue }
            guard
                let reading = soleReadings[Int(found.phrase)]
                    ?? choose(candidates(of: found.phrase), at: position, fullNames: fullNames)
                    ?? titledSurname(candidates(of: found.phrase), after: titles.last, before: found.start, in: bytes)
                    ?? initialledSurname(candidates(of: found.phrase), before: found.start, in: bytes)
            else { continue }
            if isTitle(reading.entity) {
                titles.append(found)
            } else {
                chosen.append((found, reading))
            }
        }
        let resolved = resolveTitles(chosen, in: bytes)
        return titles.isEmpty ? Choice(items: resolved, titled: []) : resolveRoles(resolved, titles: titles, in: bytes)
    }

    /// The one person of a bare surname who held the title right before it ("Foreign Minister Kulubaev"),
    /// when no full name in the text decides.
    private func titledSurname(
        _ readings: [Candidate], after title: RawMatch?, before start: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Candidate? {
        guard let title, title.end + 1 == start, bytes[title.end] == 0x20 else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[title.start..<title.end]), as: UTF8.self)
            .lowercased()
        let holders = readings.filter { reading in
            personFacts[Int(reading.entity)]?.titles.contains { $0.contains(key) } ?? false
        }
        guard holders.count == 1, var reading = holders.first else { return nil }
        reading.match = .surname
        return reading
    }

    /// The one person of a bare surname written after initials ("М.Д.Абылгазиев", "J. Smith"), when no full
    /// name in the text decides: initials are a first name, so the surname stands for its only bearer.
    private func initialledSurname(
        _ readings: [Candidate], before start: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Candidate? {
        guard readings.count == 1, var reading = readings.first, rank(of: reading.entity) == 3,
            MentionAutomaton.initialEnds(before: start, in: bytes)
        else { return nil }
        reading.match = .surname
        return reading
    }

    /// Whether an initial ends right before an offset: one capital letter (ASCII, or Cyrillic `А`…`Я`, `Ѐ`…`Џ`)
    /// that no letter precedes, then a dot and at most one space.
    static func initialEnds(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = start
        if index > 0, bytes[index - 1] == 0x20 { index -= 1 }
        guard index > 0, bytes[index - 1] == UInt8(ascii: ".") else { return false }
        index -= 1
        let letterStart: Int
        if index >= 1, bytes[index - 1] &- UInt8(ascii: "A") < 26 {
            letterStart = index - 1
        } else if index >= 2, bytes[index - 2] == cyrillicCapitalLead, bytes[index - 1] & 0xC0 == 0x80 {
            // U+0400…U+042F: lead byte D0, second byte 80…AF.
            guard bytes[index - 1] <= cyrillicCapitalLast else { return false }
            letterStart = index - 2
        } else {
            return false
        }
        guard letterStart > 0 else { return true }
        let before = bytes[letterStart - 1]
        return before < 0x80 && (before | 0x20) &- UInt8(ascii: "a") >= 26
    }

    /// The lead byte of the Cyrillic capitals `Ѐ`…`Я` in UTF-8.
    private static let cyrillicCapitalLead: UInt8 = 0xD0
    /// The last second byte of those capitals (`Я` is D0 AF).
    private static let cyrillicCapitalLast: UInt8 = 0xAF

    /// The entity a reading points to: a gazetteer entity, or a person named by title.
    private func entity(_ index: Int32, of choice: Choice) -> EntityID {
        let position = Int(index)
        return position < entities.count ? entities[position] : .person(choice.titled[position - entities.count].name)
    }

    /// The public values of chosen mentions, with line and column.
    func mentions(_ choice: Choice, in bytes: UnsafeBufferPointer<UInt8>) -> [Mention] {
        let chosen = choice.items
        // Columns count scalars from the line start, or from the previous mention on the same line.
        var mentions: [Mention] = []
        mentions.reserveCapacity(chosen.count)
        var line = 0
        var offset = 0
        var column = 1
        for (found, reading) in chosen {
            if found.line != line {
                line = found.line
                offset = found.lineStart
                column = 1
            }
            column += MentionAutomaton.scalarCount(UnsafeBufferPointer(rebasing: bytes[offset..<found.start]))
            offset = found.start
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[found.start..<found.end]), as: UTF8.self)
            mentions.append(
                Mention(
                    entity: entity(reading.entity, of: choice), text: text, range: found.start..<found.end,
                    location: SourceLocation(offset: found.start, line: found.line, column: column),
                    match: reading.match.match))
        }
        return mentions
    }

    /// The entities and byte ranges of chosen mentions, for the extractors (no text, no columns).
    ///
    /// - Parameters:
    ///   - choice: The mentions.
    ///   - titled: Whether to keep the people named by title, whose indices point past ``entityTable``
    ///     (into ``entityTable(adding:)``).
    func spans(_ choice: Choice, titled: Bool) -> [ProseText.MentionSpan] {
        choice.items.compactMap {
            let index = Int($0.reading.entity)
            guard index < entities.count else {
                return titled
                    ? ProseText.MentionSpan(
                        entityIndex: $0.reading.entity, kind: .person, range: $0.found.start..<$0.found.end) : nil
            }
            return ProseText.MentionSpan(
                entityIndex: $0.reading.entity, kind: ProseText.MentionSpan.Kind(rawValue: entityRank[index]) ?? .other,
                range: $0.found.start..<$0.found.end)
        }
    }

    /// What chosen mentions add up to, as ``ArticleMentions/init(_:)`` summarises them: each entity
    /// once, in first-mention order, told apart by its index rather than by hashing its name.
    func summary(_ choice: Choice) -> ArticleMentions {
        let chosen = choice.items
        let count = entities.count + choice.titled.count
        // The distinct entities in order, then each list sized once: no list grows append by append.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (count + 63) / 64) { seen in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: chosen.count) { distinct in
                seen.initialize(repeating: 0)
                var count = 0
                var perRank = (0, 0, 0, 0)
                for (_, reading) in chosen {
                    let position = Int(reading.entity)
                    let index = position < entities.count ? Int(canonicalEntity[position]) : position
                    guard seen[index >> 6] & (1 << UInt64(index & 63)) == 0 else { continue }
                    seen[index >> 6] |= 1 << UInt64(index & 63)
                    distinct[count] = Int32(index)
                    count += 1
                    switch index < entities.count ? entityRank[index] : 3 {
                    case 0: perRank.0 += 1
                    case 1: perRank.1 += 1
                    case 2: perRank.2 += 1
                    default: perRank.3 += 1
                    }
                }
                var summary = ArticleMentions()
                summary.countries.reserveCapacity(perRank.0)
                summary.organizations.reserveCapacity(perRank.1)
                summary.cities.reserveCapacity(perRank.2)
                summary.people.reserveCapacity(perRank.3)
                for position in 0..<count {
                    let index = Int(distinct[position])
                    if index < entities.count, let code = entityCountries[index] {
                        summary.countries.append(code)
                    } else {
                        summary.add(entity(Int32(index), of: choice))
                    }
                }
                return summary
            }
        }
    }

    /// The number of Unicode scalars in UTF-8 bytes: the bytes that are not continuation bytes (`10xxxxxx`),
    /// counted eight at a time.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var continuations = 0
        var index = 0
        let raw = UnsafeRawPointer(base)
        while index + 8 <= bytes.count {
            let chunk = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // Bit 7 set and bit 6 clear in a byte marks a continuation byte.
            continuations += (chunk & ~(chunk << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return bytes.count - continuations
    }

    /// Picks one reading of a phrase.
    private func choose(_ readings: [Candidate], at position: Int, fullNames: FullNameIndex) -> Candidate? {
        if readings.count == 1, let only = readings.first, !only.isWeak, rank(of: only.entity) != 3 { return only }
        // A person named in full nearby wins: the nearest before, else the first after.
        var before: (reading: Candidate, distance: Int)?
        var after: (reading: Candidate, distance: Int)?
        for reading in readings where rank(of: reading.entity) == 3 {
            let places = fullNames.nearest(reading.entity, around: position)
            if let last = places.before, before.map({ position - last < $0.distance }) ?? true {
                before = (reading, position - last)
            }
            if let next = places.after, after.map({ next - position < $0.distance }) ?? true {
                after = (reading, next - position)
            }
        }
        if let found = before ?? after {
            var reading = found.reading
            if reading.isWeak { reading.match = .surname }
            return reading
        }
        // Otherwise the highest-ranked reading that stands on its own.
        var best: Candidate?
        for reading in readings where !reading.isWeak {
            if let current = best, rank(of: current.entity) <= rank(of: reading.entity) { continue }
            best = reading
        }
        return best
    }
}
