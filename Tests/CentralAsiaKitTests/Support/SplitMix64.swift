import Foundation

/// A small seeded random number generator (SplitMix64), so that property tests repeat exactly.
///
/// The one generator of the tests: `Tests/CentralAsiaFeedsTests/Support/SplitMix64.swift` is a symbolic
/// link to this file, so both test targets compile the same source.
///
/// Every property test names its seed in its failure messages; set `CENTRALASIAKIT_SEED` to run the
/// properties with another seed (the printed one, to replay a failure).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator from a seed.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed of the property tests: `CENTRALASIAKIT_SEED` when set, a fixed default otherwise.
    static var testSeed: UInt64 {
        if let text = ProcessInfo.processInfo.environment["CENTRALASIAKIT_SEED"], let seed = UInt64(text) {
            return seed
        }
        return 0x00C0_FFEE_2024
    }

    /// One seed per case of a property, derived from ``testSeed``.
    static func caseSeeds(_ count: Int) -> [UInt64] {
        var generator = SplitMix64(seed: testSeed)
        return (0..<count).map { _ in generator.next() }
    }

    /// A number in `0..<bound`, by the remainder of the next draw (a slight bias is fine for tests).
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// An element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int.random(in: 0..<elements.count, using: &self)]
    }

    /// `true` with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }
}
