extension PartnershipExtractor {
    /// A signed or planned instrument at its noun ("… Agreement", "roadmap on critical minerals").
    func instrument(
        at position: Int, in prose: ProseText, previous: [EntityID], reference: PartialDate?
    ) -> (Partnership, Int)? {
        let token = prose.tokens[position]
        let sentence = prose.sentenceWindow(of: position)
        guard token.word >= 0, let (kind, after) = PartnershipExtractor.instrumentsByWord[Int(token.word)],
            after.map({ position > sentence.lowerBound && prose.word(position - 1) == $0 }) ?? true,
            !insideOrganizationName(position, of: prose)
        else { return nil }
        // The title: capitalised words before the noun, and an "on …" part after it.
        let start =
            token.isCapitalized || after != nil
            ? titleStart(before: position, in: sentence, joined: after != nil, of: prose) : position
        let (end, titleTopics) = titleTail(after: position, in: sentence, of: prose)
        let title = prose.string(tokens: start, through: end - 1)
        // The noun alone after a headline's verb ("… Sign Agreement") names no particular instrument.
        let headlineNoun =
            start == position && position > sentence.lowerBound && prose.tokens[position - 1].isCapitalized
            && prose.word(position - 1, in: Compiled.titleVerbs)
        let hasTitle = (token.isCapitalized && !headlineNoun) || !titleTopics.isEmpty || after != nil
        let clause = end..<max(end, instrumentClauseEnd(from: end, in: sentence, of: prose))
        if isDenied(before: start, in: sentence, of: prose) { return nil }
        var status = instrumentStatus(start: start, clause: clause, sentence: sentence, of: prose)
        if status == nil, !hasTitle || kind == .dialogue && !token.isCapitalized { return nil }
        if status == nil, sentence.contains(where: { prose.word($0, in: Compiled.planCues) }) {
            status = .planned
        }
        guard hasTitle || status != nil, let byteRange = clauseBytes(clause, titleEnd: end, of: prose) else {
            return nil
        }
        let date = instrumentDate(
            in: byteRange, clause: clause, sentence: sentence, titleStart: start, status: status, of: prose,
            reference: reference)
        let place = cityPlace(in: clause, of: prose)
        let topics = titleTopics + clauseTopics(in: clause, after: end, of: prose)
        let signatories = instrumentSignatories(
            titleStart: start, clause: clause, sentence: sentence, of: prose, on: date ?? reference)
        guard
            let parties = instrumentParties(
                start: start, clause: clause, sentence: sentence, signatories: signatories, place: place,
                statusTold: status != nil, previous: previous, date: date ?? reference, of: prose)
        else { return nil }
        let partnership = Partnership(
            parties: parties, kind: kind, title: hasTitle ? title : nil, status: status ?? .existing, date: date,
            place: place, signatories: signatories, topics: topics)
        return (partnership, end)
    }

    /// Tokens after "and" and an article the noun of a next instrument may stand for an instrument's clause to
    /// end at the "and" ("… and the Memorandum on Transport"): a short title fits.
    static let joinedInstrumentReach = 8

    /// Where an instrument's clause ends: at the sentence end, or at an "and" before the next instrument
    /// ("… and a memorandum").
    private func instrumentClauseEnd(from end: Int, in sentence: Range<Int>, of prose: ProseText) -> Int {
        for cursor in end..<sentence.upperBound
        where prose.id(cursor) == Compiled.and && cursor + 2 < sentence.upperBound
            && prose.word(cursor + 1, in: Compiled.articles)
            && (cursor + 2..<min(cursor + PartnershipExtractor.joinedInstrumentReach, sentence.upperBound)).contains(
                where: {
                    prose.id($0) >= 0 && PartnershipExtractor.instrumentsByWord[Int(prose.id($0))] != nil
                })
        {
            return cursor
        }
        return sentence.upperBound
    }

    /// The bytes of an instrument's clause; an empty clause (the title runs to the sentence end) is its last
    /// token. `nil` when the text has no tokens.
    private func clauseBytes(_ clause: Range<Int>, titleEnd end: Int, of prose: ProseText) -> Range<Int>? {
        let lastToken = min(max(clause.upperBound, end) - 1, prose.tokens.count - 1)
        guard lastToken >= 0 else { return nil }
        let firstToken = min(clause.lowerBound, lastToken)
        let lowerByte = prose.tokens[firstToken].range.lowerBound
        return lowerByte..<max(lowerByte, prose.tokens[lastToken].range.upperBound)
    }

