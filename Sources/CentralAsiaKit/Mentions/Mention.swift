/// One mention of a gazetteer entity (or of a person named by title) in a text: which entity, where, and how
/// it was recognised.
///
/// JSON: `{"entity": {"kind": "country", "id": "UZ"}, "text": "Uzbek", "start": 0, "end": 5, "line": 1,
/// "column": 1, "match": "demonym"}`; `start` and `end` are UTF-8 byte offsets (end exclusive), `line` and
/// `column` 1-based, the column in Unicode scalars (as ``SourceLocation``).
public struct Mention: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How a mention was recognised: an open set of names.
    ///
    /// JSON: the raw value as a string.
    public struct Match: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
        ExpressibleByStringLiteral
    {
        /// The name of the way.
        public let rawValue: String

        /// Creates a way of matching.
        ///
        /// - Parameter rawValue: Its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Creates a way of matching from a literal.
        ///
        /// - Parameter value: Its name.
        public init(stringLiteral value: String) { self.rawValue = value }

        /// The name of the way.
        public var description: String { rawValue }

        /// The canonical name (or a country's ISO name, an organisation's full name).
        public static let name: Match = "name"
        /// Another name or spelling (`"Britain"`, `"Toqaev"`, `"Turkic States"`).
        public static let alias: Match = "alias"
        /// A country's code used as a word (`"US"`, `"USA"`).
        public static let code: Match = "code"
        /// A country's adjective or demonym (`"Kazakh"`, `"British"`).
        public static let demonym: Match = "demonym"
        /// A city's former name (`"Alma-Ata"`).
        public static let formerName: Match = "formerName"
        /// A surname resolved to the person named in full elsewhere in the text.
        public static let surname: Match = "surname"
        /// A title after a country's adjective or name ("the Kazakh leader", "Uzbekistan's President") resolved
        /// to the person of that country and office named earlier in the text.
        public static let title: Match = "title"
        /// A person the gazetteer does not know, named after a title or role ("Foreign Minister Murat Nurtleu",
        /// "spokesperson Ned Price"); the entity is the full name as written, the text the name alone.
        public static let role: Match = "role"
    }

    /// The entity mentioned.
    public var entity: EntityID
    /// The text as written.
    public var text: String
    /// The UTF-8 byte range of ``text`` in the input.
    public var range: Range<Int>
    /// Where the mention starts.
    public var location: SourceLocation
    /// How it was recognised.
    public var match: Match

    /// Creates a mention.
    ///
    /// - Parameters:
    ///   - entity: The entity mentioned.
    ///   - text: The text as written.
    ///   - range: Its UTF-8 byte range.
    ///   - location: Where it starts (its `offset` is `range.lowerBound`).
    ///   - match: How it was recognised.
    public init(entity: EntityID, text: String, range: Range<Int>, location: SourceLocation, match: Match) {
        self.entity = entity
        self.text = text
        self.range = range
        self.location = location
        self.match = match
    }

    /// The kind of the entity.
    public var kind: EntityKind { entity.kind }

    /// `"1:1: country:UZ \"Uzbek\" (demonym)"`.
    public var description: String { "\(location): \(entity) \"\(text)\" (\(match))" }

    private enum CodingKeys: String, CodingKey {
        case entity, text, start, end, line, column, match
    }

    /// Decodes a mention.
    ///
    /// - Throws: `DecodingError` for a missing key, or a range whose end precedes its start.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entity = try container.decode(EntityID.self, forKey: .entity)
        text = try container.decode(String.self, forKey: .text)
        let start = try container.decode(Int.self, forKey: .start)
        let end = try container.decode(Int.self, forKey: .end)
        guard start >= 0, end >= start else {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: container, debugDescription: "invalid range \(start)..<\(end)")
        }
        range = start..<end
        location = SourceLocation(
            offset: start, line: try container.decode(Int.self, forKey: .line),
            column: try container.decode(Int.self, forKey: .column))
        match = try container.decode(Match.self, forKey: .match)
    }

    /// Encodes the mention.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entity, forKey: .entity)
        try container.encode(text, forKey: .text)
        try container.encode(range.lowerBound, forKey: .start)
        try container.encode(range.upperBound, forKey: .end)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        try container.encode(match, forKey: .match)
    }
}
