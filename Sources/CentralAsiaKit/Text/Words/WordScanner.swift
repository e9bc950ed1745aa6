/// Splits UTF-8 text into normalised words, the unit of names in the gazetteer and of ``MentionFinder``.
///
/// A word is a run of letters, or a run of digits: `"COP29"` is `cop` `29`, `"C5+1"` is `c` `5` `1`.
/// The package's one word tokenizer: mentions read its words, and search joins the words that touch into
/// terms (``SearchTokenizer``). Letters are ASCII letters, `_`, and the non-ASCII letters, marks and
/// numbers of any script (``WordCharacter``). The normal form is the one fold (``LetterFold``): lower-case
/// with Latin diacritics removed (`"Büyükakın"` → `buyukakin`, `"Türkiye"` → `turkiye`), so the press's
/// spellings with and without them meet. Cyrillic is lower-cased too, the letters of Kazakh, Kyrgyz, Uzbek
/// and Tajik included (`"Тоқаев"` → `тоқаев`), and `ё` is `е` (`"Мирзиёев"` → `мирзиеев`). Other scripts
/// are folded by Unicode's case and diacritic folding, and a combining mark folds to nothing.
///
/// Between two words is a gap. A gap is *hard* when it holds a comma, semicolon, colon, bracket, quotation
/// mark (`"…"`, `«…»`), slash, `!`, `?`, a line break, a bullet or a symbol: no name spans a hard gap
/// (`"Italy/Vatican"` is two names). Spaces, hyphens, dashes, dots, apostrophes and `+` are soft
/// (`"Kassym-Jomart"`, `"U.S."`, `"C5+1"`, `"В.Путин"`, `"российско-узбекских"`).
struct WordScanner {
    /// One word of the text.
    struct Word {
        /// Byte offset of the first byte.
        var start: Int
        /// Byte offset after the last byte.
        var end: Int
        /// Length of the normal form, written to the scanner's buffer; `Int.max` when longer than the buffer.
        var normalLength: Int
        /// ``WordScanner/firstUpper`` and friends.
        var flags: UInt8
        /// Whether the gap before the word is hard.
        var hardGapBefore: Bool
        /// The 1-based line the word is on.
        var line: Int
        /// Byte offset of the start of that line.
        var lineStart: Int
    }

    /// The first letter is upper-case.
    static let firstUpper: UInt8 = 1
    /// Every letter is upper-case (and there is at least one).
    static let allUpper: UInt8 = 2
    /// The word is made of letters (not digits).
    static let isLetters: UInt8 = 4
    /// The word has at most three letters (or digits).
    static let isShort: UInt8 = 8

    /// The class of an ASCII byte: 0 soft gap, 1 hard gap, 2 letter (or `_`), 3 digit.
    @inline(__always)
    private static func asciiClass(_ byte: UInt8) -> UInt8 {
        if (byte | 0x20) &- 0x61 < 26 || byte == 0x5F { return 2 }
        if byte &- 0x30 < 10 { return 3 }
        switch byte {
        case 0x20, 0x09, 0x2D, 0x2E, 0x27, 0x2B, 0x26: return 0  // space, tab, - . ' + &
        default: return 1
        }
    }

    /// The most letters a word may have to be ``isShort``.
    private static let shortLetters = 3

    /// The maximum length of a normal form; longer words are never names.
    static let capacity = 64
    /// The size of a buffer for normal forms: ``capacity`` and eight bytes more, so that a normal form may
    /// be read eight bytes at a time.
    static let bufferSize = capacity + 8

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The normal form of the last word returned by ``next()``.
    let buffer: UnsafeMutablePointer<UInt8>
    /// The read position.
    private(set) var position: Int
    /// The line of the read position.
    private var line = 1
    /// The offset where that line starts.
    private var lineStart = 0

    /// Creates a scanner.
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 text; it must outlive the scanner.
    ///   - buffer: Room for ``bufferSize`` bytes of normal form.
    init(bytes: UnsafeBufferPointer<UInt8>, buffer: UnsafeMutablePointer<UInt8>) {
        self.bytes = bytes
        self.buffer = buffer
        self.position = 0
    }

    /// Decodes the scalar at `index` (a non-ASCII lead byte), returning it and its length.
    @inline(__always)
    private func scalar(at index: Int) -> (value: UInt32, length: Int) {
        WordCharacter.scalar(in: bytes, at: index)
    }

