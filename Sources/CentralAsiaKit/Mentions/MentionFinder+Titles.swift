extension MentionAutomaton {
    /// Titles that may follow a country's adjective or possessive, and the office titles each one stands for.
    private static let titleWords: [(words: [String], offices: Set<String>)] = [
        (["foreign", "minister"], ["foreign minister"]),
        (["prime", "minister"], ["prime minister", "chairman of the cabinet of ministers"]),
        (["premier"], ["prime minister", "premier", "chairman of the cabinet of ministers"]),
        (["president"], ["president"]),
        (["leader"], ["president", "prime minister", "chancellor", "emir", "chairman of the halk maslahaty"]),
        (["head", "of", "state"], ["president", "emir"]),
    ]

    /// The first letters of ``titleWords``, lower case: text starting with another letter is no title.
    private static let titleInitials = Set(titleWords.compactMap { $0.words.first?.utf8.first })

    /// Adds a person mention for each title after a country mention ("the Kazakh leader", "Kazakhstan’s
    /// President") when a person of that country holding such an office was mentioned earlier in the text.
    ///
    /// The nearest earlier such person wins; a title with no such person is not a mention.
    func resolveTitles(
        _ chosen: [(found: RawMatch, reading: Candidate)], in bytes: UnsafeBufferPointer<UInt8>
    ) -> [(found: RawMatch, reading: Candidate)] {
        guard chosen.contains(where: { rank(of: $0.reading.entity) == 3 }) else { return chosen }
        // Titles found: (position in `chosen` to insert after, the title mention).
        var titles: [(after: Int, item: (found: RawMatch, reading: Candidate))] = []
        var people: [Int32] = []
        for (position, item) in chosen.enumerated() {
            let entity = item.reading.entity
            if personFacts[Int(entity)] != nil {
                people.removeAll { $0 == entity }
                people.append(entity)
                continue
            }
            guard rank(of: entity) == 0, !people.isEmpty,
                let (range, offices) = title(after: item.found.end, in: bytes),
                position + 1 >= chosen.count || chosen[position + 1].found.start >= range.upperBound
            else { continue }
            let country = entities[Int(entity)].id
            let holder = people.last { person in
                guard let facts = personFacts[Int(person)] else { return false }
                return facts.country == country && !facts.titles.isDisjoint(with: offices)
            }
            if let holder {
                var found = item.found
                found.start = range.lowerBound
                found.end = range.upperBound
                titles.append((position, (found, Candidate(entity: holder, match: .title, isWeak: false))))
            }
        }
        guard !titles.isEmpty else { return chosen }
        var result: [(found: RawMatch, reading: Candidate)] = []
        result.reserveCapacity(chosen.count + titles.count)
        var next = 0
        for (position, item) in chosen.enumerated() {
            result.append(item)
            while next < titles.count, titles[next].after == position {
                result.append(titles[next].item)
                next += 1
            }
        }
        return result
    }

    /// The title words right after an offset (after an optional possessive and one space), if any.
    private func title(after end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Range<Int>, Set<String>)? {
        var index = end
        // Most country mentions are followed by something else: leave quickly.
        guard index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x27 || bytes[index] == 0xE2 else {
            return nil
        }
        // "'s" or "’s".
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "'"), bytes[index + 1] | 0x20 == UInt8(ascii: "s") {
            index += 2
        } else if index + 3 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99,
            bytes[index + 3] | 0x20 == UInt8(ascii: "s")
        {
            index += 4
        }
        // A title follows a space and starts with the first letter of one of the title words.
        guard index + 1 < bytes.count, bytes[index] == 0x20,
            MentionAutomaton.titleInitials.contains(bytes[index + 1] | 0x20)
        else { return nil }
        for (words, offices) in MentionAutomaton.titleWords {
            var cursor = index
            var matched = true
            for word in words {
                guard cursor < bytes.count, bytes[cursor] == 0x20 else {
                    matched = false
                    break
                }
                cursor += 1
                for letter in word.utf8 {
                    guard cursor < bytes.count, bytes[cursor] | 0x20 == letter else {
                        matched = false
                        break
                    }
                    cursor += 1
                }
                if !matched { break }
            }
            let boundary = cursor >= bytes.count || !((bytes[cursor] | 0x20) &- 0x61 < 26)
            if matched, boundary {
                let start = index + 1
                return (start..<cursor, offices)
            }
        }
        return nil
    }
}
