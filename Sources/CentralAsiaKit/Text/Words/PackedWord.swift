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

    /// A chunk of eight bytes with its ASCII capitals (`A`…`Z`) in lower case and every other byte as it is,
    /// all eight at once.
    @inline(__always)
    static func foldingCapitals(_ chunk: UInt64) -> UInt64 {
        let highs: UInt64 = 0x8080_8080_8080_8080
        // Bit 7 cleared, so that adding to a byte never carries into the next one.
        let low = chunk & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low &+ 0x3F3F_3F3F_3F3F_3F3F  // bit 7 set from "A" (0x41) up
        let pastZ = low &+ 0x2525_2525_2525_2525  // bit 7 set from "[" (0x5B) up
        let capitals = atLeastA & ~pastZ & ~chunk & highs
        return chunk | capitals >> 2  // bit 7 to bit 5: the case bit
    }

    /// How many of a chunk's bytes, from its first, are ASCII letters or digits (8 when all are).
    @inline(__always)
    static func leadingLettersAndDigits(_ chunk: UInt64) -> Int {
        let highs: UInt64 = 0x8080_8080_8080_8080
        let low = chunk & 0x7F7F_7F7F_7F7F_7F7F
        let atLeast0 = low &+ 0x5050_5050_5050_5050  // bit 7 set from "0" (0x30) up
        let past9 = low &+ 0x4646_4646_4646_4646  // bit 7 set from ":" (0x3A) up
        let digits = atLeast0 & ~past9 & ~chunk & highs
        let kept = WordScanner.asciiLetterMask(chunk) | digits
        return (~kept & highs).trailingZeroBitCount >> 3
    }
}
