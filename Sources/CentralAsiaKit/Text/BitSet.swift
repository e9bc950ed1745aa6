/// A set of small non-negative integers below a fixed capacity, a bit each: one load and a mask to test. The
/// filters and word sets the readers test at every word (``ShortWordFilter``, ``WordSet``, the vocabularies'
/// hash filters, the date words' start filter) are made of it.
struct BitSet: Sendable {
    /// The bits, ``bitsPerWord`` to an element, member `n` at bit `n % 64` of element `n / 64`.
    private(set) var words: [UInt64]

    /// The members one element of ``words`` holds.
    static var bitsPerWord: Int { UInt64.bitWidth }

    /// An empty set that can hold the integers below `capacity`.
    init(capacity: Int) {
        words = Array(repeating: 0, count: (capacity + BitSet.bitsPerWord - 1) / BitSet.bitsPerWord)
    }

    /// Adds a member (below the capacity).
    mutating func insert(_ member: Int) {
        words[member / BitSet.bitsPerWord] |= 1 << UInt64(member % BitSet.bitsPerWord)
    }

    /// Whether a member (below the capacity) is in the set.
    @inline(__always)
    func contains(_ member: Int) -> Bool {
        words[member / BitSet.bitsPerWord] & (1 << UInt64(member % BitSet.bitsPerWord)) != 0
    }

    /// Whether a member (below the capacity) is in the set whose ``words`` are `words`: the form a scan that
    /// holds the words as a buffer tests.
    @inline(__always)
    static func contains(_ member: Int, in words: UnsafeBufferPointer<UInt64>) -> Bool {
        words[member / bitsPerWord] & (1 &<< UInt64(member % bitsPerWord)) != 0
    }
}
