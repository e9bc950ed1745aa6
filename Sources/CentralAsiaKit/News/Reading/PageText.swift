import Foundation

/// Byte-level tests on the text of a page: trimming, titles, endings and datelines.
enum PageText {
    /// The range without leading and trailing spaces, tabs and no-break spaces.
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            if bytes[lower] == 0x20 || bytes[lower] == 0x09 || bytes[lower] == 0x0C {
                lower += 1
            } else if bytes[lower] == 0xC2, lower + 1 < upper, bytes[lower + 1] == 0xA0 {
                lower += 2
            } else {
                break
            }
        }
        while upper > lower {
            let last = bytes[upper - 1]
            if last == 0x20 || last == 0x09 || last == 0x0C {
                upper -= 1
            } else if last == 0xA0, upper - 2 >= lower, bytes[upper - 2] == 0xC2 {
                upper -= 2
            } else {
                break
            }
        }
        return lower..<upper
    }

    /// Short words that titles leave in lower case.
    static let minorWords: [[UInt8]] =
        ([
            "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "of", "on", "or",
            "over", "per", "the", "to", "via", "vs", "vs.", "with", "amid", "after", "than", "its", "be", "are",
            "was", "up", "out", "off", "new",
        ] as [String]).map { Array($0.utf8) }

    /// The longest of ``minorWords``, in bytes.
    static let longestMinorWord = minorWords.map(\.count).max() ?? 0

    /// ``minorWords`` packed (``PackedWord``).
    static let packedMinorWords: [UInt64] = minorWords.compactMap { PackedWord.key($0) }

    /// Whether a word is one of ``minorWords``, compared without copying it. Every minor word starts
    /// with a lower-case ASCII letter, so a capitalised word is decided by its first byte.
    static func isMinorWord(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        guard word.count <= longestMinorWord, let first = word.first.map({ bytes[$0] }),
            first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z")
        else { return false }
        return PackedWord.key(bytes[word]).map(packedMinorWords.contains) ?? false
    }

    /// Abbreviations a title may end with (so a final period is not a sentence end).
    static let finalAbbreviations: [[UInt8]] =
        ["U.S.", "U.K.", "U.N.", "E.U.", "Inc.", "Ltd.", "Jr.", "Sr.", "St.", "Co.", "D.C."].map { Array($0.utf8) }

    /// The longest line that can be a title.
    static let maximumTitleBytes = 300

    /// Whether a trimmed line reads as a headline: short, no sentence-ending period or comma,
    /// and most of its significant words capitalised.
    static func isTitleLike(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= maximumTitleBytes else { return false }
        guard !endsWithEllipsis(bytes, range) else { return false }
        let last = bytes[range.upperBound - 1]
        if last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":") { return false }
        // A final period ends a sentence unless it ends an abbreviation ("U.S."): decided from the
        // last word alone, so most paragraphs are not split into words.
        if last == UInt8(ascii: ".") {
            var lastWordStart = range.upperBound - 1
            while lastWordStart > range.lowerBound, bytes[lastWordStart - 1] != 0x20 { lastWordStart -= 1 }
            let lastWord = lastWordStart..<range.upperBound
            guard
                finalAbbreviations.contains(where: { $0.count == lastWord.count && bytes[lastWord].elementsEqual($0) })
            else { return false }
        }
        var wordStart = range.lowerBound
        var significant = 0
        var capitalised = 0
        var index = range.lowerBound
        while index <= range.upperBound {
            if index == range.upperBound || bytes[index] == 0x20 {
                if index > wordStart, !isMinorWord(bytes, wordStart..<index) {
                    significant += 1
                    let lead = firstLetterOrDigit(bytes, wordStart..<index)
                    if let lead, lead.isUpper || lead.isDigit { capitalised += 1 }
                }
                wordStart = index + 1
            }
            index += 1
        }
        // Headlines capitalise most significant words ("Kazakhstan is a Key Strategic Partner").
        return significant > 0 && capitalised * 10 >= significant * 7
    }

    /// The kind of the first letter or digit of a word, skipping opening quotes and brackets.
    static func firstLetterOrDigit(_ bytes: [UInt8], _ word: Range<Int>) -> (isUpper: Bool, isDigit: Bool)? {
        var index = word.lowerBound
        while index < word.upperBound {
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A { return (true, false) }
            if byte >= 0x61 && byte <= 0x7A { return (false, false) }
            if byte >= 0x30 && byte <= 0x39 { return (false, true) }
            if byte >= 0xC3 && byte <= 0xDF, index + 1 < word.upperBound {
                // Two-byte Latin letters: upper case when the scalar is in U+00C0…U+00DE or an
                // even Latin Extended-A code point (Ş, Ö, Ü …); good enough for capitalisation.
                let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                if scalar >= 0xC0 && scalar <= 0xDE { return (true, false) }
                if scalar >= 0x100 && scalar < 0x180 { return (scalar % 2 == 0, false) }
                if scalar >= 0x410 && scalar <= 0x42F { return (true, false) }
                return (false, false)
            }
            if byte >= 0x80 && byte < 0xC0 || byte >= 0xE0 {
                // Punctuation such as curly quotes: skip the whole scalar.
                index += 1
                continue
            }
            index += 1
        }
        return nil
    }

    /// Whether the range ends in a truncation mark (``TruncationMark``: `...`, `…`, `[…]`, `[+N chars]`).
    static func endsWithEllipsis(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        TruncationMark.endsText(bytes[range])
    }

    /// Whether the range stops where no sentence ends (the page was cut mid-sentence).
    static func endsMidSentence(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let last = range.last.map({ bytes[$0] }) else { return false }
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"),
            UInt8(ascii: ")"), UInt8(ascii: "]"):
            return false
        case 0x9D, 0x99, 0xA6:
            // ” (E2 80 9D), ’ (E2 80 99), … (E2 80 A6)
            return !(range.count >= 3 && bytes[range.upperBound - 3] == 0xE2 && bytes[range.upperBound - 2] == 0x80)
        default:
            return true
        }
    }

    /// The marker an older listing page puts at the end of a teaser.
    static let continueReadingMarker = Array("Continue reading".utf8)

    /// The end of a trailing inline "Continue reading" (after one or more spaces), if any.
    static func inlineContinueReading(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        // Most paragraphs are decided by their last byte, before the marker table is touched.
        guard range.count > 2, bytes[range.upperBound - 1] == UInt8(ascii: "g") else { return nil }
        let marker = continueReadingMarker
        guard range.count > marker.count + 1 else { return nil }
        let start = range.upperBound - marker.count
        guard bytes[start..<range.upperBound].elementsEqual(marker), bytes[start - 1] == 0x20 else { return nil }
        return trimmed(bytes, range.lowerBound..<start)
    }

    /// A dateline at the start of a paragraph: `CITY (AGENCY) — ` (em or en dash).
    ///
    /// - Returns: The place's range, the agency's range and where the text after it begins.
    static func dateline(_ bytes: [UInt8], _ range: Range<Int>) -> (place: Range<Int>, agency: Range<Int>, rest: Int)? {
        var index = range.lowerBound
        let limit = min(range.upperBound, range.lowerBound + 80)
        // The place: capital letters (any script), spaces, hyphens, dots, apostrophes.
        var letters = 0
        while index < limit {
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A {
                letters += 1
            } else if byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "'")
            {
                if byte == 0x20, index + 1 < limit, bytes[index + 1] == UInt8(ascii: "(") { break }
            } else if byte >= 0xC3 && byte < 0xE0, index + 1 < limit {
                let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                guard scalar >= 0xC0 && scalar <= 0xDE || scalar >= 0x410 && scalar <= 0x42F else { return nil }
                letters += 1
                index += 1
            } else {
                return nil
            }
            index += 1
        }
        guard letters >= 2, index + 1 < limit, bytes[index] == 0x20, bytes[index + 1] == UInt8(ascii: "(") else {
            return nil
        }
        let place = range.lowerBound..<index
        let agencyStart = index + 2
        var agencyEnd = agencyStart
        while agencyEnd < limit, bytes[agencyEnd] != UInt8(ascii: ")") {
            let byte = bytes[agencyEnd]
            guard
                byte >= 0x41 && byte <= 0x5A || byte >= 0x30 && byte <= 0x39 || byte == 0x20
                    || byte == UInt8(ascii: "-")
            else { return nil }
            agencyEnd += 1
        }
        guard agencyEnd > agencyStart, agencyEnd + 5 <= range.upperBound, bytes[agencyEnd + 1] == 0x20,
            bytes[agencyEnd + 2] == 0xE2, bytes[agencyEnd + 3] == 0x80,
            bytes[agencyEnd + 4] == 0x94 || bytes[agencyEnd + 4] == 0x93
        else { return nil }
        var rest = agencyEnd + 5
        while rest < range.upperBound, bytes[rest] == 0x20 { rest += 1 }
        return (place, agencyStart..<agencyEnd, rest)
    }

    /// Whether two ranges of a buffer hold the same bytes, compared with `memcmp`.
    static func sameBytes(_ bytes: [UInt8], _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard first.count == second.count, first.lowerBound >= 0, second.lowerBound >= 0,
            first.upperBound <= bytes.count, second.upperBound <= bytes.count
        else { return false }
        if first.isEmpty { return true }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memcmp(base + first.lowerBound, base + second.lowerBound, first.count) == 0
        }
    }
}
