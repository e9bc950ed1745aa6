/// The fold and the word hash that date words are stored and compared with: lower case for ASCII and
/// Cyrillic, `ё` as `е`. Text is folded character by character as it is compared, never copied.
enum DateText {
    /// A word folded to the bytes it is stored as.
    static func folded(_ word: String) -> [UInt8] { Array(foldedString(word).utf8) }

    /// A word folded: lower case, `ё` as `е`.
    static func foldedString(_ word: String) -> String {
        LetterFold.folded(word: word)
    }

    /// The FNV-1a offset basis and prime (64-bit). Computed, like the constants below, so that the hot
    /// loops read them without a lazy global's check.
    static var hashBasis: UInt64 { 0xCBF2_9CE4_8422_2325 }
    static var hashPrime: UInt64 { 0x0000_0100_0000_01B3 }

    /// The hash of folded bytes, as ``DatePhraseMatcher/word(at:)`` computes it over text.
    static func hash(of letters: [UInt8]) -> UInt64 {
        var hash = hashBasis
        for byte in letters { hash = (hash ^ UInt64(byte)) &* hashPrime }
        return hash
    }

    /// The first and last lead bytes of the two-byte letters read as letters (Latin-1 letters through
    /// Cyrillic and its supplement).
    static var letterLeads: ClosedRange<UInt8> { 0xC3...0xD4 }
}

extension DatePhraseMatcher {
    /// The folded bytes of the letter at `index` and its length: one byte for ASCII (second byte 0), two
    /// for a two-byte letter; `nil` when no letter starts there.
    func letter(at index: Int) -> (first: UInt8, second: UInt8, length: Int)? {
        guard index < limit else { return nil }
        let byte = bytes[index]
        if byte < 0x80 {
            guard Self.isLetter(byte) else { return nil }
            return (byte | Self.caseBit, 0, 1)
        }
        guard DateText.letterLeads.contains(byte), index + 1 < limit, bytes[index + 1] & 0xC0 == 0x80 else {
            return nil
        }
        let (first, second) = LetterFold.twoByteLetter(lead: byte, bytes[index + 1])
        return (first, second, 2)
    }

    /// The word of letters at `index`: the hash of its folded letters and where it ends; `nil` when no
    /// letter starts there.
    ///
    /// ASCII letters, most of any text, are folded and hashed in place; other bytes go through
    /// ``letter(at:)``, whose letters beyond ASCII are all of two bytes.
    func word(at index: Int) -> (hash: UInt64, end: Int)? {
        var hash = DateText.hashBasis
        var next = index
        while next < limit {
            let byte = bytes[next]
            if Self.isLetter(byte) {
                hash = (hash ^ UInt64(byte | Self.caseBit)) &* DateText.hashPrime
                next += 1
                continue
            }
            guard byte >= Self.firstNonASCII, let letter = letter(at: next) else { break }
            hash = (hash ^ UInt64(letter.first)) &* DateText.hashPrime
            hash = (hash ^ UInt64(letter.second)) &* DateText.hashPrime
            next += letter.length
        }
        return next > index ? (hash, next) : nil
    }

    /// The first byte that is not ASCII.
    private static var firstNonASCII: UInt8 { 0x80 }

    /// Where the word of letters at `index` ends when it folds to `letters` exactly; `nil` otherwise. One pass,
    /// letter against letter, without hashing: a word that differs costs one comparison.
    func end(ofWord letters: [UInt8], at index: Int) -> Int? {
        var next = index
        var position = 0
        while let letter = letter(at: next) {
            guard position < letters.count, letters[position] == letter.first else { return nil }
            if letter.length == 2 {
                guard position + 1 < letters.count, letters[position + 1] == letter.second else { return nil }
            }
            position += letter.length
            next += letter.length
        }
        return next > index && position == letters.count ? next : nil
    }

    /// The word at `index` as ``word(at:)`` reads it, or as the caller read it (`opening`); none at a digit.
    func word(at index: Int, opening: Opening?) -> (hash: UInt64, end: Int)? {
        switch opening {
        case .word(let hash, let end): (hash, end)
        case .digit: nil
        case nil: word(at: index)
        }
    }

    /// The meanings of the word at `index` and where it ends, when the language knows the word and no digit
    /// follows it.
    ///
    /// - Parameter opening: The digit or word at `index`, when the caller has read it: a word is not read again.
    func lookUp(at index: Int, opening: Opening? = nil) -> (meanings: [DateWords.Meaning], end: Int)? {
        guard let (hash, end) = word(at: index, opening: opening), !isWordByte(at: end),
            let entries = words.lexicon[hash]
        else { return nil }
        for entry in entries where self.end(ofWord: entry.letters, at: index) == end { return (entry.meanings, end) }
        return nil
    }

    /// Whether the byte at `index` belongs to a word: an ASCII letter or digit, or a byte of a two-byte
    /// letter (`false` past the end).
    func isWordByte(at index: Int) -> Bool {
        guard index < limit else { return false }
        let byte = bytes[index]
        if byte < 0x80 { return Self.isLetter(byte) || Self.isDigit(byte) }
        if byte & 0xC0 == 0x80 { return endsWord(before: index + 1) }
        return DateText.letterLeads.contains(byte)
    }

    /// Whether the character that ends right before `index` is a letter or a digit.
    func endsWord(before index: Int) -> Bool {
        guard index > 0, index <= limit else { return false }
        var lead = index - 1
        while lead > 0, index - lead < 4, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        let byte = bytes[lead]
        if byte < 0x80 { return Self.isLetter(byte) || Self.isDigit(byte) }
        return DateText.letterLeads.contains(byte) && index - lead == 2
    }

    /// Whether a word (letters or digits) starts at `index`: a letter or digit with none right before it.
    func startsWord(at index: Int, after lowerBound: Int) -> Bool {
        guard index < limit else { return false }
        let byte = bytes[index]
        let opens = byte < 0x80 ? Self.isLetter(byte) || Self.isDigit(byte) : letter(at: index) != nil
        return opens && (index == lowerBound || !endsWord(before: index))
    }
}
