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
}
