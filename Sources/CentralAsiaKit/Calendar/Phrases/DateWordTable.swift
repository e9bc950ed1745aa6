/// A read-only table keyed by the hash of a folded word (``DateText/hash(of:)``), for the look-ups the date
/// grammar makes at every word: the key is already a hash, so a look-up is a mask and a compare or two, where
/// a `Dictionary` would hash the hash again.
///
/// Open addressing over a power-of-two array at most half full, probing linearly.
struct DateWordTable<Value: Sendable>: Sendable {
    /// Each slot's key, and the index of its value in `values` (`empty` when the slot is free).
    private let keys: [UInt64]
    private let indices: [Int32]
    private let values: [Value]
    private let mask: Int

    /// The slots per entry, at least: a table at most half full ends most probes at the first slot.
    private static var slotsPerEntry: Int { 2 }
    /// The index of a free slot.
    private static var empty: Int32 { -1 }

    /// A table of the entries of a dictionary.
    init(_ entries: [UInt64: Value]) {
        var size = 1
        while size < entries.count * Self.slotsPerEntry { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var indices = [Int32](repeating: Self.empty, count: size)
        var values: [Value] = []
        for (key, value) in entries {
            var slot = Self.slot(of: key, mask: size - 1)
            while indices[slot] != Self.empty { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            indices[slot] = Int32(values.count)
            values.append(value)
        }
        (self.keys, self.indices, self.values, mask) = (keys, indices, values, size - 1)
    }

    /// The value of a hash, or `nil`.
    subscript(hash: UInt64) -> Value? {
        var slot = Self.slot(of: hash, mask: mask)
        while indices[slot] != Self.empty {
            if keys[slot] == hash { return values[Int(indices[slot])] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The first slot of a hash: its high half folded into its low half, so that words that differ only in
    /// their last letters still part.
    private static func slot(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    }
}