    /// An instrument's date: one in its clause, else one that opens its sentence ("In 2015, … signed a defence
    /// agreement"), else the day the text is dated when the clause says so ("… was due to be signed the same
    /// day"). A year left out is read forwards for a planned instrument, backwards for the others.
    private func instrumentDate(
        in byteRange: Range<Int>, clause: Range<Int>, sentence: Range<Int>, titleStart start: Int,
        status: Partnership.Status?, of prose: ProseText, reference: PartialDate?
    ) -> PartialDate? {
        let parser = PartnershipExtractor.dateParser(for: status)
        let sameDay = clause.contains { cursor in Compiled.sameDay.contains { prose.matches($0, at: cursor) } }
        return
            (prose.firstDate(parser, in: byteRange, reference: reference)
            ?? openingDate(of: sentence, before: start, in: prose, parser: parser, reference: reference))?.value.start
            ?? (sameDay ? reference : nil)
    }

    /// The city after "in" in an instrument's clause ("signed in Astana"), by canonical name.
    private func cityPlace(in clause: Range<Int>, of prose: ProseText) -> String? {
        for cursor in clause where prose.id(cursor) == Compiled.in && cursor + 1 < clause.upperBound {
            if let (mention, _) = prose.mention(at: cursor + 1), mention.kind == .city {
                return prose.entity(of: mention).id
            }
        }
        return nil
    }

    /// What an instrument's clause says it covers ("covering energy and transport"), unless another instrument
    /// or count of documents comes first ("a joint statement and 15 agreements covering trade": the
    /// agreements cover it).
    private func clauseTopics(in clause: Range<Int>, after end: Int, of prose: ProseText) -> [String] {
        guard let link = clause.first(where: { prose.word($0, in: Compiled.topicLinks) }),
            !(end..<link).contains(where: {
                prose.word($0, in: Compiled.documentNouns)
                    || (prose.id($0) >= 0 && PartnershipExtractor.instrumentsByWord[Int(prose.id($0))] != nil)
            })
        else { return [] }
        return topics(from: link + 1, before: clause.upperBound, of: prose)
    }

    /// Tokens an instrument's title looks back for "signed" ("X and Y signed the …"): a subject of a few
    /// names with their titles fits.
    static let signedLookBack = 16
    /// Tokens the people who signed may span before their verb: a few names with their titles ("Rahmon and
    /// Belarusian President Alexander Lukashenko signed …").
    static let signerReach = 16

    /// The signatories of an instrument: "signed by X and Y" in its clause, else "X and Y signed" right
    /// before its title.
    private func instrumentSignatories(
        titleStart start: Int, clause: Range<Int>, sentence: Range<Int>, of prose: ProseText, on date: PartialDate?
    ) -> [Signatory] {
        let signatories = self.signatories(in: clause, of: prose, on: date)
        guard signatories.isEmpty,
            let signed = (max(sentence.lowerBound, start - PartnershipExtractor.signedLookBack)..<start).last(where: {
                prose.id($0) == Compiled.signed
            })
        else { return signatories }
        return self.signatories(
            before: signed, from: max(sentence.lowerBound, signed - PartnershipExtractor.signerReach), of: prose,
            on: date)
    }

    /// Tokens before an instrument's title its subject is looked for in: far enough for a subject, and a
    /// bound on long sentences.
    static let subjectReach = 16

    /// The parties an instrument's sentence names as its subject, before its title: two or more countries
    /// ("Tajikistan and China signed a memorandum"), else two or more parties with organisations ("The
    /// CSTO and Tajikistan adopted a declaration"), else one party and the one after "with" in the clause
    /// ("Kazakhstan signed an agreement with the EU"). Empty when the subject names fewer.
    func subjectParties(
        before start: Int, in sentence: Range<Int>, clause: Range<Int>, of prose: ProseText, on date: PartialDate?
    ) -> [EntityID] {
        let subject =
            max(sentence.lowerBound, start - PartnershipExtractor.subjectReach)..<max(sentence.lowerBound, start)
        let countries = parties(in: subject, of: prose, countriesOnly: true)
        if countries.count >= 2 { return countries }
        var named = parties(in: subject, of: prose)
        if named.count >= 2 { return named }
        // A speaker or leader stands for their country ("Berdimuhamedov said a gas agreement with China …"),
        // and an EU official for the EU, not for its members.
        let fromPerson = named.isEmpty
        if named.isEmpty, let party = peoplesParties(in: subject, of: prose, on: date).first { named = [party] }
        if named.count == 1, let with = clause.first(where: { prose.id($0) == Compiled.with }) {
            let next = prose.id(with + 1) == Compiled.the ? with + 2 : with + 1
            if next < clause.upperBound, let (partner, _) = party(at: next, in: prose), partner != named[0] {
                return [named[0], partner]
            }
        }
        // An organisation alone acts for its members ("The C5+1 foreign ministers adopted a roadmap").
        if named.count == 1, !fromPerson, case .organization = named[0].kind,
            let organization = organizations[named[0].id]
        {
            let members = participants(of: organization).map { EntityID.country($0) }
            if members.count >= 2 { return members }
        }
        return []
    }

