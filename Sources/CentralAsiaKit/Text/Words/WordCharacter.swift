/// What a character is to the package's one word tokenizer (``WordScanner``): part of a word, or a gap
/// between words, soft or hard.
///
/// A character is part of a word when it is an ASCII letter, digit or `_`, or a non-ASCII letter, mark or
/// number of any script (Unicode's alphabetic property and number and mark categories): `"Türkiye"`,
/// `"Тоқаев"`, `"COP29"`. Every other character is a gap. A gap is *soft* when a name may run across it
/// (spaces, tabs, `-`, `.`, `'`, `+`, `&`, typographic apostrophes, hyphens and dashes, no-break and thin
/// spaces, the soft hyphen) and *hard* otherwise (commas, brackets, quotation marks, slashes, line breaks,
/// bullets, symbols such as `€` and `№`).
///
/// Mentions read the words as the scanner gives them (a run of letters or a run of digits); search joins the
/// runs that touch into one term (``SearchTokenizer``: `"COP29"` is `cop29`).
enum WordCharacter {
    /// What a gap character is.
    enum Gap: UInt8 {
        /// A name may run across it ("Kassym-Jomart", "U.S.", "C5+1").
        case soft = 0
        /// No name runs across it ("Italy/Vatican").
        case hard = 1
    }

    /// The last scalar of Latin Extended-B (U+024F): the letters below it, from U+00C0, are read without a
    /// look-up of their properties. These constants are computed, so that the word loops read them without a
    /// lazy global's check.
    private static var latinLettersEnd: UInt32 { 0x024F }
    /// The first Latin-1 letter (U+00C0, `À`).
    private static var latinLettersStart: UInt32 { 0x00C0 }
    /// The rest of the General Punctuation block (U+2016…U+206F: quotation marks, bullets, the ellipsis,
    /// invisible operators): no letter, mark or number is in it, so it is read without a look-up.
    private static var generalPunctuation: ClosedRange<UInt32> { 0x2016...0x206F }
    /// The Latin-1 signs (U+0080…U+00BF: `«`, `»`, `°`, `©` …), most of which separate words.
    static var latinOneSigns: ClosedRange<UInt32> { 0x0080...0x00BF }
    /// A bit per scalar of ``latinOneSigns``, set for those that are letters or numbers (`ª`, `²`, `³`, `µ`,
    /// `¹`, `º`, `¼`, `½`, `¾`), which Unicode's properties would tell (a test checks that they do).
    static var latinOneWordSigns: UInt64 { 0x762C_0400_0000_0000 }
    /// The multiplication and division signs (`×`, `÷`), among the Latin-1 letters.
    private static var multiplicationSign: UInt32 { 0x00D7 }
    private static var divisionSign: UInt32 { 0x00F7 }

    /// The gap a non-ASCII scalar makes, or `nil` when it is part of a word.
    ///
    /// - Parameter value: A scalar value of U+0080 or above.
    /// - Returns: `nil` for a letter, mark or number; else the kind of gap.
    static func gap(_ value: UInt32) -> Gap? {
        switch value {
        // Typographic apostrophes, hyphens and dashes; the no-break, typographic, narrow and zero-width spaces;
        // the soft hyphen.
        case 0x2019, 0x2018, 0x2010...0x2015, 0x00A0, 0x2000...0x200B, 0x202F, 0x00AD: return .soft
        case multiplicationSign, divisionSign, generalPunctuation: return .hard
        case latinOneSigns:
            return latinOneWordSigns & (1 << UInt64(value - latinOneSigns.lowerBound)) != 0 ? nil : .hard
        case latinLettersStart...latinLettersEnd: return nil
        default:
            if LetterFold.isCyrillic(value) { return nil }
            return Unicode.Scalar(value).map(isWordScalar) == true ? nil : .hard
        }
    }

    /// Decodes the scalar at an offset of UTF-8 text (a non-ASCII lead byte): its value and length; a
    /// malformed sequence is one byte of U+FFFD, which separates words.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        let count = bytes.count
        func continuation(_ offset: Int) -> UInt32? {
            guard index + offset < count else { return nil }
            let byte = bytes[index + offset]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        if lead & 0xE0 == 0xC0, let b1 = continuation(1) { return ((lead & 0x1F) << 6 | b1, 2) }
        if lead & 0xF0 == 0xE0, let b1 = continuation(1), let b2 = continuation(2) {
            return ((lead & 0x0F) << 12 | b1 << 6 | b2, 3)
        }
        if lead & 0xF8 == 0xF0, let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3) {
            return ((lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4)
        }
        return (replacement, 1)
    }

    /// U+FFFD, what a malformed byte reads as.
    static var replacement: UInt32 { 0xFFFD }

    /// The length of the non-ASCII character at an offset when it is a gap (no part of a word), or `nil`:
    /// for an ASCII byte, a continuation byte, or a letter, mark or number. Russian letters (lead bytes D0
    /// and D1) are told without decoding.
    @inline(__always)
    static func gapLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        guard lead >= 0x80, lead & 0xC0 != 0x80 else { return nil }
        if lead & 0xFE == 0xD0, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 { return nil }
        return decodedGapLength(in: bytes, at: index)
    }

    /// ``gapLength(in:at:)`` past its fast tests, out of line.
    @inline(never)
    private static func decodedGapLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let (value, length) = scalar(in: bytes, at: index)
        return gap(value) == nil ? nil : length
    }

    /// Whether the character that ends right before an offset is a non-ASCII gap (``gapLength(in:at:)``).
    static func endsWithGap(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        guard index > 0, bytes[index - 1] >= 0x80 else { return false }
        var lead = index - 1
        while lead > 0, index - lead < maximumLength, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return gapLength(in: bytes, at: lead) == index - lead
    }

    /// The most bytes a scalar takes in UTF-8.
    private static var maximumLength: Int { 4 }

    /// Whether a scalar is a letter, a mark or a number (of any script).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
