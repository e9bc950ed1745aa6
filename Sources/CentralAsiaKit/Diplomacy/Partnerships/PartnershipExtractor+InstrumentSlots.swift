extension PartnershipExtractor {
    /// Whether an instrument is refused or left ("refused to sign the customs agreement", "withdrew from the
    /// agreement"): a denial among the five words before its title, after any comma, "and" or "but"
    /// ("rejected amendments and signed the Trade Agreement" is signed).
    func isDenied(before start: Int, in sentence: Range<Int>, of prose: ProseText) -> Bool {
        var back = start - 1
        while back >= max(sentence.lowerBound, start - 5), !prose.word(back, in: Compiled.denialStops) {
            if prose.word(back, in: Compiled.denials) { return true }
            back -= 1
        }
        return false
    }

    /// The status an instrument's cues tell, if any: in its clause, else before its title (further back
    /// for an item of a list), else a headline's "Sign" or an elevating verb before it.
    func instrumentStatus(
        start: Int, clause: Range<Int>, sentence: Range<Int>, of prose: ProseText
    ) -> Partnership.Status? {
        /// The cue that starts at a token, if any.
        func cue(at cursor: Int) -> Partnership.Status? {
            guard prose.word(cursor, in: Compiled.statusCueStarts) else { return nil }
            return Compiled.statusCues.first { prose.matches($0.phrase, at: cursor) }?.status
        }
        /// The cue over a token read backwards: one that starts up to two tokens before and runs over it
        /// ("to sign" rather than "sign"), else the one that starts at it.
        func cue(over cursor: Int) -> Partnership.Status? {
            for back in [2, 1] where cursor - back >= sentence.lowerBound {
                guard prose.word(cursor - back, in: Compiled.statusCueStarts) else { continue }
                if let (_, status) = Compiled.statusCues.first(where: {
                    $0.phrase.count > back && prose.matches($0.phrase, at: cursor - back)
                }) {
                    return status
                }
            }
            return cue(at: cursor)
        }
        // In the clause, else in the five tokens before the title, nearest first; in a list opened by
        // "including" among the twelve tokens before it, or after "and the" ("signed an agreement … and
        // the Roadmap"), the sixteen ("signed 12 documents, including a roadmap …").
        // A cue followed by an object of its own ("…", is expected to adopt the Astana Declaration") tells
        // that object's status, not this one's ("was due to be signed the same day" is this one's).
        var status = clause.lazy.compactMap { cursor -> Partnership.Status? in
            guard let found = cue(at: cursor) else { return nil }
            let next = cursor + (Compiled.statusCues.first { prose.matches($0.phrase, at: cursor) }?.phrase.count ?? 1)
            return hasObject(at: next, before: clause.upperBound, of: prose) ? nil : found
        }.first
        if status == nil {
            let coordinated =
                start - 2 >= sentence.lowerBound && prose.id(start - 2) == Compiled.and
                && prose.word(start - 1, in: Compiled.articles)
            let listed =
                coordinated
                || (max(sentence.lowerBound, start - 12)..<start).contains {
                    prose.word($0, in: Compiled.listOpeners)
                }
            // An item of a list split by ";" ("signed a memorandum on trade; a memorandum on transport; …")
            // takes the status said before the list's first item.
            let semicolonItem = [start - 1, start - 2].contains {
                $0 >= sentence.lowerBound && prose.id($0) == Compiled.semicolon
            }
            let reach = semicolonItem ? PartnershipExtractor.semicolonListReach : listed ? 16 : 5
            // A list split by ";" may run past the sentence window around its item.
            let floor = semicolonItem ? prose.sentenceWindow(of: start, radius: reach).lowerBound : sentence.lowerBound
            let window = max(floor, start - reach)..<start
            status = window.reversed().lazy.compactMap { cue(over: $0) }.first
        }
        // A headline's "Sign" right before the title, with no modal before it ("Kyrgyzstan and Italy Sign
        // Agreement"); in prose, a bare "sign" is no fact ("could sign", "did not sign").
        if status == nil, start > sentence.lowerBound, prose.tokens[start - 1].isCapitalized,
            prose.word(start - 1, in: Compiled.headlineSigns),
            !(start - 2 >= sentence.lowerBound && prose.word(start - 2, in: Compiled.modals))
        {
            status = .signed
        }
        // "agreed to elevate its status to that of an Enhanced … Dialogue": raised to what it names.
        if status == nil,
            (max(sentence.lowerBound, start - PartnershipExtractor.cueLookBack)..<start).contains(where: {
                prose.word($0, in: Compiled.elevateCues)
            })
        {
            status = .elevated
        }
        return status
    }

    /// An instrument's parties, from the first of: its title's "between"; a format its sentence names whole;
    /// its signatories' parties; its sentence's subject; the partnership named before; the sentence's
    /// parties with the signatories' and the signing city's country; the parties meant (when a status is
    /// told). `nil` when it has none, or its own "between" names none that are parties.
    func instrumentParties(
        start: Int, clause: Range<Int>, sentence: Range<Int>, signatories: [Signatory], place: String?,
        statusTold: Bool, previous: [EntityID], date: PartialDate?, of prose: ProseText
    ) -> [EntityID]? {
        var parties: [EntityID] = []
        if let between = clause.first(where: { prose.id($0) == Compiled.between }) {
            parties = self.parties(in: between + 1..<clause.upperBound, of: prose)
            // The title's own "between" names its parties: when they are not states or organisations
            // ("between the SCO Secretariat and a regional centre"), nothing else stands for them.
            if between == clause.lowerBound, parties.count < 2 { return nil }
        }
        if parties.count < 2 { parties = formatNamedWhole(in: sentence, of: prose) }
        if parties.count < 2 {
            var countries: [EntityID] = []
            for case let party? in signatories.map(\.party) where !countries.contains(party) {
                countries.append(party)
            }
            if countries.count >= 2 { parties = countries }
        }
        if parties.count < 2 {
            parties = subjectParties(before: start, in: sentence, clause: clause, of: prose, on: date)
        }
        if parties.count < 2, fits(previous, signatories) { parties = previous }
        if parties.count < 2 {
            // The sentence's parties with its signatories' ("Ursula von der Leyen signed a memorandum on
            // hydrogen in Astana"), then the signing city's country.
            parties = self.parties(in: sentence, of: prose)
            for case let party? in signatories.map(\.party) where parties.count < 2 && !parties.contains(party) {
                parties.append(party)
            }
            if parties.count < 2, let place, let code = cityCountries[place], !parties.contains(.country(code)) {
                parties.append(.country(code))
            }
        }
        // Parties meant, not named ("which the two sides were about to sign", "The summit will adopt …"),
        // for an instrument whose status is told.
        if parties.count < 2, statusTold { parties = contextParties(of: sentence, in: prose) }
        return parties.count >= 2 ? parties : nil
    }
}
