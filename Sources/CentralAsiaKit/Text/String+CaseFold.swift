extension String {
    /// Whether two texts are equal once lower-cased: the same answer as `lowercased() == other.lowercased()`,
    /// found without making either lower-cased copy when both are ASCII (the ASCII letters fold alone there).
    func equalsIgnoringCase(_ other: String) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in String.asciiEqualIgnoringCase(left, right) }
        }
        // `nil` at any level: a text not stored contiguously, or not ASCII.
        return found.flatMap { $0 }.flatMap { $0 } ?? (lowercased() == other.lowercased())
    }

    /// Whether two runs of ASCII bytes are equal with their capital letters lower-cased; `nil` when either holds
    /// a byte that is not ASCII (whose lower case may be ASCII: the Kelvin sign is `k`).
    private static func asciiEqualIgnoringCase(
        _ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>
    ) -> Bool? {
        guard left.allSatisfy({ $0 < 0x80 }), right.allSatisfy({ $0 < 0x80 }) else { return nil }
        return left.count == right.count
            && zip(left, right).allSatisfy { LetterFold.ascii($0) == LetterFold.ascii($1) }
    }
}

extension Optional where Wrapped == String {
    /// Whether two optional texts are equal once lower-cased (``Swift/String/equalsIgnoringCase(_:)``); two
    /// `nil`s are equal, as `a?.lowercased() == b?.lowercased()` has it.
    func equalsIgnoringCase(_ other: String?) -> Bool {
        switch (self, other) {
        case (nil, nil): true
        case (let left?, let right?): left.equalsIgnoringCase(right)
        default: false
        }
    }
}
