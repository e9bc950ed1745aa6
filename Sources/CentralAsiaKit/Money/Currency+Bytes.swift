extension Currency {
    /// The number of letters in an alphabetic code.
    static let codeLength = 3

    /// The table's codes with their three letters packed into an integer, sorted by it: a lookup
    /// from raw bytes that makes no string (a ticker reads two codes on every quote line).
    static let codesByLetters: [(letters: UInt32, code: CurrencyCode)] =
        all.map { (packedLetters(Array($0.code.rawValue.utf8), at: 0) ?? 0, $0.code) }.sorted {
            $0.letters < $1.letters
        }

    /// Three upper-case ASCII letters at `start`, packed into an integer; `nil` for anything else.
    static func packedLetters(_ bytes: [UInt8], at start: Int) -> UInt32? {
        guard start >= 0, start + codeLength <= bytes.count else { return nil }
        var packed: UInt32 = 0
        for byte in bytes[start..<start + codeLength] {
            guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { return nil }
            packed = packed << 8 | UInt32(byte)
        }
        return packed
    }

    /// The code of the table's currency spelled by the three bytes at `start`, found by binary
    /// search; `nil` when they are not three capitals or the table does not list them.
    ///
    /// - Parameters:
    ///   - bytes: A buffer.
    ///   - start: Where the code starts.
    /// - Returns: The code, equal to `CurrencyCode` of the same text.
    static func knownCode(in bytes: [UInt8], at start: Int) -> CurrencyCode? {
        guard let letters = packedLetters(bytes, at: start) else { return nil }
        var low = 0
        var high = codesByLetters.count
        while low < high {
            let middle = (low + high) / 2
            if codesByLetters[middle].letters < letters { low = middle + 1 } else { high = middle }
        }
        guard low < codesByLetters.count, codesByLetters[low].letters == letters else { return nil }
        return codesByLetters[low].code
    }
}
