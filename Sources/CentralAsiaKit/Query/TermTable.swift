/// A hash table from folded terms (UTF-8 bytes) to dense term numbers, with the bytes in one arena.
///
/// Built for the index's hot loop: no `String` per token, FNV-1a over the bytes, open addressing.
/// Lookup and insertion are O(term length) expected; the table doubles at half load.
struct TermTable: Sendable {
    private(set) var arena: [UInt8] = []
    private(set) var starts: [Int] = [0]
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The number of terms.
    var count: Int { starts.count - 1 }

    /// The bytes of term `id`.
    func bytes(of id: Int) -> ArraySlice<UInt8> { arena[starts[id]..<starts[id + 1]] }

    static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == term.count else { return false }
        for offset in 0..<term.count where arena[start + offset] != term[offset] { return false }
        return true
    }

    /// The number of a term, or `nil` when the table does not hold it.
    func find(_ term: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = TermTable.hash(term)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { return nil }
            if hashes[id] == hash && equals(id, term) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The number of a term given as a string, or `nil`.
    func find(_ term: String) -> Int? {
        var copy = term
        return copy.withUTF8 { find($0) }
    }

    /// The number of a term, adding it when new.
    mutating func insert(_ term: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = TermTable.hash(term)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { break }
            if hashes[id] == hash && equals(id, term) { return id }
            slot = (slot + 1) & mask
        }
        let id = count
        arena.append(contentsOf: term)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = Int32(id)
        if count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
