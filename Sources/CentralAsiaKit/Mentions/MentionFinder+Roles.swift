extension MentionAutomaton {
    /// A person of one text named after a title ("Foreign Minister Murat Nurtleu") whom the gazetteer does
    /// not know.
    struct TitledPerson: Sendable, Equatable {
        /// The full name as written, its words joined by one space ("Donald Lu").
        var name: String
        /// The country named before the title ("Kazakh …") or after "of" in its qualifier.
        var country: CountryCode?
        /// The last word of the name as written ("Lu"), which alone denotes the person later in the text.
        var surname: String
    }

    /// The mentions chosen in one text, in text order; a reading whose entity index is past the gazetteer's
    /// entities is ``titled`` at that index minus their count.
    struct Choice {
        /// The mentions.
        var items: [(found: RawMatch, reading: Candidate)]
        /// The people named by title.
        var titled: [TitledPerson]
    }

    /// A name read after a title: its words' byte ranges, and the country its qualifier names after "of".
    private struct TitledName {
        var words: [Range<Int>] = []
        var country: CountryCode?
        var isQualified = false
        /// The last connector was "of" (a country after it is the person's: "Minister … of Kazakhstan").
        var isAfterOf = false
        /// The run of words before the last "of" or "for", the name when no other run follows.
        var fallback: [Range<Int>] = []
    }

    /// Whether an entity is one of the titles of ``roles``.
    func isTitle(_ entity: Int32) -> Bool { entity >= firstTitleEntity && Int(entity) < entities.count }

    /// Reads the people named after the titles found by the scan (the rules are listed on ``MentionFinder``)
    /// and adds their mentions to the others.
    ///
    /// - Parameters:
    ///   - items: The gazetteer's mentions, in text order, without the titles.
    ///   - titles: The titles found, in text order.
    ///   - bytes: The text.
    /// - Returns: All mentions in text order, and the people named by title they point to.
    func resolveRoles(
        _ items: [(found: RawMatch, reading: Candidate)], titles: [RawMatch], in bytes: UnsafeBufferPointer<UInt8>
    ) -> Choice {
        var (titled, added, singles) = namesAfterTitles(titles, items: items, in: bytes)
        guard !titled.isEmpty else { return Choice(items: items, titled: []) }
        added += resolveSurnames(singles, full: added, titled: titled, in: bytes)
        added += laterSurnames(full: added, titled: titled, avoiding: items, in: bytes)
        added.sort { $0.found.start < $1.found.start }
        return Choice(items: merged(items, added), titled: titled)
    }

    /// Reads the name after each chain of titles ("Deputy Prime Minister"): the people named in full, the
    /// mentions of those names, and the names of one word, left for ``resolveSurnames(_:full:titled:in:)``.
    private func namesAfterTitles(
        _ titles: [RawMatch], items: [(found: RawMatch, reading: Candidate)], in bytes: UnsafeBufferPointer<UInt8>
    ) -> (titled: [TitledPerson], added: [(found: RawMatch, reading: Candidate)], singles: [RawMatch]) {
        var titled: [TitledPerson] = []
        var added: [(found: RawMatch, reading: Candidate)] = []
        var singles: [RawMatch] = []
        var index = 0
        var read = 0
        while index < titles.count {
            // A title within the qualifier of the one before ("Special Envoy of the President of Russia …").
            if titles[index].start < read {
                index += 1
                continue
            }
            var last = index
            while last + 1 < titles.count, titles[last + 1].start == titles[last].end + 1,
                bytes[titles[last].end] == 0x20
            {
                last += 1
            }
            let chain = titles[index]
            index = last + 1
            guard !roles.modifiers.contains(text(bytes, titles[last].start..<titles[last].end).lowercased()),
                let name = titledName(after: titles[last].end, items: items, titles: titles, in: bytes),
                let first = name.words.first, let final = name.words.last
            else { continue }
            read = final.upperBound
            var found = chain
            found.start = first.lowerBound
            found.end = final.upperBound
            found.phrase = -1
            guard name.words.count > 1 else {
                singles.append(found)
                continue
            }
            let person = TitledPerson(
                name: name.words.map { text(bytes, $0) }.joined(separator: " "),
                country: name.country ?? country(before: chain.start, items: items, in: bytes),
                surname: text(bytes, final))
            let position = titled.firstIndex { $0.name == person.name } ?? titled.count
            if position == titled.count { titled.append(person) }
            added.append((found, Candidate(entity: Int32(entities.count + position), match: .role, isWeak: false)))
        }
        return (titled, added, singles)
    }

    /// The gazetteer's mentions and those read after titles (both in text order), merged in text order; a
    /// mention that overlaps the one before it (a surname inside a name read by title, or read twice) is
    /// left out, so the mentions never overlap.
    private func merged(
        _ items: [(found: RawMatch, reading: Candidate)], _ added: [(found: RawMatch, reading: Candidate)]
    ) -> [(found: RawMatch, reading: Candidate)] {
        var merged: [(found: RawMatch, reading: Candidate)] = []
        merged.reserveCapacity(items.count + added.count)
        func keep(_ mention: (found: RawMatch, reading: Candidate)) {
            if let last = merged.last, mention.found.start < last.found.end { return }
            merged.append(mention)
        }
        var next = 0
        for item in items {
            while next < added.count, added[next].found.start < item.found.start {
                keep(added[next])
                next += 1
            }
            keep(item)
        }
        for mention in added[next...] { keep(mention) }
        return merged
    }

    /// The name after a title (the rules are listed on ``MentionFinder``), or `nil` when a known person,
    /// nothing or something else follows.
    private func titledName(
        after end: Int, items: [(found: RawMatch, reading: Candidate)], titles: [RawMatch],
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> TitledName? {
        var cursor = end
        // "Dr." and other abbreviations.
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") { cursor += 1 }
        guard cursor + 1 < bytes.count, bytes[cursor] == 0x20 else { return nil }
        var name = TitledName()
        var steps = 0
        reading: while steps < MentionAutomaton.titledNameSteps, cursor < bytes.count {
            steps += 1
            switch gap(from: cursor, in: bytes) {
            case .none: break reading
            case .space(let next): cursor = next
            case .comma(let next):
                if !name.words.isEmpty { break reading }
                cursor = next
            }
            if let item = mention(startingAt: cursor, in: items) {
                guard take(item, into: &name) else { break reading }
                cursor = item.found.end
                continue
            }
            if let title = titles.first(where: { $0.start == cursor }) {
                if !name.words.isEmpty || !name.fallback.isEmpty { break reading }
                cursor = title.end
                continue
            }
            guard let word = self.word(at: cursor, in: bytes),
                let next = take(word, into: &name, items: items, in: bytes)
            else { break reading }
            cursor = next
        }
        return finished(name, in: bytes)
    }

    /// Takes a gazetteer mention after a title into the qualifier of the name being read (a country after "of"
    /// is the person's: "Minister … of Kazakhstan"); `false` when it ends the reading instead: a person, or
    /// any mention after the name's words.
    private func take(_ item: (found: RawMatch, reading: Candidate), into name: inout TitledName) -> Bool {
        if !name.words.isEmpty || rank(of: item.reading.entity) == 3 { return false }
        if rank(of: item.reading.entity) == 0, name.isAfterOf, name.country == nil {
            name.country = entityCountries[Int(item.reading.entity)]
        }
        name.isQualified = true
        return true
    }

    /// Takes a word after a title into the name being read, as ``classify(_:in:hasWords:)`` counts it, and
    /// returns the offset to read on from; `nil` when the reading ends there (after the word, when it is a
    /// possessive name word: "… Tokayev's").
    private func take(
        _ word: TextWord, into name: inout TitledName, items: [(found: RawMatch, reading: Candidate)],
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        // A mention that starts within the word ("Jean-Georgia") ends the name: mentions never overlap.
        let inside = firstMention(from: word.range.lowerBound + 1, in: items)
        if inside < items.count, items[inside].found.start < word.range.upperBound { return nil }
        switch classify(word, in: bytes, hasWords: !name.words.isEmpty) {
        case .stop: return nil
        case .connector where !name.words.isEmpty:
            // "Chairman of the Board of Samruk-Kazyna …": the words so far were the qualifier's; they stay
            // the name unless another run follows.
            name.fallback = name.words
            name.words = []
            name.isQualified = true
        case .connector:
            let key = text(bytes, word.range).lowercased()
            if !name.fallback.isEmpty, !MentionAutomaton.restartingConnectors.contains(key), key != "the" {
                return nil
            }
            if key == "of" { name.isAfterOf = true } else if key == "for" || key == "to" { name.isAfterOf = false }
            name.isQualified = true
        case .qualifier:
            name.isQualified = true
        case .name:
            name.words.append(word.range)
            if word.isPossessive { return nil }
        }
        return word.range.upperBound
    }

    /// A name's words once read: without trailing initials; the last two words of a long run after a
    /// qualifier; `nil` when too long or empty.
    private func finished(_ read: TitledName, in bytes: UnsafeBufferPointer<UInt8>) -> TitledName? {
        var name = read
        if name.words.isEmpty { name.words = name.fallback }
        while let last = name.words.last, last.count == 2, bytes[last.upperBound - 1] == UInt8(ascii: ".") {
            name.words.removeLast()
        }
        let full = name.words.filter { !($0.count == 2 && bytes[$0.upperBound - 1] == UInt8(ascii: ".")) }.count
        if full > 2, name.isQualified {
            name.words = Array(name.words.suffix(2))
        } else if full > roles.maximumNameWords {
            return nil
        }
        return name.words.isEmpty ? nil : name
    }

    /// What ends a word's gap: nothing readable, spaces, or a comma (and spaces).
    private enum Gap {
        case none
        case space(Int)
        case comma(Int)
    }

    /// The gap before the next word: spaces, at most one comma, nothing else.
    private func gap(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Gap {
        var cursor = start
        var comma = false
        while cursor < bytes.count {
            switch bytes[cursor] {
            case 0x20: cursor += 1
            case UInt8(ascii: ","):
                if comma { return .none }
                comma = true
                cursor += 1
            default: return comma ? .comma(cursor) : .space(cursor)
            }
        }
        return .none
    }

    /// How a word after a title counts.
    private enum WordRole {
        case stop, connector, qualifier, name
    }

    /// One word of the text: its bytes (an initial with its dot), and how it ends.
    private struct TextWord {
        var range: Range<Int>
        var isUpper: Bool
        var isAllUpper: Bool
        var isInitial: Bool
        var isPossessive: Bool
    }

    /// The word starting at an offset: letters, with hyphens and apostrophes between letters; an initial
    /// ("J.") with its dot. A possessive "'s" or "’s" is not part of it but is noted.
    private func word(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextWord? {
        var end = start
        while end < bytes.count {
            if isLetter(at: end, in: bytes) {
                end = min(bytes.count, end + (bytes[end] < 0x80 ? 1 : max(1, scalarLength(bytes[end]))))
            } else if bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "'"), end > start,
                end + 1 < bytes.count, isLetter(at: end + 1, in: bytes),
                !(bytes[end] == UInt8(ascii: "'") && isPossessive(at: end, in: bytes))
            {
                end += 1
            } else {
                break
            }
        }
        guard end > start else { return nil }
        let first = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let isUpper = first.unicodeScalars.first?.properties.isUppercase ?? false
        let letters = first.unicodeScalars.filter(\.properties.isAlphabetic)
        let isAllUpper = letters.count > 1 && letters.allSatisfy(\.properties.isUppercase)
        if letters.count == 1, isUpper, end < bytes.count, bytes[end] == UInt8(ascii: ".") {
            return TextWord(
                range: start..<(end + 1), isUpper: true, isAllUpper: false, isInitial: true,
                isPossessive: false)
        }
        return TextWord(
            range: start..<end, isUpper: isUpper, isAllUpper: isAllUpper, isInitial: false,
            isPossessive: isPossessive(at: end, in: bytes))
    }

    /// How a word after a title counts, given whether name words came before it.
    private func classify(_ word: TextWord, in bytes: UnsafeBufferPointer<UInt8>, hasWords: Bool) -> WordRole {
        if word.isInitial { return .name }
        let key = text(bytes, word.range).lowercased()
        if roles.connectors.contains(key) {
            return hasWords && !MentionAutomaton.restartingConnectors.contains(key) ? .stop : .connector
        }
        // An acronym the gazetteer does not know ("IAEA") may be part of the qualifier.
        if word.isAllUpper { return hasWords ? .stop : .qualifier }
        guard word.isUpper, !roles.notNames.contains(key) else { return .stop }
        if roles.officeWords.contains(key) { return hasWords ? .stop : .qualifier }
        return hasWords || !MentionAutomaton.isVerbShaped(key) ? .name : .stop
    }

    /// The country whose name or adjective ends right before a title, over a possessive and up to three
    /// capitalised office words ("Kazakh Foreign Ministry spokesperson", "Kazakhstan’s Foreign Minister").
    private func country(
        before start: Int, items: [(found: RawMatch, reading: Candidate)], in bytes: UnsafeBufferPointer<UInt8>
    ) -> CountryCode? {
        var position = start
        for _ in 0...MentionAutomaton.officeWordsBeforeTitle {
            guard position >= 2, bytes[position - 1] == 0x20 else { return nil }
            var end = position - 1
            if end >= 2, bytes[end - 1] | 0x20 == UInt8(ascii: "s"), bytes[end - 2] == UInt8(ascii: "'") {
                end -= 2
            } else if end >= 4, bytes[end - 1] | 0x20 == UInt8(ascii: "s"), bytes[end - 2] == 0x99,
                bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2
            {
                end -= 4
            }
            if let item = mention(endingAt: end, in: items) ?? mention(endingAt: end - 1, in: items) {
                return rank(of: item.reading.entity) == 0 ? entityCountries[Int(item.reading.entity)] : nil
            }
            var wordStart = end
            while wordStart > 0, bytes[wordStart - 1] < 0x80, (bytes[wordStart - 1] | 0x20) &- 0x61 < 26 {
                wordStart -= 1
            }
            guard wordStart < end, bytes[wordStart] &- 0x41 < 26,
                roles.officeWords.contains(text(bytes, wordStart..<end).lowercased())
            else { return nil }
            position = wordStart
        }
        return nil
    }

    /// The single words after titles ("Assistant Secretary Lu") that are the surname of a person named by
    /// title in the same text: the nearest named before, else the first named after.
    private func resolveSurnames(
        _ singles: [RawMatch], full: [(found: RawMatch, reading: Candidate)], titled: [TitledPerson],
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> [(found: RawMatch, reading: Candidate)] {
        singles.compactMap { single in
            let word = text(bytes, single.start..<single.end)
            let named = full.filter { titled[Int($0.reading.entity) - entities.count].surname == word }
            guard let person = named.last(where: { $0.found.start < single.start }) ?? named.first else { return nil }
            return (single, Candidate(entity: person.reading.entity, match: .surname, isWeak: false))
        }
    }

    /// The bare surnames of people named by title, after their full name ("Lu said"): the same word as
    /// written, with no capitalised word right before or after it, outside every other mention.
    private func laterSurnames(
        full: [(found: RawMatch, reading: Candidate)], titled: [TitledPerson],
        avoiding items: [(found: RawMatch, reading: Candidate)], in bytes: UnsafeBufferPointer<UInt8>
    ) -> [(found: RawMatch, reading: Candidate)] {
        var found: [(found: RawMatch, reading: Candidate)] = []
        let taken = (items.map(\.found) + full.map(\.found)).map { $0.start..<$0.end }.sorted {
            $0.lowerBound < $1.lowerBound
        }
        for (position, person) in titled.enumerated() {
            let entity = Int32(entities.count + position)
            guard let first = full.first(where: { $0.reading.entity == entity }) else { continue }
            let surname = Array(person.surname.utf8)
            var line = first.found.line
            var lineStart = first.found.lineStart
            var cursor = first.found.end
            while let start = occurrence(of: surname, from: cursor, in: bytes) {
                for offset in cursor..<start where bytes[offset] == 0x0A {
                    line += 1
                    lineStart = offset + 1
                }
                cursor = start + surname.count
                guard isBare(start..<cursor, in: bytes), !overlaps(start..<cursor, taken) else { continue }
                let match = RawMatch(start: start, end: cursor, phrase: -1, line: line, lineStart: lineStart)
                found.append((match, Candidate(entity: entity, match: .surname, isWeak: false)))
            }
        }
        return found
    }

    /// The next whole-word occurrence of some bytes at or after an offset.
    private func occurrence(of word: [UInt8], from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let head = word.first, word.count <= bytes.count else { return nil }
        var index = start
        while index + word.count <= bytes.count {
            if bytes[index] == head, index == 0 || !isLetter(at: index - 1, in: bytes),
                word.indices.allSatisfy({ bytes[index + $0] == word[$0] }),
                index + word.count == bytes.count || !isLetter(at: index + word.count, in: bytes)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether a word stands alone: no capitalised word right before it or right after it (over one space).
    private func isBare(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if range.lowerBound >= 2, bytes[range.lowerBound - 1] == 0x20 {
            var start = range.lowerBound - 1
            while start > 0, isLetter(at: start - 1, in: bytes) { start -= 1 }
            if start < range.lowerBound - 1, bytes[start] &- 0x41 < 26 { return false }
        }
        if range.upperBound + 1 < bytes.count, bytes[range.upperBound] == 0x20,
            bytes[range.upperBound + 1] &- 0x41 < 26
        {
            return false
        }
        return true
    }

    /// Whether a range overlaps one of some ranges sorted by their start.
    private func overlaps(_ range: Range<Int>, _ sorted: [Range<Int>]) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].lowerBound < range.upperBound { low = middle + 1 } else { high = middle }
        }
        return low > 0 && sorted[low - 1].upperBound > range.lowerBound
    }

    /// The mention starting at an offset, by binary search over mentions in text order.
    private func mention(
        startingAt offset: Int, in items: [(found: RawMatch, reading: Candidate)]
    ) -> (found: RawMatch, reading: Candidate)? {
        let index = firstMention(from: offset, in: items)
        return index < items.count && items[index].found.start == offset ? items[index] : nil
    }

    /// The mention ending at an offset.
    private func mention(
        endingAt offset: Int, in items: [(found: RawMatch, reading: Candidate)]
    ) -> (found: RawMatch, reading: Candidate)? {
        let index = firstMention(from: offset, in: items)
        return index > 0 && items[index - 1].found.end == offset ? items[index - 1] : nil
    }

    /// The index of the first mention starting at or after an offset.
    private func firstMention(from offset: Int, in items: [(found: RawMatch, reading: Candidate)]) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if items[middle].found.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether the byte at an offset starts or continues a letter: an ASCII letter, or a non-ASCII scalar
    /// outside the punctuation of U+0080–U+00BF and U+2000–U+206F.
    private func isLetter(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 }
        if byte == 0xC2 { return false }
        if byte == 0xE2, offset + 1 < bytes.count, bytes[offset + 1] & 0xFC == 0x80 { return false }
        return true
    }

    /// The number of bytes of the scalar a lead byte starts.
    private func scalarLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// Whether "'s" or "’s" starts at an offset and ends a word.
    private func isPossessive(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var next = offset
        if next < bytes.count, bytes[next] == UInt8(ascii: "'") {
            next += 1
        } else if next + 2 < bytes.count, bytes[next] == 0xE2, bytes[next + 1] == 0x80, bytes[next + 2] == 0x99 {
            next += 3
        } else {
            return false
        }
        guard next < bytes.count, bytes[next] | 0x20 == UInt8(ascii: "s") else { return false }
        return next + 1 >= bytes.count || !isLetter(at: next + 1, in: bytes)
    }

    /// The text of a byte range.
    private func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether a lower-case word looks like a headline's verb: five letters or more, ending in a consonant
    /// and "s" ("visits", "presents", "holds").
    private static func isVerbShaped(_ word: String) -> Bool {
        let letters = Array(word.utf8)
        guard letters.count >= MentionAutomaton.shortestVerb, letters.last == UInt8(ascii: "s") else { return false }
        return !"aeiouys".utf8.contains(letters[letters.count - 2])
    }

    /// The connectors after which a new run of words may replace the one before ("of", "for").
    private static let restartingConnectors: Set<String> = ["of", "for"]
    /// The fewest letters of a word shaped like a verb.
    private static let shortestVerb = 5
    /// The most words and gaps read after a title.
    private static let titledNameSteps = 24
    /// The most capitalised office words between a country and the title after it.
    private static let officeWordsBeforeTitle = 3
}