    /// Tokens a sentence's opening words may run before their comma for a date in them to count ("In June
    /// 2015,", "On 12 March last year,"): a date phrase with its preposition fits.
    static let openingReach = 8

    /// A date in the words that open a sentence up to its first comma, when that comma comes within
    /// ``openingReach`` tokens and before `limit` ("In 2015, von der Leyen signed …").
    func openingDate(
        of sentence: Range<Int>, before limit: Int, in prose: ProseText, parser: DatePhraseParser,
        reference: PartialDate?
    ) -> DatePhrase? {
        guard prose.sentenceRange(of: sentence.lowerBound).lowerBound == sentence.lowerBound,
            let comma = (sentence.lowerBound..<min(limit, sentence.lowerBound + PartnershipExtractor.openingReach))
                .first(where: {
                    prose.id($0) == Compiled.comma
                }), comma > sentence.lowerBound
        else { return nil }
        let bytes = prose.tokens[sentence.lowerBound].range.lowerBound..<prose.tokens[comma].range.lowerBound
        return prose.firstDate(parser, in: bytes, reference: reference)
    }

    /// Whether the parties of the partnership named before can stand for an instrument's: there are some,
    /// and every signatory's country is among them (documents that Aliyev signed are not an agreement of
    /// two other countries).
    func fits(_ previous: [EntityID], _ signatories: [Signatory]) -> Bool {
        !previous.isEmpty
            && signatories.allSatisfy { signatory in signatory.party.map { previous.contains($0) } ?? true }
    }

    /// The participants of a format or organisation that a sentence names together with every one of them
    /// ("The Secretary of State of the United States, the ministers of Kazakhstan, … issue this Joint
    /// Declaration … in the C5+1 format"): the sentence's instrument is the format's. Empty otherwise (two of
    /// its members signing at its summit is theirs).
    func formatNamedWhole(in sentence: Range<Int>, of prose: ProseText) -> [EntityID] {
        let named = parties(in: sentence, of: prose)
        for party in named where party.kind == .organization {
            guard let organization = organizations[party.id] else { continue }
            let members = participants(of: organization).map(EntityID.country)
            if members.count >= 2, members.allSatisfy(named.contains) { return members }
        }
        return []
    }

    /// Whether an object of a verb starts at a token: an article before a capitalised word or an
    /// instrument's noun ("the Astana Declaration", "a memorandum", "a new agreement").
    func hasObject(at next: Int, before limit: Int, of prose: ProseText) -> Bool {
        guard next + 1 < limit, prose.word(next, in: Compiled.articles) else { return false }
        if prose.tokens[next + 1].isWord, prose.tokens[next + 1].isCapitalized { return true }
        return [next + 1, next + 2].contains { cursor in
            cursor < limit && prose.id(cursor) >= 0
                && PartnershipExtractor.instrumentsByWord[Int(prose.id(cursor))] != nil
        }
    }

    /// Where an instrument's title starts: the capitalised words before its noun, with the connectors
    /// between them ("Strategic Partnership and Cooperation Agreement"); with `joined`, the word the noun
    /// needs before it ("joint" of "joint statement") too.
    func titleStart(before position: Int, in sentence: Range<Int>, joined: Bool, of prose: ProseText) -> Int {
        var start = position
        var cursor = position - 1
        while cursor > sentence.lowerBound {
            let word = prose.tokens[cursor]
            let capitalised =
                word.isWord && word.isCapitalized && !prose.word(cursor, in: Compiled.determiners)
                && !prose.word(cursor, in: Compiled.titleVerbs)
            let connector =
                prose.word(cursor, in: Compiled.titleConnectors) && cursor - 1 > sentence.lowerBound
                && prose.tokens[cursor - 1].isCapitalized
                && !prose.word(cursor - 1, in: Compiled.determiners)
            guard capitalised || connector || (joined && cursor == position - 1) else { break }
            start = cursor
            cursor -= 1
        }
        return start
    }

