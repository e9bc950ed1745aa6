extension PartnershipExtractor {
    /// Tokens an instrument's title looks back for a status cue: a verb and its auxiliaries ("will be signed
    /// a", "have signed the new") fit.
    static let statusReach = 5
    /// Tokens an item of a list looks back for the status said before the list: a few items with their
    /// titles ("signed 12 documents, including a roadmap on …, an agreement on … and the").
    static let listStatusReach = 16
    /// Tokens an instrument's title looks back for the word that opens a list ("including"): a short list's
    /// first items fit.
    static let listOpenerReach = 12
    /// Tokens a denial may stand before an instrument's title: "refused to sign the new customs" fits.
    static let denialReach = 5
    /// Tokens a status cue read backwards may start before the token it runs over ("to sign", "to be signed").
    static let cueOverlap = 2

    /// Whether an instrument is refused or left ("refused to sign the customs agreement", "withdrew from the
    /// agreement"): a denial among the five words before its title, after any comma, "and" or "but"
    /// ("rejected amendments and signed the Trade Agreement" is signed).
    func isDenied(before start: Int, in sentence: Range<Int>, of prose: ProseText) -> Bool {
        var back = start - 1
        while back >= max(sentence.lowerBound, start - PartnershipExtractor.denialReach),
            !prose.word(back, in: Compiled.denialStops)
        {
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
        if let status = clauseStatus(in: clause, of: prose) ?? statusBefore(start, in: sentence, of: prose) {
            return status
        }
        // A headline's "Sign" right before the title, with no modal before it ("Kyrgyzstan and Italy Sign
        // Agreement"); in prose, a bare "sign" is no fact ("could sign", "did not sign").
        if start > sentence.lowerBound, prose.tokens[start - 1].isCapitalized,
            prose.word(start - 1, in: Compiled.headlineSigns),
            !(start - 2 >= sentence.lowerBound && prose.word(start - 2, in: Compiled.modals))
        {
            return .signed
        }
        // "agreed to elevate its status to that of an Enhanced … Dialogue": raised to what it names.
        let lookBack = max(sentence.lowerBound, start - PartnershipExtractor.cueLookBack)..<start
        return lookBack.contains { prose.word($0, in: Compiled.elevateCues) } ? .elevated : nil
    }

    /// The first status cue of an instrument's clause. A cue followed by an object of its own ("…", is expected
    /// to adopt the Astana Declaration") tells that object's status, not this one's ("was due to be signed the
    /// same day" is this one's).
    private func clauseStatus(in clause: Range<Int>, of prose: ProseText) -> Partnership.Status? {
        for cursor in clause {
            guard let (phrase, status) = statusCue(at: cursor, of: prose) else { continue }
            if !hasObject(at: cursor + phrase.count, before: clause.upperBound, of: prose) { return status }
        }
        return nil
    }

    /// The status cue nearest before an instrument's title: among the five tokens before it; in a list opened by
    /// "including" among the twelve tokens before it, or after "and the" ("signed an agreement … and the
    /// Roadmap"), the sixteen ("signed 12 documents, including a roadmap …").
    private func statusBefore(_ start: Int, in sentence: Range<Int>, of prose: ProseText) -> Partnership.Status? {
        let coordinated =
            start - 2 >= sentence.lowerBound && prose.id(start - 2) == Compiled.and
            && prose.word(start - 1, in: Compiled.articles)
        let listed =
            coordinated
            || (max(sentence.lowerBound, start - PartnershipExtractor.listOpenerReach)..<start).contains {
                prose.word($0, in: Compiled.listOpeners)
            }
        // An item of a list split by ";" ("signed a memorandum on trade; a memorandum on transport; …") takes
        // the status said before the list's first item.
        let semicolonItem = [start - 1, start - 2].contains {
            $0 >= sentence.lowerBound && prose.id($0) == Compiled.semicolon
        }
        let reach =
            semicolonItem
            ? PartnershipExtractor.semicolonListReach
            : listed ? PartnershipExtractor.listStatusReach : PartnershipExtractor.statusReach
        // A list split by ";" may run past the sentence window around its item.
        let floor = semicolonItem ? prose.sentenceWindow(of: start, radius: reach).lowerBound : sentence.lowerBound
        for cursor in (max(floor, start - reach)..<start).reversed() {
            if let status = statusCue(over: cursor, in: sentence, of: prose) { return status }
        }
        return nil
    }

    /// The status cue that starts at a token, with its phrase, if any.
    private func statusCue(at cursor: Int, of prose: ProseText) -> (phrase: WordPhrase, status: Partnership.Status)? {
        guard prose.word(cursor, in: Compiled.statusCueStarts) else { return nil }
        return Compiled.statusCues.first { prose.matches($0.phrase, at: cursor) }
    }

    /// The status cue over a token read backwards: one that starts up to two tokens before and runs over it ("to
    /// sign" rather than "sign"), else the one that starts at it.
    private func statusCue(over cursor: Int, in sentence: Range<Int>, of prose: ProseText) -> Partnership.Status? {
        for back in stride(from: PartnershipExtractor.cueOverlap, through: 1, by: -1)
        where cursor - back >= sentence.lowerBound {
            guard prose.word(cursor - back, in: Compiled.statusCueStarts) else { continue }
            if let (_, status) = Compiled.statusCues.first(where: {
                $0.phrase.count > back && prose.matches($0.phrase, at: cursor - back)
            }) {
                return status
            }
        }
        return statusCue(at: cursor, of: prose)?.status
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
