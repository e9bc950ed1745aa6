extension PartnershipExtractor {
    /// Mentions an organisation met under is looked for back from a meeting's sentence: a few paragraphs
    /// of names, so that the organisation whose summit a report opens with is found and one named pages
    /// before is not.
    static let meetingReach = 40

    /// Documents counted and what became of them: "Xi and Mirziyoyev signed 41 documents", "a package of 15
    /// bilateral documents was inked", "an extensive package of intergovernmental and interagency documents
    /// was signed", "They are expected to sign several intergovernmental agreements", "The summit will adopt
    /// 20 resolutions and three statements".
    ///
    /// The count is a number, or none for a batch ("a package of", "several", a plural noun that opens its
    /// sentence). The kind comes from the
    /// noun (statements are joint statements), the status from the verb's form (``documentVerbs``). The
    /// people named right before the verb are its signatories. The parties are the countries the sentence
    /// names; when it names fewer than two, the parties of the people it names (their countries, or the EU
    /// for its officials) join them; failing that, the partnership named before; failing that, the
    /// text's two sides or the organisation that met (``contextParties(of:in:)``).
    func documents(
        at position: Int, in prose: ProseText, previous: [EntityID], reference: PartialDate?
    ) -> Partnership? {
        guard let (count, first) = documentCount(at: position, in: prose),
            let (kind, noun) = documentNoun(from: first, in: prose)
        else { return nil }
        let sentence = prose.sentenceWindow(of: position)
        guard noun < sentence.upperBound, let (verb, status) = documentVerb(in: sentence, of: prose) else {
            return nil
        }
        let byteRange =
            prose.tokens[sentence.lowerBound].range.lowerBound..<prose.tokens[sentence.upperBound - 1].range.upperBound
        let parser = PartnershipExtractor.dateParser(for: status)
        let date = prose.firstDate(parser, in: byteRange, reference: reference)?.value.start
        let signatories =
            verb < position
            ? self.signatories(
                before: verb, from: max(sentence.lowerBound, verb - PartnershipExtractor.signerReach), of: prose,
                on: date ?? reference)
            : self.signatories(in: verb..<sentence.upperBound, of: prose, on: date ?? reference)
        var parties = self.parties(in: sentence, of: prose, countriesOnly: true)
        if parties.count < 2 {
            for party in peoplesParties(in: sentence, of: prose, on: date ?? reference) where !parties.contains(party) {
                parties.append(party)
            }
        }
        if parties.count < 2, fits(previous, signatories) { parties = previous }
        if parties.count < 2 { parties = contextParties(of: sentence, in: prose) }
        guard parties.count >= 2 else { return nil }
        let topics =
            prose.word(noun + 1, in: Compiled.topicLinks)
            ? self.topics(from: noun + 2, before: sentence.upperBound, of: prose) : []
        return Partnership(
            parties: parties, kind: kind, status: status, date: date, signatories: signatories, topics: topics,
            documentCount: count)
    }

    /// The count that starts at a token and the token after it: a number ("41"), none for a batch ("a
    /// package of", "several"); `nil` when the token counts nothing.
    private func documentCount(at position: Int, in prose: ProseText) -> (count: Int?, next: Int)? {
        if let number = prose.tokens[position].number { return (number, position + 1) }
        // A plural noun that opens its sentence ("Declarations on … were adopted", "Agreements were signed").
        if prose.word(position, in: Compiled.documentNouns),
            prose.sentenceRange(of: position).lowerBound == position
        {
            return (nil, position)
        }
        if prose.word(position, in: Compiled.documentQuantifiers) { return (nil, position + 1) }
        if prose.word(position, in: Compiled.documentCollectives), prose.id(position + 1) == Compiled.of {
            return (nil, position + 2)
        }
        return nil
    }

    /// The documents' noun after a count, past its qualifiers and their joiners ("intergovernmental and
    /// interagency documents"), with the kind it gives.
    private func documentNoun(from first: Int, in prose: ProseText) -> (kind: Partnership.Kind, noun: Int)? {
        var noun = first
        while noun - first < PartnershipExtractor.documentQualifierReach,
            prose.word(noun, in: Compiled.documentQualifiers)
                || (noun > first && prose.word(noun, in: Compiled.qualifierJoiners)
                    && prose.word(noun + 1, in: Compiled.documentQualifiers))
        {
            noun += 1
        }
        guard let kind = PartnershipExtractor.documentKinds[prose.word(noun)] else { return nil }
        return (kind, noun)
    }

    /// The first verb in a sentence that tells what became of documents, and the status its form gives: a
    /// done form after "be" is to come ("are to be signed").
    private func documentVerb(in sentence: Range<Int>, of prose: ProseText) -> (Int, Partnership.Status)? {
        guard let verb = sentence.first(where: { prose.word($0, in: Compiled.documentVerbs) }),
            let status = PartnershipExtractor.documentVerbs[prose.word(verb)]
        else { return nil }
        if status != .planned, verb > sentence.lowerBound, prose.id(verb - 1) == Compiled.be { return (verb, .planned) }
        return (verb, status)
    }

    /// The parties a sentence means without naming them: the text's two sides when it speaks of them ("the
    /// two sides", "our countries"); else, when its subject is a meeting ("The summit will adopt …"), the
    /// members of the organisation named last before it. Empty otherwise.
    func contextParties(of sentence: Range<Int>, in prose: ProseText) -> [EntityID] {
        if namesPair(in: sentence, of: prose) { return textPair(of: prose) }
        guard sentence.contains(where: { prose.word($0, in: Compiled.meetingWords) }) else { return [] }
        return meetingMembers(before: prose.tokens[sentence.lowerBound].range.lowerBound, in: prose)
    }

    /// Whether a sentence speaks of a text's two sides ("the two sides", "both countries").
    func namesPair(in sentence: Range<Int>, of prose: ProseText) -> Bool {
        sentence.contains { cursor in
            prose.word(cursor, in: Compiled.pairStarts)
                && Compiled.pairPhrases.contains { prose.matches($0, at: cursor) }
        }
    }

    /// The two countries a text is about: the first two it names.
    func textPair(of prose: ProseText) -> [EntityID] {
        var result: [EntityID] = []
        for mention in prose.mentions where mention.kind == .country {
            let country = prose.entity(of: mention)
            if !result.contains(country) { result.append(country) }
            if result.count == 2 { break }
        }
        return result.count == 2 ? result : []
    }

    /// The members (with the partners that take part) of the last organisation named before a byte offset
    /// that has two or more, looked for among the ``meetingReach`` mentions before it.
    private func meetingMembers(before offset: Int, in prose: ProseText) -> [EntityID] {
        var low = 0
        var high = prose.mentions.count
        while low < high {
            let middle = (low + high) / 2
            if prose.mentions[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        for index in stride(from: low - 1, through: max(0, low - PartnershipExtractor.meetingReach), by: -1) {
            let mention = prose.mentions[index]
            guard mention.kind == .organization, let organization = organizations[prose.entity(of: mention).id]
            else { continue }
            let members = participants(of: organization)
            if members.count >= 2 { return members.map(EntityID.country) }
        }
        return []
    }

    /// The countries that are parties to an organisation's instruments: its partners that take part (the "+1"
    /// of a C5+1) and its members.
    func participants(of organization: Organization) -> [CountryCode] {
        organization.countries(withRole: .partner) + organization.countries(withRole: .member)
    }

    /// The date parser for an instrument of a status: a plan's date is ahead, a signing's behind.
    static func dateParser(for status: Partnership.Status?) -> DatePhraseParser {
        DatePhraseParser(yearInference: status == .planned ? .notBeforeReference : .notAfterReference)
    }
}
