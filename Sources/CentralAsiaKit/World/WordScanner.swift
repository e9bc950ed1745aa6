/// Splits UTF-8 text into normalised words, the unit of names in the gazetteer and of ``MentionFinder``.
///
/// A word is a run of letters, or a run of digits: `"COP29"` is `cop` `29`, `"C5+1"` is `c` `5` `1`.
/// Letters are ASCII letters, `_`, and every non-ASCII scalar that is not punctuation or a space. The
/// normal form is lower-case with Latin diacritics removed (`"Büyükakın"` → `buyukakin`, `"Türkiye"` →
/// `turkiye`), so the press's spellings with and without them meet. Other scripts are kept as they are.
///
/// Between two words is a gap. A gap is *hard* when it holds a comma, semicolon, colon, bracket, quotation
/// mark, slash, `!`, `?`, a line break or a bullet: no name spans a hard gap (`"Italy/Vatican"` is two
/// names). Spaces, hyphens, dots, apostrophes and `+` are soft (`"Kassym-Jomart"`, `"U.S."`, `"C5+1"`).
struct WordScanner {
    /// One word of the text.
    struct Word {
        /// Byte offset of the first byte.
        var start: Int
        /// Byte offset after the last byte.
        var end: Int
        /// Length of the normal form, written to the scanner's buffer; `Int.max` when longer than the buffer.
        var normalLength: Int
        /// FNV-1a hash of the normal form.
        var hash: UInt64
        /// ``WordScanner/firstUpper`` and friends.
        var flags: UInt8
        /// Whether the gap before the word is hard.
        var hardGapBefore: Bool
    }

    /// The first letter is upper-case.
    static let firstUpper: UInt8 = 1
    /// Every letter is upper-case (and there is at least one).
    static let allUpper: UInt8 = 2
    /// The word is made of letters (not digits).
    static let isLetters: UInt8 = 4

