/// An input that cannot be read at all, or a limit that was exceeded.
///
/// Parsers are lenient: they report what they skipped as ``Diagnostic`` values and throw a
/// `ParseError` only when nothing usable remains or a configured limit is hit.
public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as an open set.
    public struct Kind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The kind's name.
        public var rawValue: String
        /// Creates a kind from its name.
        ///
        /// - Parameter rawValue: The kind's name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The input exceeds a configured limit (size, line length, nesting).
        public static let limitExceeded = Kind(rawValue: "limitExceeded")
        /// The input could not be read (a missing file, an I/O failure).
        public static let unreadable = Kind(rawValue: "unreadable")
        /// The input is not in the expected format.
        public static let wrongFormat = Kind(rawValue: "wrongFormat")
        /// The input's bytes do not match its declared or expected encoding.
        public static let badEncoding = Kind(rawValue: "badEncoding")
        /// A value is malformed (an amount, a code, a date).
        public static let invalidValue = Kind(rawValue: "invalidValue")
        /// The kind's name.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var kind: Kind
    /// Where in the input, when it points anywhere.
    public var location: SourceLocation?
    /// One sentence, with the offending value quoted.
    public var message: String

    /// Creates a parse error.
    ///
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - location: Where in the input, if anywhere.
    ///   - message: One sentence that quotes the offending value.
    public init(_ kind: Kind, at location: SourceLocation? = nil, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    /// `line:column: error: message`, or `error: message` without a location.
    public var description: String {
        if let location {
            return "\(location.line):\(location.column): error: \(message)"
        }
        return "error: \(message)"
    }
}
