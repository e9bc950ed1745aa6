/// A full-text query: terms, quoted phrases and prefix terms, all of which must match.
///
/// ``init(_:)`` reads the subset of SQLite FTS5 query syntax that news searches use:
/// - bare words: `Kazakhstan China` (each must appear; `AND` between them is allowed and changes nothing);
/// - quoted strings: `"kazakhstan"` is a term, `"middle corridor"` a phrase (its terms next to each other);
/// - a trailing `*` makes a prefix term: `Kazakh*` matches `kazakh`, `kazakhstan`, `kazakhs`.
///
/// Words are folded by ``SearchTokenizer`` exactly as documents are, so `Türkiye`, `TURKIYE` and
/// `turkiye` are the same term, and `Kassym-Jomart` (two terms) is searched as a phrase. `OR`, `NOT`,
/// `NEAR` and column filters are not operators here: they are searched as words.
public struct SearchQuery: Sendable, Hashable, CustomStringConvertible {
    /// One part of a query; a document must match every clause.
    public enum Clause: Sendable, Hashable, CustomStringConvertible {
        /// One folded term.
        case term(String)
        /// Folded terms that must appear consecutively.
        case phrase([String])
        /// Any term that starts with the folded prefix.
        case prefix(String)

        /// The clause in query syntax: `kazakhstan`, `"middle corridor"`, `kazakh*`.
        public var description: String {
            switch self {
            case .term(let term): term
            case .phrase(let terms): "\"" + terms.joined(separator: " ") + "\""
            case .prefix(let prefix): prefix + "*"
            }
        }
    }

    /// The clauses, in query order.
    public var clauses: [Clause]

    /// Creates a query from clauses.
    ///
    /// - Parameter clauses: The clauses, all of which must match.
    public init(clauses: [Clause]) {
        self.clauses = clauses
    }

    /// Parses FTS5-style query text.
    ///
    /// Unbalanced quotes are closed at the end of the text; text that holds no letters or digits
    /// gives a query without clauses, which matches nothing.
    ///
    /// - Parameter text: The query, such as `"middle corridor" AND Kazakh*`.
    public init(_ text: String) {
        var tokenizer = SearchTokenizer()
        var clauses: [Clause] = []
        let bytes = Array(text.utf8)
        var index = 0

        func add(_ part: ArraySlice<UInt8>, star: Bool) {
            let terms = tokenizer.terms(in: String(decoding: part, as: UTF8.self))
            switch terms.count {
            case 0: break
            case 1: clauses.append(star ? .prefix(terms[0]) : .term(terms[0]))
            default: clauses.append(.phrase(terms))
            }
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {  // a quoted string
                var end = index + 1
                while end < bytes.count && bytes[end] != 0x22 { end += 1 }
                let part = bytes[(index + 1)..<end]
                index = min(end + 1, bytes.count)
                let star = index < bytes.count && bytes[index] == 0x2A
                if star { index += 1 }
                add(part, star: star)
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else {  // a bare word, up to a space or a quote
                var end = index
                while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x22].contains(bytes[end]) { end += 1 }
                var part = bytes[index..<end]
                index = end
                if part.elementsEqual("AND".utf8) { continue }
                let star = part.last == 0x2A
                if star { part = part.dropLast() }
                add(part, star: star)
            }
        }
        self.clauses = clauses
    }

    /// The query in the syntax ``init(_:)`` reads: clauses separated by `AND`.
    public var description: String {
        clauses.map(\.description).joined(separator: " AND ")
    }

    /// Every term the query names, for highlighting; prefixes are marked `true`.
    var highlightTerms: [(term: String, isPrefix: Bool)] {
        clauses.flatMap { clause -> [(term: String, isPrefix: Bool)] in
            switch clause {
            case .term(let term): [(term, false)]
            case .phrase(let terms): terms.map { ($0, false) }
            case .prefix(let prefix): [(prefix, true)]
            }
        }
    }
}