    /// Returns the next word that is not a plain one of no interest, or `nil` at the end.
    ///
    /// Passes over ASCII marks, numbers and words of ASCII letters whose shape (first byte, folded to lower
    /// case, and length) has no bit in the masks for their kind: `shapes` for numbers and words that start in
    /// lower case, `capitalShapes` for words that start with a capital. Bit `n` is for length `n`, 63 for
    /// longer words; a word longer than ``capacity`` is always passed over. A word of ASCII letters that fits
    /// its shape but that `filter` (the bits of a ``ShortWordFilter``; empty for none) surely does not hold,
    /// as a capitalised or a lower-case word, is passed over too. Then reads on as ``next()``. The word
    /// returned tells whether a hard gap came right before it (after the last word passed over).
    ///
    /// - Parameters:
    ///   - shapes: 256 masks, by first byte.
    ///   - capitalShapes: 256 masks, by first byte folded to lower case.
    ///   - filter: The bits of the short words to keep, or none.
    mutating func next(
        skippingLowerCase shapes: UnsafeBufferPointer<UInt64>, capitals capitalShapes: UnsafeBufferPointer<UInt64>,
        filter: UnsafeBufferPointer<UInt64>
    ) -> Word? {
        let count = bytes.count
        var index = position
        var hard = false
        while index < count {
            let byte = bytes[index]
            let table: UnsafeBufferPointer<UInt64>
            let capitalised = byte &- 0x41 < 26
            if byte &- 0x61 < 26 {
                table = shapes
            } else if capitalised {
                table = capitalShapes
            } else {
                guard byte < 0x80 else { break }
                if byte &- 0x30 < 10 {
                    // A number: its normal form is its digits.
                    var end = index &+ 1
                    while end < count, bytes[end] &- 0x30 < 10 { end &+= 1 }
                    let length = end &- index
                    if length <= WordScanner.capacity, shapes[Int(byte)] & (1 << UInt64(min(length, 63))) != 0 {
                        break
                    }
                    index = end
                    hard = false
                    continue
                }
                let byteClass = WordScanner.asciiClass(byte)
                guard byteClass < 2 else { break }
                if byteClass == 1 { hard = true }
                if byte == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
                continue
            }
            let end = letterRunEnd(after: index)
            // A word that runs on with `_` or a non-ASCII letter is read in full below.
            if end < count, bytes[end] >= 0x80 || bytes[end] == 0x5F { break }
            let length = end - index
            if length <= WordScanner.capacity, table[Int(byte | 0x20)] & (1 << UInt64(min(length, 63))) != 0,
                filter.isEmpty || length > PackedWord.capacity
                    || ShortWordFilter.mayContain(
                        filter, packedLetters(at: index, length: length), capitalised: capitalised)
            {
                break
            }
            // The space after a word passed over is passed over with it (a soft gap, as the loop reads it).
            index = end < count && bytes[end] == 0x20 ? end + 1 : end
            hard = false
        }
        position = index
        guard var word = next() else { return nil }
        word.hardGapBefore = word.hardGapBefore || hard
        return word
    }

    /// Returns the next word, or `nil` at the end of the text.
    ///
    /// Kept out of line: inlined into ``MentionAutomaton``'s scan, it leaves that function too large for the
    /// optimiser to inline the array operations of its run of words.
    @inline(never)
    mutating func next() -> Word? {
        let count = bytes.count
        guard let (start, hard) = skipGap(from: position) else {
            position = count
            return nil
        }
        let digits = WordScanner.asciiClass(bytes[start]) == 3
        var index = start
        var length = 0
        // Letters written with two bytes of normal form (Cyrillic), so that ``isShort`` counts letters.
        var wideLetters = 0
        var flags: UInt8 = digits ? 0 : WordScanner.allUpper | WordScanner.isLetters
        if digits {
            index = copyDigits(from: start, into: &length)
        } else {
            if bytes[start] &- 0x41 < 26 { flags |= WordScanner.firstUpper }
            // Bit 5 of an ASCII letter is set for lower case: OR-ing them tells whether any was lower-case.
            var lowerBits: UInt8 = 0
            index = copyASCIIChunks(from: start, into: &length, lowerBits: &lowerBits)
            while index < count {
                let byte = bytes[index]
                let folded = byte | 0x20
                if folded &- 0x61 < 26 {
                    lowerBits |= byte
                    if length < WordScanner.capacity { buffer[length] = folded }
                    length &+= 1
                    index += 1
                } else if byte == 0x5F {
                    if length < WordScanner.capacity { buffer[length] = byte }
                    length &+= 1
                    index += 1
                } else if byte >= 0x80 {
                    let run = copyLowerCaseRussian(from: index, into: &length)
                    if run > 0 {
                        lowerBits |= 0x20
                        wideLetters &+= run
                        index &+= run &* 2
                        continue
                    }
                    guard let letter = copyScalar(at: index, wordStart: start, length: length) else { break }
                    index = letter.end
                    length = letter.length
                    wideLetters &+= letter.wideLetters
                    lowerBits |= letter.lowerBits
                    flags |= letter.flags
                } else {
                    break
                }
            }
            if lowerBits & 0x20 != 0 { flags &= ~WordScanner.allUpper }
        }
        position = index
        if length &- wideLetters <= WordScanner.shortLetters { flags |= WordScanner.isShort }
        let kept = length <= WordScanner.capacity
        return Word(
            start: start, end: index, normalLength: kept ? length : Int.max,
            flags: flags, hardGapBefore: hard, line: line, lineStart: lineStart)
    }

