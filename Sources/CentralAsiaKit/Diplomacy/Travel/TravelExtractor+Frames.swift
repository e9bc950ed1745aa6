extension TravelExtractor {
    /// Tokens a journey cue's place may stand after it: the cue's object may come between ("led a U.S.
    /// delegation to", "traveled last week to").
    static let journeyReach = 8
    /// Tokens before a person's name searched for a title that makes them resident ("Ambassador") or a
    /// country that names theirs ("Azerbaijani President Ilham Aliyev", "President of Turkmenistan").
    static let titleReach = 4
    /// Tokens a frame reads on either side of its cue within its sentence: a long sentence's list of
    /// participants ("held talks with A, B, C, D and E") fits, a run-on text is not read to its ends.
    static let frameRadius = 48
    /// How an English participle ends ("heading"): its tense is its clause's.
    static let participleEnding = "ing"
    /// Lines at the top of an article searched for a dateline ("ASTANA, July 4 —", "May 3, 2019, Moscow").
    static let datelineLines = 4
    /// The longest line read as a dateline of its own ("September 15, 2022, Samarkand").
    static let datelineLineBytes = 80

    /// Where a frame happens: a country, and the city when named.
    struct FramePlace {
        /// The country.
        var country: CountryCode
        /// The city, by canonical name.
        var city: String?
        /// Whether a multilateral event is held there.
        var isEvent = false
        /// Whether the place comes from the article's dateline.
        var isDateline = false
        /// The dateline's date, for a place that comes from it.
        var date: DateOrSpan?
    }

    /// What one cue tells: its status, kind and the tokens of its sentence.
    struct FrameReading {
        /// The cue.
        let cue: VisitFrameTable.Cue
        /// The cue's first token.
        let position: Int
        /// The cue's sentence.
        let sentence: Range<Int>
        /// The part of the sentence its people and place are read from: up to ";" or a comma that opens another
        /// main clause ("…, while …") on either side.
        let span: Range<Int>
    }

    /// The place an article is at from its start: its dateline's city ("ASTANA, July 4 —", "SAMARKAND,
    /// Uzbekistan, April 4", or a line of its own with a date, "September 15, 2022, Samarkand").
    func datelinePlace(_ prose: ProseText, reference: PartialDate?) -> FramePlace? {
        let bytes = prose.bytes
        var lineStart = 0
        var mention = 0
        for _ in 0..<TravelExtractor.datelineLines {
            guard lineStart < bytes.count else { return nil }
            let lineEnd =
                bytes.withUnsafeBufferPointer {
                    ByteSearch.firstIndex(of: 0x0A, in: $0, from: lineStart, to: $0.count)
                } ?? bytes.count
            // The mentions are in text order: the line's are the ones from the first that starts in it. The city
            // that opens the line, if any, and the line's last city.
            var (opening, last): (ProseText.MentionSpan?, ProseText.MentionSpan?) = (nil, nil)
            while mention < prose.mentions.count, prose.mentions[mention].range.lowerBound < lineEnd {
                let span = prose.mentions[mention]
                mention += 1
                guard span.kind == .city, span.range.lowerBound >= lineStart else { continue }
                last = span
                if opening == nil, span.range.lowerBound == lineStart,
                    opensDateline(bytes, at: span.range.upperBound, capitals: !hasLowerCase(bytes[span.range]))
                {
                    opening = span
                }
            }
            let ownLine =
                lineEnd - lineStart <= TravelExtractor.datelineLineBytes
                && bytes[lineStart..<lineEnd].contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            if let city = opening ?? (ownLine ? last : nil) {
                let name = prose.entity(of: city).id
                let event = namesEvent(bytes, lineStart..<lineEnd)
                let date = DatePhraseParser(yearInference: .notAfterReference).first(
                    inUTF8: bytes, range: lineStart..<lineEnd, reference: reference)?.value
                return cityCountries[name].map {
                    FramePlace(country: $0, city: name, isEvent: event, isDateline: true, date: date)
                }
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// Whether a line names a multilateral event: one of ``VisitFrameTable/eventWords`` among its words (its
    /// runs of letters, in any case). A line of ASCII, typographic dashes and quotes and no-break spaces is read
    /// from its bytes; another is read as text, for its Unicode letters and case.
    private func namesEvent(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard isPlain(bytes, line) else {
            let text = String(decoding: bytes[line], as: UTF8.self).lowercased()
            return text.split { !$0.isLetter }.contains { frames.eventWords.contains(ProseText.id(of: String($0))) }
        }
        // Every byte of a typographic mark or a no-break space is one of no letter.
        return bytes.withUnsafeBufferPointer { buffer in
            ProseText.containsRun(in: line, of: buffer, where: { ($0 | 0x20) &- 0x61 < 26 }) { word in
                guard let id = ProseText.vocabulary.index(of: UnsafeBufferPointer(rebasing: buffer[word])) else {
                    return false
                }
                return frames.eventWords.contains(Int32(id))
            }
        }
    }

    /// Whether a line holds only ASCII, typographic marks (U+2010…U+201F: dashes and quotes) and no-break spaces:
    /// characters that are letters only in ASCII and that lower-casing leaves as they are, but for ASCII letters.
    private func isPlain(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if byte == 0xE2, index + 2 < line.upperBound, bytes[index + 1] == 0x80,
                bytes[index + 2] &- 0x90 < 0x10
            {
                index += 3
            } else if byte == 0xC2, index + 1 < line.upperBound, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                return false
            }
        }
        return true
    }

    /// Whether the bytes after a city at a line's start make it a dateline: a comma, "(" or a dash, or, after
    /// a city written in capitals, a full stop ("ТАШКЕНТ. 1–2 ноября …").
    private func opensDateline(_ bytes: [UInt8], at offset: Int, capitals: Bool) -> Bool {
        var cursor = offset
        while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
        guard cursor < bytes.count else { return false }
        if capitals, bytes[cursor] == UInt8(ascii: ".") { return true }
        // "," "(" "-", or the first byte of "—" and "–" (E2 80 94, E2 80 93).
        return [UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: "-"), 0xE2].contains(bytes[cursor])
    }

    /// Whether some UTF-8 bytes hold a lower-case letter.
    private func hasLowerCase(_ bytes: ArraySlice<UInt8>) -> Bool {
        String(decoding: bytes, as: UTF8.self).contains { $0.isLowercase }
    }

    /// Reads the visits that frames tell: a journey ("traveled to Brussels", "arrived in Minsk", "left for
    /// Baku", "led a delegation to …") whose subject travels, or a presence ("met … in Tashkent", "held talks
    /// with …", "are taking part in the summit") that puts everyone named at its place. A presence that names
    /// no place is at the last event's place when it names an event, else at the last place named in its
    /// paragraph, else at the article's dateline; one that names a place the gazetteer does not know is at
    /// none. A person from another country than the place's is visiting; hosts, resident ambassadors, calls,
    /// letters, invitations, conditions and denials are not.
    func readFrames(_ prose: ProseText, reference: PartialDate?) -> [Visit] {
        var scenes = Scenes()
        var visits: [Visit] = []
        for position in prose.tokens.indices where prose.tokens[position].flags & ProseText.frameTrigger != 0 {
            guard let cue = frames.cue(at: position, in: prose) else { continue }
            // A bounded window of the sentence: a run-on sentence full of cues costs what short ones do.
            let sentence = prose.sentenceWindow(of: position, radius: TravelExtractor.frameRadius)
            let reading = FrameReading(
                cue: cue, position: position, sentence: sentence, span: presenceSpan(of: position, in: sentence, prose))
            // The people first: most cues in a text name nobody, and their places are never looked up.
            let people = cue.role == .journey ? subjects(of: reading, in: prose) : present(in: reading, of: prose)
            guard !people.isEmpty, !isBlocked(reading, in: prose) else { continue }
            let event = isEvent(reading, in: prose)
            let paragraph = prose.lineStart(of: prose.tokens[position].range.lowerBound)
            var places: [FramePlace]
            switch cue.role {
            case .journey:
                places = journeyPlaces(after: position + cue.phrase.count, reading, in: prose)
                if places.isEmpty, let place = referredPlace(reading, people, in: prose) { places = [place] }
            case .presence:
                switch presencePlace(reading, in: prose) {
                case .known(let place): places = [place]
                case .unknown: places = []
                case .none:
                    let place = scenes.place(event: event, paragraph: paragraph) {
                        datelinePlace(prose, reference: reference)
                    }
                    places = place.map { [$0] } ?? []
                }
            }
            for index in places.indices {
                places[index].isEvent = places[index].isEvent || event
                for visit in frameVisits(reading, people, at: places[index], in: prose, reference: reference) {
                    visits.merge(visit)
                }
            }
            if let last = places.last { scenes.note(last, paragraph: paragraph) }
        }
        return visits
    }

    /// The places an article is at as it is read: its dateline's, the last event's, and the last one named in
    /// the current paragraph.
    struct Scenes {
        /// The dateline's place, once read (it is read when a frame first needs it).
        private var dateline: FramePlace??
        /// The last place a multilateral event is held at, after the dateline's.
        private var event: FramePlace?
        /// The last place named, and the paragraph (the offset of its line) it was named in.
        private var named: (place: FramePlace, paragraph: Int)?

        /// The dateline's place, read by `readDateline` on first use.
        private mutating func datelinePlace(_ readDateline: () -> FramePlace?) -> FramePlace? {
            if let dateline { return dateline }
            let read = readDateline()
            dateline = .some(read)
            return read
        }

        /// Where a presence that names no place is, in a paragraph: at an event, the last event's place or
        /// the dateline's when it is an event's (none else: "met … at the UN General Assembly" is not at the
        /// dateline); else the paragraph's last place, else the dateline's.
        ///
        /// - Parameter readDateline: Reads the dateline's place (called once, when first needed).
        mutating func place(
            event isEvent: Bool, paragraph: Int, dateline readDateline: () -> FramePlace?
        )
            -> FramePlace?
        {
            let dateline = datelinePlace(readDateline)
            if isEvent { return event ?? (dateline?.isEvent == true ? dateline : nil) }
            return (named?.paragraph == paragraph ? named?.place : nil) ?? dateline
        }

        /// Takes note of a place a frame was at.
        mutating func note(_ place: FramePlace, paragraph: Int) {
            if place.isEvent { event = place }
            if !place.isDateline { named = (place, paragraph) }
        }
    }

    /// The visits of one frame at its place: one per person there from another country.
    private func frameVisits(
        _ reading: FrameReading, _ people: [FramePerson], at place: FramePlace, in prose: ProseText,
        reference: PartialDate?
    ) -> [Visit] {
        let visitors = people.filter { isVisitor($0, at: place, journey: reading.cue.role == .journey, in: prose) }
        guard !visitors.isEmpty else { return [] }
        var status = status(of: reading, in: prose)
        var date = frameDate(reading, status: status, people: visitors, in: prose, reference: reference)
        let today = reference.flatMap { $0.day == nil ? nil : DateOrSpan.date($0) }
        if status == .completed, prose.word(reading.position, in: frames.arrivalWords), date != nil, date == today {
            status = .ongoing
        }
        if date == nil, place.isDateline { date = place.date }
        if date == nil, status == .ongoing || place.isDateline || isToday(reading, in: prose) { date = today }
        let kind = kind(of: reading, at: place, in: prose)
        return visitors.map { person in
            Visit(
                person: person.name, destination: place.country, city: place.city, kind: kind, status: status,
                date: date)
        }
    }
}

extension [Visit] {
    /// Adds a visit, or folds it into one already read for the same traveller and country.
    fileprivate mutating func merge(_ visit: Visit) {
        guard let same = firstIndex(where: { $0.person == visit.person && $0.destination == visit.destination }) else {
            append(visit)
            return
        }
        self[same].fill(from: visit)
    }
}

extension Visit {
    /// Takes from another reading of the same visit what this one does not say: city, date, a known kind, event.
    mutating func fill(from other: Visit) {
        city = city ?? other.city
        date = date ?? other.date
        if kind == .unspecified { kind = other.kind }
        event = event ?? other.event
    }
}