    /// Tokens an instrument title's "on …" part may run ("on the Kambarata-1 Hydropower Plant"): a topic of a
    /// few words fits, and a sentence that runs on is cut.
    static let titleLinkReach = 8

    /// The token after an instrument's title and the topic its "on …" part names: the noun's own tail
    /// ("Memorandum of Understanding"), then words up to a stop, names whole ("on the C5+1 Ministerial").
    func titleTail(after position: Int, in sentence: Range<Int>, of prose: ProseText) -> (Int, [String]) {
        var end = position + 1
        // "Memorandum of Understanding": the noun's own tail, part of the title and no topic.
        if end + Compiled.nounTail.count <= sentence.upperBound, prose.matches(Compiled.nounTail, at: end) {
            end += Compiled.nounTail.count
        }
        var topics: [String] = []
        if prose.word(end, in: Compiled.titleLinks) {
            var cursor = end + 1
            while cursor < sentence.upperBound, cursor < end + PartnershipExtractor.titleLinkReach {
                // A name is part of the title, marks and all ("on the C5+1 Ministerial").
                if let (_, after) = prose.mention(at: cursor), after > cursor + 1 {
                    cursor = min(after, sentence.upperBound)
                    continue
                }
                let word = prose.tokens[cursor]
                if word.isWord {
                    guard
                        !prose.word(cursor, in: Compiled.titleStops) || word.isCapitalized
                            || joinsCapitalized(at: cursor, of: prose)
                    else { break }
                } else if !isNumberDash(at: cursor, in: prose, before: sentence.upperBound) {
                    break
                }
                cursor += 1
            }
            // A part that ends in "the" or "a" before a stop ("on the sidelines") names nothing.
            var last = cursor - 1
            while last > end, prose.word(last, in: Compiled.articles) { last -= 1 }
            if last > end {
                topics = self.topic(end + 1...last, of: prose).map { [$0] } ?? []
                end = last + 1
            }
        }
        return (end, topics)
    }

    /// Tokens a name may span: an instrument's noun this far after the start of an organisation's name may
    /// be inside it ("Collective Security Treaty Organization").
    static let nameReach = 6

    /// Whether a token lies inside an organisation's name ("the Collective Security Treaty Organization"
    /// names no treaty).
    private func insideOrganizationName(_ position: Int, of prose: ProseText) -> Bool {
        for start in max(0, position - PartnershipExtractor.nameReach)...position {
            if let (mention, end) = prose.mention(at: start), end > position, mention.kind == .organization {
                return true
            }
        }
        return false
    }

    /// Whether a lower-case connector in a title's "on …" part joins two capitalised words ("of Partnership
    /// and Cooperation"); a name after it starts something else ("on Trade and Kazakhstan").
    private func joinsCapitalized(at cursor: Int, of prose: ProseText) -> Bool {
        cursor > 0 && cursor + 1 < prose.tokens.count && prose.word(cursor, in: Compiled.titleConnectors)
            && prose.tokens[cursor - 1].isCapitalized && prose.tokens[cursor + 1].isCapitalized
            && prose.tokens[cursor + 1].isWord && prose.mention(at: cursor + 1) == nil
    }

    /// Whether a token is a dash between two numbers ("2025–2027").
    private func isNumberDash(at cursor: Int, in prose: ProseText, before end: Int) -> Bool {
        cursor > 0 && cursor + 1 < end && (prose.id(cursor) == Compiled.enDash || prose.id(cursor) == Compiled.hyphen)
            && prose.tokens[cursor - 1].number != nil && prose.tokens[cursor + 1].number != nil
    }

    /// The people after "signed by" in a clause, with the country and the office each held on a date.
    func signatories(in clause: Range<Int>, of prose: ProseText, on date: PartialDate?) -> [Signatory] {
        guard let by = clause.first(where: { prose.id($0) == Compiled.by && prose.id($0 - 1) == Compiled.signed })
        else {
            return []
        }
        var result: [Signatory] = []
        var cursor = by + 1
        while cursor < clause.upperBound,
            !prose.word(cursor, in: Compiled.signatoryStops) || cursor == by + 1
        {
            if let (mention, end) = prose.mention(at: cursor) {
                if let signatory = signatory(mention, of: prose, on: date) { result.append(signatory) }
                cursor = end
            } else {
                cursor += 1
            }
        }
        return result
    }