    /// Passes over the gap from an offset, counting its line breaks, and returns where the next word starts
    /// and whether the gap was hard; `nil` when the text ends first.
    @inline(__always)
    private mutating func skipGap(from start: Int) -> (index: Int, hard: Bool)? {
        let count = bytes.count
        var index = start
        var hard = false
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 {
                index += 1
                continue
            }
            if byte < 0x80 {
                let byteClass = WordScanner.asciiClass(byte)
                if byteClass >= 2 { return (index, hard) }
                if byteClass == 1 {
                    hard = true
                    if byte == 0x0A {
                        line += 1
                        lineStart = index + 1
                    }
                }
                index += 1
                continue
            }
            // Russian letters start words; other scalars are decoded to tell.
            if isTwoByteCyrillic(at: index) { return (index, hard) }
            let (value, length) = scalar(at: index)
            guard let gap = WordCharacter.gap(value) else { return (index, hard) }
            if gap == .hard { hard = true }
            index += length
        }
        return nil
    }

    /// Copies the number at an offset (its own normal form) to the buffer, as far as it fits, counting its
    /// digits in `length`; returns the offset after it.
    @inline(__always)
    private func copyDigits(from start: Int, into length: inout Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] &- 0x30 < 10 {
            if length < WordScanner.capacity { buffer[length] = bytes[index] }
            length &+= 1
            index += 1
        }
        return index
    }

    /// Copies the ASCII letters at an offset eight at a time, folded to lower case, while eight more fit in
    /// the buffer; returns the offset of the byte that ends the run (the caller's loop takes it).
    @inline(__always)
    private func copyASCIIChunks(from start: Int, into length: inout Int, lowerBits: inout UInt8) -> Int {
        var index = start
        while length &+ 8 <= WordScanner.capacity, let chunk = chunk(at: index) {
            let run = WordScanner.leadingLetters(chunk)
            UnsafeMutableRawPointer(buffer + length).storeBytes(
                of: (chunk | 0x2020_2020_2020_2020).littleEndian, as: UInt64.self)
            let kept = run == 8 ? UInt64.max : (1 << UInt64(run * 8)) &- 1
            lowerBits |= (chunk & kept & 0x2020_2020_2020_2020) != 0 ? 0x20 : 0
            length &+= run
            index &+= run
            if run < 8 { break }
        }
        return index
    }

    /// Copies the normal form of the letter at an offset that starts with a non-ASCII byte and is no
    /// lower-case Russian letter (``copyLowerCaseRussian(from:into:)`` takes those) to the buffer after
    /// `length` bytes, as far as it fits: a Cyrillic letter (lower-cased, two bytes), or another letter (Latin
    /// diacritics removed). `nil` when the scalar there separates words. Out of line, and with no `inout`, so
    /// that the loop that calls it keeps its counts in registers: such letters are few.
    ///
    /// - Returns: The offset after the letter; the length of the normal form with it; 1 when it takes two
    ///   bytes of normal form (Cyrillic), else 0; 0x20 when it is not upper-case, else 0 (the bit ``next()``
    ///   collects for lower case); ``firstUpper`` when it starts the word and is upper-case, else 0.
    @inline(never)
    private func copyScalar(
        at index: Int, wordStart start: Int, length: Int
    ) -> (end: Int, length: Int, wideLetters: Int, lowerBits: UInt8, flags: UInt8)? {
        let byte = bytes[index]
        let (value, scalarLength) =
            isTwoByteCyrillic(at: index)
            ? (UInt32(byte & 0x1F) << 6 | UInt32(bytes[index &+ 1] & 0x3F), 2) : scalar(at: index)
        let isCyrillic = LetterFold.isCyrillic(value)
        if !isCyrillic, WordCharacter.gap(value) != nil { return nil }
        let (lower, upper) = isCyrillic ? LetterFold.cyrillic(value) : (0, false)
        let (base, latinUpper) = isCyrillic ? (0, false) : LetterFold.latin(value)
        let isUpper = isCyrillic ? upper : latinUpper
        var letter = (
            end: index + scalarLength, length: length, wideLetters: isCyrillic ? 1 : 0,
            lowerBits: isUpper ? UInt8(0) : 0x20, flags: index == start && isUpper ? WordScanner.firstUpper : 0
        )
        if isCyrillic {
            // Cyrillic: lower-cased, two bytes of normal form for one letter.
            if length &+ 1 < WordScanner.capacity {
                buffer[length] = UInt8(0xC0 | lower >> 6)
                buffer[length &+ 1] = UInt8(0x80 | lower & 0x3F)
            }
            letter.length &+= 2
            return letter
        }
        if base != 0 {
            if letter.length < WordScanner.capacity { buffer[letter.length] = base }
            letter.length &+= 1
            return letter
        }
        // Another script, or a mark: the one fold (Unicode's case and diacritic folding; a lone combining
        // mark folds to nothing, so "Tu\u{308}rkiye" is "turkiye").
        guard let scalar = Unicode.Scalar(value) else { return nil }
        for normal in LetterFold.folded(scalar).utf8 {
            if letter.length < WordScanner.capacity { buffer[letter.length] = normal }
            letter.length &+= 1
        }
        return letter
    }

    /// Copies the run of lower-case Russian letters at an offset (`а`…`п`, D0 B0…BF, and `р`…`я`, D1 80…8F:
    /// their own normal form) to the buffer, two bytes at a time, and returns how many letters it held.
    @inline(__always)
    private func copyLowerCaseRussian(from start: Int, into length: inout Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var index = start
        var letters = 0
        while index &+ 1 < bytes.count {
            let pair = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt16.self))
            let masked = pair & 0xF0FF
            guard masked == 0xB0D0 || masked == 0x80D1 else { break }
            if length &+ 1 < WordScanner.capacity {
                UnsafeMutableRawPointer(buffer + length).storeBytes(of: pair.littleEndian, as: UInt16.self)
            }
            length &+= 2
            letters &+= 1
            index &+= 2
        }
        return letters
    }

    /// Whether a well-formed two-byte scalar of U+0400…U+047F (lead byte D0 or D1: the Russian alphabet and
    /// its neighbours) starts at an offset: the hot path of Russian text, decoded without ``scalar(at:)``.
    @inline(__always)
    private func isTwoByteCyrillic(at index: Int) -> Bool {
        bytes[index] & 0xFE == 0xD0 && index &+ 1 < bytes.count && bytes[index &+ 1] & 0xC0 == 0x80
    }

    /// Where the run of ASCII letters that goes on after an offset ends, read eight bytes at a time.
    @inline(__always)
    private func letterRunEnd(after index: Int) -> Int {
        var end = index + 1
        while let chunk = chunk(at: end) {
            let run = WordScanner.leadingLetters(chunk)
            end &+= run
            if run < 8 { break }
        }
        while end < bytes.count, (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
        return end
    }

    /// The ASCII letters of a word at an offset, at most ``PackedWord/capacity`` of them, packed in lower case
    /// as ``PackedWord/key(_:foldingCase:)`` packs them.
    @inline(__always)
    private func packedLetters(at index: Int, length: Int) -> UInt64 {
        let lowerCase: UInt64 = 0x2020_2020_2020_2020
        if let chunk = chunk(at: index) {
            let kept: UInt64 = length >= PackedWord.capacity ? .max : (1 &<< UInt64(length &* 8)) &- 1
            return (chunk | lowerCase) & kept
        }
        return PackedWord.key(bytes[index..<index + length], foldingCase: true) ?? 0
    }

    /// The eight bytes at an offset as a little-endian word, or `nil` when fewer than eight are left.
    @inline(__always)
    private func chunk(at index: Int) -> UInt64? {
        index &+ 8 <= bytes.count ? ByteSearch.chunk(bytes, at: index) : nil
    }

    /// How many of a chunk's bytes, from its first, are ASCII letters (8 when all are).
    @inline(__always)
    static func leadingLetters(_ chunk: UInt64) -> Int {
        (~asciiLetterMask(chunk) & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3
    }

    /// Bit 7 of each byte of a little-endian word is set when that byte is an ASCII letter (either case).
    @inline(__always)
    static func asciiLetterMask(_ chunk: UInt64) -> UInt64 {
        // Folded to lower case (bit 5 set), capitals and small letters are the lanes from "a" to "z".
        PackedWord.lanes(of: chunk | 0x2020_2020_2020_2020, in: UInt8(ascii: "a")...UInt8(ascii: "z"))
    }

    /// Hashes a normal form eight bytes at a time (a multiply-rotate mix; not for adversarial input, which
    /// costs only longer probes).
    ///
    /// - Parameters:
    ///   - bytes: The normal form.
    ///   - count: Its length.
    ///   - foldingCapitals: Whether to read ASCII capitals as lower case (``PackedWord/foldingCapitals(_:)``), for
    ///     bytes that are not a normal form yet.
    ///   - paddedTail: Whether eight bytes may be read from the start of the last chunk (a scanner's buffer, see
    ///     ``bufferSize``): its bytes are then read in one load; the hash is the same.
    /// - Returns: The hash the vocabulary tables are keyed by.
    @inline(__always)
    static func hash(
        _ bytes: UnsafePointer<UInt8>, count: Int, foldingCapitals: Bool = false, paddedTail: Bool = false
    ) -> UInt64 {
        hashAndHead(bytes, count: count, foldingCapitals: foldingCapitals, paddedTail: paddedTail).hash
    }

    /// ``hash(_:count:foldingCapitals:paddedTail:)``, and the first eight bytes it read, packed as
    /// ``PackedWord/key(_:foldingCase:)`` packs them (folded as they were read; fewer, zero-padded, for a shorter
    /// word): two words with the same length and head are equal when no longer than eight bytes.
    @inline(__always)
    static func hashAndHead(
        _ bytes: UnsafePointer<UInt8>, count: Int, foldingCapitals: Bool = false, paddedTail: Bool = false
    ) -> (hash: UInt64, head: UInt64) {
        let raw = UnsafeRawPointer(bytes)
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        var head: UInt64 = 0
        var index = 0
        while index &+ 8 <= count {
            var chunk = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if foldingCapitals { chunk = PackedWord.foldingCapitals(chunk) }
            if index == 0 { head = chunk }
            hash = ((hash ^ chunk) &* 0xFF51_AFD7_ED55_8CCD)
            hash = (hash << 31) | (hash >> 33)
            index &+= 8
        }
        var tail: UInt64 = 0
        if paddedTail {
            let rest = count &- index
            if rest > 0 {
                let chunk = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                tail = chunk & ((1 &<< UInt64(truncatingIfNeeded: rest &* 8)) &- 1)
            }
        } else {
            var shift: UInt64 = 0
            while index < count {
                tail |= UInt64(bytes[index]) << shift
                shift &+= 8
                index &+= 1
            }
        }
        if foldingCapitals { tail = PackedWord.foldingCapitals(tail) }
        if count < 8 { head = tail }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return (hash ^ (hash >> 29), head)
    }

    /// The words of a string with their normal forms, for building tables and for lookups (not hot paths).
    ///
    /// - Parameter text: The text.
    /// - Returns: Each word's normal form, flags and whether a hard gap precedes it.
    static func words(of text: String) -> [(normal: [UInt8], flags: UInt8, hardGapBefore: Bool)] {
        var utf8 = Array(text.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bufferSize)
        defer { buffer.deallocate() }
        return utf8.withUnsafeMutableBufferPointer { mutable in
            var scanner = WordScanner(bytes: UnsafeBufferPointer(mutable), buffer: buffer)
            var result: [(normal: [UInt8], flags: UInt8, hardGapBefore: Bool)] = []
            while let word = scanner.next() {
                let length = min(word.normalLength, capacity)
                result.append(
                    (Array(UnsafeBufferPointer(start: buffer, count: length)), word.flags, word.hardGapBefore))
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
