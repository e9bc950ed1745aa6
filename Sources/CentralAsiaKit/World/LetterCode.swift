/// Validation and coding shared by the open sets of upper-case letter codes.
///
/// ``CurrencyCode`` (three letters) and ``CountryCode`` (two letters) are the same kind of value: a fixed
/// number of upper-case ASCII letters, encoded as a JSON string, and rejected with the value quoted when
/// malformed. The rules live here once.
enum LetterCode {
    /// Whether a string is exactly `count` upper-case ASCII letters.
    ///
    /// - Parameters:
    ///   - text: The candidate.
    ///   - count: The required number of letters.
    /// - Returns: `true` for a well-formed code.
    static func isValid(_ text: String, count: Int) -> Bool {
        var letters = 0
        for byte in text.utf8 {
            guard byte >= 0x41, byte <= 0x5A else { return false }
            letters += 1
        }
        return letters == count
    }

    /// Decodes a single string and validates it as a code of `count` letters.
    ///
    /// - Parameters:
    ///   - decoder: The decoder to read from.
    ///   - count: The required number of letters.
    ///   - noun: What the code is, for the message (`"currency code"`).
    ///   - countWord: The count in words, for the message (`"three"`).
    /// - Returns: The validated text.
    /// - Throws: `DecodingError.dataCorrupted` quoting the value.
    static func decode(from decoder: any Decoder, count: Int, noun: String, countWord: String) throws -> String {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard isValid(text, count: count) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid \(noun) \"\(text)\"; expected \(countWord) capital letters")
        }
        return text
    }

    /// Encodes a code as a single string.
    ///
    /// - Parameters:
    ///   - rawValue: The code.
    ///   - encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    static func encode(_ rawValue: String, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