    /// The people named right before a token and joined by "and", commas or the capitalised words of
    /// their titles, as the subject of a verb ("Earlier, Xi and Mirziyoyev signed …", "Rahmon and Belarusian
    /// President Alexander Lukashenko signed …"); any other word between them ends the list.
    func signatories(before verb: Int, from start: Int, of prose: ProseText, on date: PartialDate?) -> [Signatory] {
        var result: [Signatory] = []
        var cursor = start
        while cursor < verb {
            if let (mention, end) = prose.mention(at: cursor), mention.kind == .person {
                if let signatory = signatory(mention, of: prose, on: date), !result.contains(signatory) {
                    result.append(signatory)
                }
                cursor = end
            } else if prose.id(cursor) == Compiled.and || prose.id(cursor) == Compiled.comma
                || (prose.tokens[cursor].isWord && prose.tokens[cursor].isCapitalized)
            {
                // "and", a comma, or a capitalised word of a title ("Belarusian President …").
                cursor += 1
            } else {
                result.removeAll()
                cursor += 1
            }
        }
        return result
    }

    /// A person mention as a signatory: the country they act for and the office held on a date.
    private func signatory(_ mention: ProseText.MentionSpan, of prose: ProseText, on date: PartialDate?) -> Signatory? {
        guard mention.kind == .person, let person = people[prose.entity(of: mention).id] else {
            return nil
        }
        let acting = actingOffice(of: person, on: date)
        return Signatory(
            name: person.name, country: acting?.organization == nil ? acting?.country ?? person.country : nil,
            office: date == nil ? nil : acting?.title, organization: acting?.organization)
    }

    /// The office a person acts in on a date: the one held then; with no date, the one the gazetteer lists
    /// as held. Its country or organisation is what the person stands for ("President of the European
    /// Commission": Ursula von der Leyen acts for the EU, not for Germany).
    private func actingOffice(of person: Person, on date: PartialDate?) -> Office? {
        guard let date else { return person.offices.first { $0.end == nil } }
        return person.offices.first { $0.isHeld(on: date) }
    }

    /// The party a person stands for on a date: the country or organisation of their acting office, else
    /// their own country.
    func actingParty(of person: Person, on date: PartialDate?) -> EntityID? {
        let office = actingOffice(of: person, on: date)
        if let organization = office?.organization { return .organization(organization) }
        return (office?.country ?? person.country).map(EntityID.country)
    }

    /// An instrument between an organisation and some of its own members ("Belarus and the SCO signed …"
    /// at an SCO summit) binds all its members: its parties are the organisation's member states.
    func forMembers(_ partnership: Partnership) -> Partnership {
        let organizations = partnership.parties.compactMap { party -> Organization? in
            guard case .organization = party.kind else { return nil }
            return self.organizations[party.id]
        }
        guard organizations.count == 1, let organization = organizations.first,
            partnership.kind != .format, partnership.kind != .partnership
        else { return partnership }
        let members = participants(of: organization)
        let countries = partnership.parties.filter { $0.kind == .country }.compactMap { CountryCode($0.id) }
        guard members.count >= 2, countries.allSatisfy(members.contains) else { return partnership }
        var bound = partnership
        bound.parties = members.map(EntityID.country)
        return bound
    }

    /// Tokens of marks that may stand between an organisation's name and the word that makes it a format
    /// (the closing quotes of "the “C5+1” format"): a quote and a bracket or two fit.
    static let formatMarkReach = 3

    /// A format named beside an organisation that is one ("the “C5+1” format", "the C5+1 initiative", "the
    /// C5+1 regional diplomatic platform"): discussed, as the text talks of it.
    func format(at position: Int, in prose: ProseText) -> Partnership? {
        guard let (mention, end) = prose.mention(at: position), mention.kind == .organization,
            let organization = organizations[prose.entity(of: mention).id]
        else { return nil }
        let sentenceEnd = prose.sentenceWindow(of: position).upperBound
        var cursor = end
        while cursor < min(end + PartnershipExtractor.formatMarkReach, sentenceEnd), !prose.tokens[cursor].isWord {
            cursor += 1
        }
        let qualifiers = cursor
        while cursor < min(qualifiers + PartnershipExtractor.formatQualifierReach, sentenceEnd),
            prose.word(cursor, in: Compiled.formatQualifiers)
        {
            cursor += 1
        }
        guard cursor < sentenceEnd, prose.word(cursor, in: Compiled.formatWords) else { return nil }
        // A capitalised noun with an "on …" part is a document's title ("the SCO Initiative on World Unity").
        if prose.tokens[cursor].isCapitalized, prose.word(cursor + 1, in: Compiled.titleLinks) { return nil }
        let parties = participants(of: organization).map { EntityID.country($0) }
        guard !parties.isEmpty else { return nil }
        return Partnership(parties: parties, kind: .format, title: organization.name, status: .discussed)
    }

