extension DatePhraseParser {
    /// What ``DatePhraseParser/scan(inUTF8:range:reference:)`` found: the date phrases, and the phrases that
    /// read like dates but were skipped.
    public struct Scan: Sendable, Hashable {
        /// The date phrases, in text order.
        public var phrases: [DatePhrase]
        /// The skipped phrases, in text order.
        public var rejected: [Rejected]

        /// Creates a scan result.
        ///
        /// - Parameters:
        ///   - phrases: The date phrases.
        ///   - rejected: The skipped phrases.
        public init(phrases: [DatePhrase], rejected: [Rejected]) {
            self.phrases = phrases
            self.rejected = rejected
        }
    }

    /// A phrase written like a date that names none: "31 April 2024", or "December 10" with no reference date.
    public struct Rejected: Error, Sendable, Hashable, CustomStringConvertible {
        /// Why a phrase was skipped.
        public struct Reason: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
            /// The reason's name: `impossibleDate`, `missingYear` or `missingReference`.
            public let rawValue: String

            /// Creates a reason from its name.
            ///
            /// - Parameter rawValue: The name.
            public init(rawValue: String) { self.rawValue = rawValue }

            /// The phrase names a day, month or span that does not exist ("31 April 2024", "May 30 - 2 May").
            public static let impossibleDate = Reason(rawValue: "impossibleDate")
            /// The phrase has no year and there was no reference date to infer one from.
            public static let missingYear = Reason(rawValue: "missingYear")
            /// The phrase is relative ("yesterday", "в прошлом году") and there was no reference day to
            /// count from.
            public static let missingReference = Reason(rawValue: "missingReference")

            /// The name.
            public var description: String { rawValue }
        }

        /// The phrase's UTF-8 byte offsets in the searched text.
        public var range: Range<Int>
        /// The phrase as written.
        public var text: String
        /// Why it was skipped.
        public var reason: Reason

        /// Creates a rejected phrase.
        ///
        /// - Parameters:
        ///   - range: The UTF-8 byte offsets of the phrase.
        ///   - text: The phrase as written.
        ///   - reason: Why it was skipped.
        public init(range: Range<Int>, text: String, reason: Reason) {
            self.range = range
            self.text = text
            self.reason = reason
        }

        /// One sentence quoting the phrase: `impossible date "31 April 2024"`.
        public var description: String {
            switch reason {
            case .impossibleDate: "impossible date \"\(text)\""
            case .missingYear: "date \"\(text)\" has no year and there is no reference date"
            case .missingReference: "date \"\(text)\" is relative and there is no reference day"
            default: "date \"\(text)\" skipped: \(reason)"
            }
        }

        /// A diagnostic reporting the skipped phrase: a warning for an impossible date, a note otherwise.
        ///
        /// - Parameter location: Where the phrase starts, such as
        ///   `scanner.location(of: rejected.range.lowerBound, in: line)`.
        /// - Returns: The diagnostic, whose message is ``description``.
        public func diagnostic(at location: SourceLocation?) -> Diagnostic {
            Diagnostic(reason == .impossibleDate ? .warning : .note, at: location, description)
        }
    }
}
