extension Language {
    /// The writing systems ``detect(in:)`` tells apart.
    enum Script: Sendable {
        /// Latin letters (ASCII and the Latin-1 and Latin Extended-A blocks).
        case latin
        /// Cyrillic letters (U+0400…U+04FF, the Kazakh, Kyrgyz, Uzbek and Tajik letters included).
        case cyrillic
    }

    /// What ``detect(in:)`` knows of a language: its script and its most frequent short words.
    struct Profile: Sendable {
        /// The language.
        let language: Language
        /// Its script.
        let script: Script
        /// Its most frequent words, lower case: prepositions, conjunctions, articles.
        let frequentWords: Set<String>
    }

    /// The languages ``detect(in:)`` chooses among, the default first.
    static let profiles: [Profile] = [
        Profile(
            language: .english, script: .latin,
            frequentWords: [
                "the", "of", "and", "to", "in", "a", "is", "was", "for", "on", "with", "by", "that", "at", "said",
            ]),
        Profile(
            language: .russian, script: .cyrillic,
            frequentWords: [
                "и", "в", "во", "на", "с", "по", "что", "не", "из", "к", "о", "об", "для", "за", "от", "года", "как",
                "это", "также",
            ]),
    ]

    /// The share of a text's letters one script must have for the text to be in that script's language
    /// without counting words: an English name or two in a Russian report (or the reverse) stays well below
    /// the other side's share.
    static let dominantScriptShare = 0.75

    /// Finds the language a text is written in, by itself: by its letters' script, and, when a text mixes
    /// scripts about evenly, by which language's frequent words ("the", "of"; "и", "в") it uses more.
    ///
    /// A Russian report that names "Donald Trump" in Latin letters is Russian; an English report that quotes
    /// a name in Cyrillic is English. A text with no letters is English.
    ///
    /// - Parameter text: The text (an article, a sentence).
    /// - Returns: ``english`` or ``russian``.
    public static func detect(in text: String) -> Language {
        var text = text
        return text.withUTF8 { detect(inUTF8: $0) }
    }

    /// ``detect(in:)`` over UTF-8 bytes.
    static func detect(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Language {
        // A text with no Cyrillic letter is in the default language when that language is written in Latin
        // letters (every letter counted would be Latin); most texts end here, read at word speed.
        if profiles[0].script == .latin, !containsCyrillic(bytes) { return profiles[0].language }
        let (latin, cyrillic) = letterCounts(bytes)
        let total = latin + cyrillic
        guard total > 0 else { return profiles[0].language }
        let dominant: Script? =
            Double(latin) >= dominantScriptShare * Double(total)
            ? .latin : Double(cyrillic) >= dominantScriptShare * Double(total) ? .cyrillic : nil
        if let dominant, let profile = profiles.first(where: { $0.script == dominant }) { return profile.language }
        let words = String(decoding: bytes, as: UTF8.self).lowercased().split { !$0.isLetter }
        var best = profiles[0]
        var bestCount = -1
        for profile in profiles {
            let count = words.count { profile.frequentWords.contains(String($0)) }
            if count > bestCount { (best, bestCount) = (profile, count) }
        }
        return best.language
    }

    /// The number of Latin and of Cyrillic letters in UTF-8 bytes, counted by their first byte.
    /// Whether the bytes hold a Cyrillic letter's lead byte (D0…D3); ASCII is passed over eight bytes at a time.
    static func containsCyrillic(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let chunk = MemoryLayout<UInt64>.size
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + chunk <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & highBits != 0, bytes[index..<index + chunk].contains(where: isCyrillicLead) { return true }
            index += chunk
        }
        return bytes[index...].contains(where: isCyrillicLead)
    }

    @inline(__always)
    private static func isCyrillicLead(_ byte: UInt8) -> Bool { cyrillicLeads.contains(byte) }

    /// The lead bytes of U+0400…U+04FF.
    private static let cyrillicLeads: ClosedRange<UInt8> = 0xD0...0xD3

    static func letterCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> (latin: Int, cyrillic: Int) {
        var latin = 0
        var cyrillic = 0
        for byte in bytes {
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 {
                latin += 1
            } else if byte &- 0xC3 < 3 {
                // U+00C0…U+017F start with C3, C4 or C5.
                latin += 1
            } else if isCyrillicLead(byte) {
                // U+0400…U+04FF start with D0…D3.
                cyrillic += 1
            }
        }
        return (latin, cyrillic)
    }
}
