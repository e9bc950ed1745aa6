/// A filter over the short words of a set (eight bytes or fewer, packed by ``PackedWord``) that tells with one
/// load that a word of ASCII letters is surely not in the set: ``WordScanner`` passes over such a word without
/// reading it. A word the filter lets through may still be in no set; the lookup after the scanner decides.
///
/// Lower-case and capitalised words are kept apart (the mention scan keeps other words of each), and longer
/// words are not filtered at all.
struct ShortWordFilter: Sendable {
    /// The bits of the filter: 2¹⁶ of them, 8 KiB, few enough to stay in the first-level cache beside the
    /// scan's other tables and many enough that the vocabulary of a gazetteer (a few thousand short words)
    /// sets under a tenth of them.
    static var indexBits: Int { 16 }

    /// The filter's bits.
    private var members = BitSet(capacity: 1 << indexBits)

    /// The filter's bits as ``BitSet/words``, for ``mayContain(_:_:capitalised:)``.
    var bits: [UInt64] { members.words }

    /// Creates an empty filter: every word is surely not in it.
    init() {}

    /// Adds a word's normal form (lower-case); a form longer than ``PackedWord/capacity`` is not filtered, and
    /// needs no entry.
    ///
    /// - Parameters:
    ///   - normal: The normal form's bytes.
    ///   - capitalised: Whether the word is kept when written with a capital (else when in lower case).
    mutating func insert(_ normal: [UInt8], capitalised: Bool) {
        guard let key = PackedWord.key(normal) else { return }
        members.insert(ShortWordFilter.bit(key, capitalised: capitalised))
    }

    /// Marks the capitalised words apart from the lower-case ones: no byte of a packed word of ASCII letters
    /// has its high bit set.
    private static var capitalSalt: UInt64 { 0x8080_8080_8080_8080 }
    /// A multiplier that spreads the packed bytes over the high bits (2⁶⁴ divided by the golden ratio).
    private static var spread: UInt64 { 0x9E37_79B9_7F4A_7C15 }

    /// The bit of a packed lower-case word.
    @inline(__always)
    static func bit(_ key: UInt64, capitalised: Bool) -> Int {
        let salted = capitalised ? key ^ capitalSalt : key
        return Int(truncatingIfNeeded: (salted &* spread) >> UInt64(UInt64.bitWidth - indexBits))
    }

    /// Whether a packed lower-case word may be in the filter whose ``bits`` are `bits`.
    @inline(__always)
    static func mayContain(_ bits: UnsafeBufferPointer<UInt64>, _ key: UInt64, capitalised: Bool) -> Bool {
        BitSet.contains(bit(key, capitalised: capitalised), in: bits)
    }
}
