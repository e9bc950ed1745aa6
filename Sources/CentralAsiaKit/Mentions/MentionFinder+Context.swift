extension MentionAutomaton {
    /// Sentence-initial words that may precede an ambiguous name without making it part of a personal name.
    private static let functionWords: Set<String> = [
        "the", "in", "to", "from", "and", "of", "for", "with", "at", "on", "by", "as", "but", "while", "after",
        "before", "during", "since", "both", "neighbouring", "neighboring", "like", "unlike", "visiting", "meanwhile",
    ]

    /// Whether an ambiguous name at `raw[position]` counts, by the context rules listed on ``MentionFinder``.
    func ambiguousNameCounts(_ raw: [RawMatch], at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let found = raw[position]
        // The next word, after exactly one space.
        if found.end + 1 < bytes.count, bytes[found.end] == 0x20, isUpper(bytes[found.end + 1]) {
            let startsMention = position + 1 < raw.count && raw[position + 1].start == found.end + 1
            if !startsMention { return false }
        }
        // ", US" / ", USA" / ", U.S." after the name.
        if found.end + 2 < bytes.count, bytes[found.end] == UInt8(ascii: ","), bytes[found.end + 1] == 0x20 {
            let next = word(from: found.end + 2, in: bytes)
            if ["US", "USA", "U"].contains(next) { return false }
        }
        // The previous word, before exactly one space.
        guard found.start >= 2, bytes[found.start - 1] == 0x20 else { return true }
        let previousEnd = found.start - 1
        var previousStart = previousEnd
        while previousStart > 0, isWordByte(bytes[previousStart - 1]) { previousStart -= 1 }
        guard previousStart < previousEnd else { return true }
        let previous = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[previousStart..<previousEnd]), as: UTF8.self)
        // "state of Georgia".
        if previous.lowercased() == "of", previousStart >= 7 {
            let before = String(
                decoding: UnsafeBufferPointer(rebasing: bytes[(previousStart - 6)..<(previousStart - 1)]), as: UTF8.self
            )
            if before.lowercased() == "state" { return false }
        }
        guard isUpper(bytes[previousStart]) else { return true }
        let endsMention = position > 0 && raw[position - 1].end == previousEnd
        if endsMention { return true }
        if isSentenceStart(before: previousStart, in: bytes),
            MentionAutomaton.functionWords.contains(previous.lowercased())
        {
            return true
        }
        return false
    }

    /// The ASCII word starting at an offset.
    private func word(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var end = start
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Whether nothing but a sentence end, a line break or the start of the text precedes an offset.
    private func isSentenceStart(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = start
        while index > 0 {
            let byte = bytes[index - 1]
            switch byte {
            case 0x20, 0x09, UInt8(ascii: "\""), UInt8(ascii: "("): index -= 1
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), 0x0A, 0x0D: return true
            default: return byte >= 0x80 && byte & 0xC0 == 0x80 ? true : false
            }
        }
        return true
    }

    @inline(__always) private func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    @inline(__always) private func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte >= 0x80
    }
}
