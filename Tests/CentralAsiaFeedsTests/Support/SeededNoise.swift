/// Random bytes from a seeded SplitMix64 generator, so a failing noise test can be replayed.
struct SeededNoise {
    private var state: UInt64

    /// Creates a generator from a seed.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number below `bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// Up to `maxCount - 1` bytes drawn from an alphabet.
    mutating func bytes(from alphabet: [UInt8], maxCount: Int) -> [UInt8] {
        (0..<below(maxCount)).map { _ in alphabet[below(alphabet.count)] }
    }
}
