import Foundation

/// Splits text into search terms: runs of letters and digits, lower-cased, diacritics folded.
///
/// The same tokenizer reads documents and queries, so `"Türkiye"` in a query finds `TURKIYE` in
/// an article. Any character that is not a letter or a digit separates terms, as in SQLite FTS5's
/// `unicode61` tokenizer: `Kassym-Jomart` is the two terms `kassym` and `jomart`, `C5+1` is `c5` and `1`.
///
/// ASCII is folded byte by byte; other scalars go through the package's one fold (`LetterFold`: Latin
/// diacritics removed, Cyrillic lower-cased with `ё` as `е`, other scripts through Unicode's case and
/// diacritic folding), memoised per tokenizer. Walking a text is O(n) in its UTF-8 bytes.
public struct SearchTokenizer: Sendable {
    /// One term and where it stands in the text.
    public struct Token: Sendable, Hashable {
        /// The folded term (`"kazakhstan"`).
        public var term: String
        /// The UTF-8 byte range of the term as written in the text.
        public var range: Range<Int>

        /// Creates a token.
        ///
        /// - Parameters:
        ///   - term: The folded term.
        ///   - range: The byte range in the text.
        public init(term: String, range: Range<Int>) {
            self.term = term
            self.range = range
        }
    }

    private var folded: [UInt32: [UInt8]] = [:]

    /// Creates a tokenizer.
    public init() {}

    /// The tokens of a text, in order.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The folded terms with their byte ranges in `text.utf8`.
    public mutating func tokens(in text: String) -> [Token] {
        var result: [Token] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            forEachToken(in: buffer) { term, range in
                result.append(Token(term: String(decoding: term, as: UTF8.self), range: range))
            }
        }
        return result
    }

    /// The folded terms of a text, in order.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The terms.
    public mutating func terms(in text: String) -> [String] {
        tokens(in: text).map(\.term)
    }

    /// Calls `body` with each folded term (bytes valid only during the call) and its byte range.
    mutating func forEachToken(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void
    ) {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        var index = 0
        let count = bytes.count
        var start = -1
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if SearchTokenizer.isASCIIWordByte(byte) {
                    if start < 0 { start = index }
                    scratch.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                } else if start >= 0 {
                    scratch.withUnsafeBufferPointer { body($0, start..<index) }
                    scratch.removeAll(keepingCapacity: true)
                    start = -1
                }
                index += 1
                continue
            }
            let (scalar, length) = SearchTokenizer.decode(bytes, at: index)
            if let scalar, SearchTokenizer.isWordScalar(scalar) {
                if start < 0 { start = index }
                scratch.append(contentsOf: fold(scalar))
            } else if start >= 0 {
                scratch.withUnsafeBufferPointer { body($0, start..<index) }
                scratch.removeAll(keepingCapacity: true)
                start = -1
            }
            index += length
        }
        if start >= 0 {
            scratch.withUnsafeBufferPointer { body($0, start..<count) }
        }
    }

    /// The folded UTF-8 form of one non-ASCII letter or digit.
    private mutating func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let known = folded[scalar.value] { return known }
        let text = LetterFold.folded(scalar)
        var bytes: [UInt8] = []
        for part in text.unicodeScalars
        where part.isASCII
            ? SearchTokenizer.isASCIIWordByte(UInt8(part.value))
            : SearchTokenizer.isWordScalar(part)
        {
            bytes.append(contentsOf: String(Character(part)).utf8)
        }
        folded[scalar.value] = bytes
        return bytes
    }

    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// Decodes one scalar at `index`; a malformed sequence is one byte and no scalar.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar?, Int) {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
        default: return (nil, 1)
        }
        guard index + length <= bytes.count else { return (nil, 1) }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value), length)
    }
}
