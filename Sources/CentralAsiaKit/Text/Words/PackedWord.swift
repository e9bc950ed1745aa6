/// A short word's bytes packed into one integer, so that a word of the text is compared with a small table of
/// words (title minor words, frame pronouns) without hashing or copying it.
enum PackedWord {
    /// The most bytes a packed word holds.
    static var capacity: Int { MemoryLayout<UInt64>.size }

    /// The bytes of a word packed into a `UInt64`, first byte lowest; `nil` for a word longer than
    /// ``capacity``. Words without zero bytes pack alike only when they are equal.
    ///
    /// - Parameters:
    ///   - word: The word's bytes.
    ///   - foldingCase: Whether to pack ASCII letters in lower case (bit 5 set), for a word of ASCII letters
    ///     and digits (a digit has that bit already); otherwise the bytes are packed as they are.
    @inline(__always)
    static func key<Bytes: Collection<UInt8>>(_ word: Bytes, foldingCase: Bool = false) -> UInt64? {
        guard word.count <= capacity else { return nil }
        let fold: UInt8 = foldingCase ? 0x20 : 0
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for byte in word {
            key |= UInt64(byte | fold) << shift
            shift += 8
        }
        return key
    }

    /// The lanes of a chunk of eight bytes whose byte is an ASCII byte in `bytes`, as their high bits (exact in
    /// every lane: bit 7 is cleared before adding, so no sum carries into the next lane).
    @inline(__always)
    static func lanes(of chunk: UInt64, in bytes: ClosedRange<UInt8>) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let low = chunk & ~highs
        let atLeastLower = low &+ ones &* UInt64(0x80 - bytes.lowerBound)  // bit 7 set from the lower bound up
        let pastUpper = low &+ ones &* UInt64(0x7F - bytes.upperBound)  // bit 7 set past the upper bound
        return atLeastLower & ~pastUpper & ~chunk & highs
    }

    /// A chunk of eight bytes with its ASCII capitals (`A`…`Z`) in lower case and every other byte as it is,
    /// all eight at once.
    @inline(__always)
    static func foldingCapitals(_ chunk: UInt64) -> UInt64 {
        chunk | lanes(of: chunk, in: UInt8(ascii: "A")...UInt8(ascii: "Z")) >> 2  // bit 7 to bit 5: the case bit
    }

    /// How many of a chunk's bytes, from its first, are ASCII letters or digits (8 when all are).
    @inline(__always)
    static func leadingLettersAndDigits(_ chunk: UInt64) -> Int {
        let digits = lanes(of: chunk, in: UInt8(ascii: "0")...UInt8(ascii: "9"))
        let kept = WordScanner.asciiLetterMask(chunk) | digits
        return (~kept & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3
    }
}
