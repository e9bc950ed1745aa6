import Foundation

/// Splits text into search terms: the words of the package's one word tokenizer (`WordScanner`), with
/// the words that touch joined into one term.
///
/// The same tokenizer reads documents and queries, so `"Türkiye"` in a query finds `TURKIYE` in an article,
/// and a term is spelled as the mention finder spells a name (`LetterFold`: lower case, Latin diacritics
/// removed, Cyrillic lower-cased with `ё` as `е`, other scripts through Unicode's case and diacritic
/// folding). The scanner reads a run of letters and a run of digits as two words; search layers one rule on
/// top: runs with nothing between them are one term (`"COP29"` is `cop29`). Any other character separates
/// terms, as in SQLite FTS5's `unicode61` tokenizer: `Kassym-Jomart` is the two terms `kassym` and `jomart`,
/// `C5+1` is `c5` and `1`. `_` is a letter, as it is in names (`"foo_bar"` is one term); symbols such as
/// `€` separate terms. Walking a text is O(n) in its UTF-8 bytes.
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
    func forEachToken(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void
    ) {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: WordScanner.bufferSize)
        defer { buffer.deallocate() }
        var scanner = WordScanner(bytes: bytes, buffer: buffer)
        var term: [UInt8] = []
        term.reserveCapacity(WordScanner.capacity)
        var range: Range<Int>?
        while let word = scanner.next() {
            if let current = range, current.upperBound != word.start {
                term.withUnsafeBufferPointer { body($0, current) }
                term.removeAll(keepingCapacity: true)
                range = nil
            }
            if word.normalLength <= WordScanner.capacity {
                term.append(contentsOf: UnsafeBufferPointer(start: buffer, count: word.normalLength))
            } else {
                // Longer than the scanner keeps: folded from the text.
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self)
                term.append(contentsOf: LetterFold.folded(word: text).utf8)
            }
            range = (range?.lowerBound ?? word.start)..<word.end
        }
        if let range { term.withUnsafeBufferPointer { body($0, range) } }
    }
}