    /// Byte classes: 0 soft gap, 1 hard gap, 2 letter, 3 digit, 4 non-ASCII.
    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in 0..<128 {
            let scalar = UInt8(byte)
            switch scalar {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                table[byte] = 2
            case UInt8(ascii: "0")...UInt8(ascii: "9"): table[byte] = 3
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "'"),
                UInt8(ascii: "+"), UInt8(ascii: "&"):
                table[byte] = 0
            default: table[byte] = 1
            }
        }
        for byte in 128..<256 { table[byte] = 4 }
        return table
    }()

    /// Base letters of U+00C0…U+017F, lower-case; `.` marks a non-letter (× and ÷).
    private static let latinBase: [UInt8] = Array(
        ("aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuyty"
            + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
            + "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs").utf8)

    /// The maximum length of a normal form; longer words are never names.
    static let capacity = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The normal form of the last word returned by ``next()``.
    let buffer: UnsafeMutablePointer<UInt8>
    /// The read position.
    private(set) var position: Int

    /// Creates a scanner.
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 text; it must outlive the scanner.
    ///   - buffer: Room for ``capacity`` bytes of normal form.
    init(bytes: UnsafeBufferPointer<UInt8>, buffer: UnsafeMutablePointer<UInt8>) {
        self.bytes = bytes
        self.buffer = buffer
        self.position = 0
    }

    /// Decodes the scalar at `index` (a non-ASCII lead byte), returning it and its length.
    private func scalar(at index: Int) -> (value: UInt32, length: Int) {
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
        return (0xFFFD, 1)
    }

    /// Whether a non-ASCII scalar separates words, and whether hard.
    private static func gapKind(_ value: UInt32) -> UInt8? {
        switch value {
        case 0x2019, 0x2018, 0x2010...0x2015, 0x00A0, 0x2000...0x200B, 0x202F, 0x00AD: return 0
        case 0x0080...0x00BF, 0x00D7, 0x00F7, 0x2016...0x206F, 0x2190...0x2BFF, 0x3000...0x303F, 0xFEFF, 0xFFFD:
            return 1
        default: return nil
        }
    }

    /// Folds a letter scalar: its ASCII base (or 0 when it has none) and whether it is upper-case.
    private static func fold(_ value: UInt32) -> (base: UInt8, upper: Bool) {
        switch value {
        case 0x00C0...0x00FF:
            let base = latinBase[Int(value - 0x00C0)]
            return (base, value < 0x00DF)
        case 0x0100...0x017F:
            let base = latinBase[Int(value - 0x0100) + 64]
            let even = value & 1 == 0
            let upper: Bool
            switch value {
            case 0x0138, 0x0149, 0x017F: upper = false
            case 0x0139...0x0148, 0x0179...0x017E: upper = !even
            case 0x0178: upper = true
            default: upper = even
            }
            return (base, upper)
        case 0x018F: return (UInt8(ascii: "e"), true)
        case 0x0259: return (UInt8(ascii: "e"), false)
        case 0x0400...0x042F: return (0, true)
        default: return (0, false)
        }
    }

    /// Returns the next word, or `nil` at the end of the text.
    mutating func next() -> Word? {
        let count = bytes.count
        var index = position
        var hard = false
        // Skip the gap.
        while index < count {
            let byteClass = WordScanner.classes[Int(bytes[index])]
            if byteClass == 2 || byteClass == 3 { break }
            if byteClass == 4 {
                let (value, length) = scalar(at: index)
                guard let kind = WordScanner.gapKind(value) else { break }
                if kind == 1 { hard = true }
                index += length
                continue
            }
            if byteClass == 1 { hard = true }
            index += 1
        }
        guard index < count else {
            position = count
            return nil
        }
        let start = index
        let digits = WordScanner.classes[Int(bytes[index])] == 3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        var flags: UInt8 = digits ? 0 : WordScanner.allUpper | WordScanner.isLetters
        var first = true
        @inline(__always) func append(_ byte: UInt8) {
            if length < WordScanner.capacity { buffer[length] = byte }
            length += 1
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        while index < count {
            let byte = bytes[index]
            let byteClass = WordScanner.classes[Int(byte)]
            if byteClass == 2, !digits {
                let upper = byte < 0x5B && byte >= 0x41
                if first, upper { flags |= WordScanner.firstUpper }
                if !upper, byte != UInt8(ascii: "_") { flags &= ~WordScanner.allUpper }
                append(upper ? byte | 0x20 : byte)
                index += 1
            } else if byteClass == 3, digits {
                append(byte)
                index += 1
            } else if byteClass == 4, !digits {
                let (value, scalarLength) = scalar(at: index)
                if WordScanner.gapKind(value) != nil { break }
                let (base, upper) = WordScanner.fold(value)
                if first, upper { flags |= WordScanner.firstUpper }
                if !upper { flags &= ~WordScanner.allUpper }
                if base != 0 {
                    append(base)
                } else {
                    for offset in 0..<scalarLength { append(bytes[index + offset]) }
                }
                index += scalarLength
            } else {
                break
            }
            first = false
        }
        position = index
        return Word(
            start: start, end: index, normalLength: length <= WordScanner.capacity ? length : Int.max, hash: hash,
            flags: flags, hardGapBefore: hard)
    }

    /// The words of a string with their normal forms, for building tables and for lookups (not hot paths).
    ///
    /// - Parameter text: The text.
    /// - Returns: Each word's normal form, flags and whether a hard gap precedes it.
    static func words(of text: String) -> [(normal: [UInt8], flags: UInt8, hardGapBefore: Bool)] {
        var utf8 = Array(text.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        return utf8.withUnsafeMutableBufferPointer { mutable in
            var scanner = WordScanner(bytes: UnsafeBufferPointer(mutable), buffer: buffer)
            var result: [(normal: [UInt8], flags: UInt8, hardGapBefore: Bool)] = []
            while let word = scanner.next() {
                let length = min(word.normalLength, capacity)
                result.append((Array(UnsafeBufferPointer(start: buffer, count: length)), word.flags, word.hardGapBefore))
            }
            return result
        }
    }

    /// The normal form of a whole name: its words' normal forms joined by single spaces.
    ///
    /// - Parameter text: The name.
    /// - Returns: The key (`"St. Petersburg"` → `"st petersburg"`).
    static func key(_ text: String) -> String {
        words(of: text).map { String(decoding: $0.normal, as: UTF8.self) }.joined(separator: " ")
    }
}
