/// A date phrase found in English text: the date or span it names, how it qualifies it, and where it is.
///
/// ``DatePhraseParser`` makes these from phrases such as "April 24, 2024", "Aug. 22-23" or
/// "by the end of 2025". The ``range`` counts UTF-8 bytes of the text that was searched and covers the
/// whole phrase, leading words included ("by the end of 2025", "on February 24-25").
///
/// JSON:
/// `{"date": "2025", "qualifier": "byEndOf", "range": [10, 28], "text": "by the end of 2025", "yearInferred": false}`;
/// `date` holds a span as `{"start": …, "end": …}` and `qualifier` is `null` when there is none.
public struct DatePhrase: Sendable, Hashable, Codable {
    /// What a phrase's leading words say about its date: "by the end of", "early", "since" ….
    ///
    /// An open set: create your own with ``init(rawValue:)``. Plain prepositions ("in", "on", "during")
    /// add no qualifier.
    public struct Qualifier: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The qualifier's name in the JSON (`"byEndOf"`).
        public let rawValue: String

        /// Creates a qualifier from its name.
        ///
        /// - Parameter rawValue: The name, such as `"early"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// "by the end of 2025": no later than the end of the date.
        public static let byEndOf = Qualifier(rawValue: "byEndOf")
        /// "the end of 2025", "at the end of March": during the last part of the date.
        public static let endOf = Qualifier(rawValue: "endOf")
        /// "the beginning of 2025", "the start of March": during the first part of the date.
        public static let beginningOf = Qualifier(rawValue: "beginningOf")
        /// "early 2024": in the first part of the date.
        public static let early = Qualifier(rawValue: "early")
        /// "mid-2024": around the middle of the date.
        public static let mid = Qualifier(rawValue: "mid")
        /// "late 2024": in the last part of the date.
        public static let late = Qualifier(rawValue: "late")
        /// "by 2030": no later than the date.
        public static let by = Qualifier(rawValue: "by")
        /// "before 2030": strictly before the date.
        public static let before = Qualifier(rawValue: "before")
        /// "after 2020": strictly after the date.
        public static let after = Qualifier(rawValue: "after")
        /// "since 2020": from the date on.
        public static let since = Qualifier(rawValue: "since")
        /// "until 2030": up to the date.
        public static let until = Qualifier(rawValue: "until")

        /// The name, as in the JSON.
        public var description: String { rawValue }

        /// Decodes a qualifier from its name.
        ///
        /// - Throws: `DecodingError` when the value is not a string.
        public init(from decoder: any Decoder) throws {
            self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
        }

        /// Encodes the qualifier as its name.
        ///
        /// - Throws: Whatever the encoder throws.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }

    /// The date or span the phrase names.
    public var value: DateOrSpan
    /// What the leading words add ("by the end of" → ``Qualifier/byEndOf``), or `nil`.
    public var qualifier: Qualifier?
    /// The phrase's UTF-8 byte offsets in the text it was found in.
    public var range: Range<Int>
    /// The phrase as written.
    public var text: String
    /// Whether the year was not written and was inferred from the reference date.
    public var isYearInferred: Bool

    /// Creates a date phrase.
    ///
    /// - Parameters:
    ///   - value: The date or span.
    ///   - qualifier: What the leading words add, if anything.
    ///   - range: The UTF-8 byte offsets of the phrase in its text.
    ///   - text: The phrase as written.
    ///   - isYearInferred: Whether the year came from a reference date rather than the text.
    public init(
        _ value: DateOrSpan, qualifier: Qualifier? = nil, range: Range<Int>, text: String,
        isYearInferred: Bool = false
    ) {
        self.value = value
        self.qualifier = qualifier
        self.range = range
        self.text = text
        self.isYearInferred = isYearInferred
    }

    private enum CodingKeys: String, CodingKey {
        case value = "date", qualifier, range, text, isYearInferred = "yearInferred"
    }

    /// Decodes a phrase, checking that its range is two ordered, non-negative offsets.
    ///
    /// - Throws: `DecodingError` for a malformed date or span, or a range that is not `[lower, upper]`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        value = try container.decode(DateOrSpan.self, forKey: .value)
        qualifier = try container.decodeIfPresent(Qualifier.self, forKey: .qualifier)
        let bounds = try container.decode([Int].self, forKey: .range)
        guard bounds.count == 2, bounds[0] >= 0, bounds[0] <= bounds[1] else {
            throw DecodingError.dataCorruptedError(
                forKey: .range, in: container,
                debugDescription: "invalid range \(bounds); expected [lower, upper] with 0 <= lower <= upper")
        }
        range = bounds[0]..<bounds[1]
        text = try container.decode(String.self, forKey: .text)
        isYearInferred = try container.decode(Bool.self, forKey: .isYearInferred)
    }

    /// Encodes the phrase; a missing qualifier is written as `null`.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode([range.lowerBound, range.upperBound], forKey: .range)
        try container.encode(text, forKey: .text)
        try container.encode(isYearInferred, forKey: .isYearInferred)
    }
}
