extension ProseText {
    /// The first date phrase a parser reads in a byte range of the text, as
    /// ``DatePhraseParser/first(inUTF8:range:reference:starts:)`` reads it in the whole range; only where a
    /// phrase may start (``dateStarts(in:)``) is looked at, and a range where none may is not read at all.
    ///
    /// The readers ask for the dates of many short, overlapping stretches of the same sentences (after a
    /// visit's word, before it, at the start of its sentence); most of them hold no digit and no date word.
    func firstDate(_ parser: DatePhraseParser, in range: Range<Int>, reference: PartialDate?) -> DatePhrase? {
        guard let starts = dateStarts(in: range) else { return nil }
        return parser.first(inUTF8: bytes, range: range, reference: reference, starts: starts)
    }

    /// Where in a byte range a date phrase may start: from the first token a phrase may start with
    /// (``dateStart`` or ``dateTrigger``) to the end of the last token a phrase must hold one of
    /// (``dateTrigger``), or `nil` when there is none. Every phrase holds a digit or a core date word
    /// (``DateWords/coreWords``) and starts at a digit or a start word (``DateWords/startWords``); a plain word
    /// (``isPlainWord(_:)``) is read by the date reader as the tokeniser reads it, so its vocabulary flags say
    /// what it is. A range with text between its tokens that is not blank (it was not split) or a token cut
    /// by its ends is searched whole.
    func dateStarts(in range: Range<Int>) -> Range<Int>? {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = range.lowerBound
            var position = firstToken(endingAfter: cursor)
            var first: Int?
            var lastEnd: Int?
            while cursor < range.upperBound {
                let next = position < tokens.count ? tokens[position].range : range.upperBound..<range.upperBound
                // What lies between the tokens was not tokenised unless it is blank.
                guard ProseText.isBlank(cursor..<min(next.lowerBound, range.upperBound), in: buffer) else {
                    return range
                }
                guard next.lowerBound < range.upperBound else { break }
                // A token cut by the range may read as another word.
                guard next.lowerBound >= cursor, next.upperBound <= range.upperBound else { return range }
                let flags = tokens[position].flags
                if flags & (ProseText.dateStart | ProseText.dateTrigger) != 0, first == nil { first = next.lowerBound }
                if flags & ProseText.dateTrigger != 0 { lastEnd = next.upperBound }
                cursor = next.upperBound
                position += 1
            }
            guard let first, let lastEnd else { return nil }
            return first..<lastEnd
        }
    }

    /// The first token that ends after a byte offset (``tokens`` count when none does).
    private func firstToken(endingAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether a byte range holds only what the tokeniser passes over: blanks (``blankLength(_:at:)``) and
    /// line breaks.
    private static func isBlank(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == lineBreak {
                index += 1
            } else if let blank = blankLength(bytes, at: index) {
                index += blank
            } else {
                return false
            }
        }
        return true
    }

    /// Whether a word is only letters, ASCII or of two bytes (Latin-1 through Cyrillic,
    /// ``DateText/letterLeads``): one the date reader reads as one word, as the tokeniser does. Digits, hyphens,
    /// `_` and other marks make it not plain.
    static func isPlainWord<Bytes: Sequence<UInt8>>(_ word: Bytes) -> Bool {
        var pendingTrail = false
        for byte in word {
            if pendingTrail {
                guard byte & 0xC0 == 0x80 else { return false }
                pendingTrail = false
            } else if byte < 0x80 {
                guard (byte | 0x20) &- 0x61 < 26 else { return false }
            } else {
                guard DateText.letterLeads.contains(byte) else { return false }
                pendingTrail = true
            }
        }
        return !pendingTrail
    }
}