    /// A partner named by a possessive ("The EU is our largest trade partner"): the party named before it in
    /// the sentence, and the country the text is about.
    func partner(at position: Int, in prose: ProseText) -> Partnership? {
        guard prose.word(position, in: Compiled.possessives) else { return nil }
        let sentence = prose.sentenceWindow(of: position)
        var cursor = position + 1
        while cursor < sentence.upperBound, prose.word(cursor, in: Compiled.partnerQualifiers) { cursor += 1 }
        guard cursor > position + 1, cursor < sentence.upperBound, prose.word(cursor, in: Compiled.partnerNouns),
            let subject = primaryCountry(of: prose)
        else { return nil }
        guard let other = lastParty(in: sentence.lowerBound..<position, of: prose, excluding: subject) else {
            return nil
        }
        return Partnership(parties: [subject, other], kind: .partnership, status: .existing)
    }

    /// Tokens a list of topics may span ("energy, transport, agriculture and joint research"): a list that
    /// runs on further is prose, not topics.
    static let topicListReach = 16

    /// A list of what something covers, from a token: words up to a comma or "and" make one topic
    /// ("energy, transport and joint research" → three); another mark, a word that ends a title's "on …"
    /// part ("in", "with", "signed" …) or the end of the sentence ends the list. A list still running
    /// after ``topicListReach`` tokens is not a list of topics.
    func topics(from start: Int, before end: Int, of prose: ProseText) -> [String] {
        var topics: [String] = []
        var first = start
        var cursor = start
        while cursor < end {
            guard cursor < start + PartnershipExtractor.topicListReach else { return [] }
            let isComma = prose.id(cursor) == Compiled.comma
            let isAnd = prose.id(cursor) == Compiled.and
            if isComma || isAnd {
                if cursor > first, let topic = topic(first...(cursor - 1), of: prose) { topics.append(topic) }
                first = cursor + 1
            } else if !prose.tokens[cursor].isWord || prose.word(cursor, in: Compiled.titleStops) {
                break
            }
            cursor += 1
        }
        if cursor > first, let topic = topic(first...(cursor - 1), of: prose) { topics.append(topic) }
        // Each topic once ("covering mining and mining"); a list is short (``topicListReach``), so it is
        // searched rather than hashed.
        guard topics.count > 1 else { return topics }
        var unique: [String] = []
        for topic in topics where !unique.contains(where: { $0.equalsIgnoringCase(topic) }) { unique.append(topic) }
        return unique
    }

    /// A topic from some tokens, without a leading article ("the Kambarata-1 HPP" → "Kambarata-1 HPP");
    /// `nil` when no word with a letter is left ("2025–2028").
    func topic(_ tokens: ClosedRange<Int>, of prose: ProseText) -> String? {
        var first = tokens.lowerBound
        while first < tokens.upperBound, prose.word(first, in: Compiled.articles) { first += 1 }
        guard first <= tokens.upperBound, tokens.upperBound < prose.tokens.count else { return nil }
        let range = prose.tokens[first].range.lowerBound..<prose.tokens[tokens.upperBound].range.upperBound
        // Text of ASCII holds a letter exactly when one of its bytes is one; other text is read as characters.
        if !prose.bytes[range].contains(where: { $0 >= 0x80 }) {
            return prose.bytes[range].contains { ($0 | 0x20) &- 0x61 < 26 } ? prose.string(range) : nil
        }
        let text = prose.string(range)
        return text.contains(where: \.isLetter) ? text : nil
    }

    /// The parties the people named in a range of tokens stand for on a date (their countries, or the
    /// organisation of an office such as the EU's), each once, in order.
    func peoplesParties(in tokens: Range<Int>, of prose: ProseText, on date: PartialDate?) -> [EntityID] {
        var result: [EntityID] = []
        prose.forEachMention(in: tokens) { mention, _ in
            if mention.kind == .person, let person = people[prose.entity(of: mention).id],
                let party = actingParty(of: person, on: date), !result.contains(party)
            {
                result.append(party)
            }
        }
        return result
    }
}
