/// A partnership, agreement, format or relationship level between countries or organisations, as an article
/// reports it.
///
/// JSON: `{"parties": ["KZ", "EU"], "partyKinds": ["country", "organization"], "kind": "agreement", "title":
/// "Enhanced Partnership and Cooperation Agreement", "status": "signed", "date": "2024-04-24", "place": "Astana",
/// "signatories": [{…}], "topics": [], "documentCount": null, "article": 6}`. `parties` holds each party's id
/// (a country's alpha-2 code, an organisation's short name) and `partyKinds` says, position by position, what
/// each party is (an ``EntityKind`` name, `"country"` or `"organization"`), so decoding needs no gazetteer.
/// Unknown values are `null`.
///
/// Page documents of ``NewsPage`` schema version 1 had no `partyKinds`; when ``NewsPage`` reads one, each
/// party that names an organisation of ``Gazetteer/standard`` is that organisation and any other two
/// capital letters a country. Nothing else decodes without `partyKinds`.
public struct Partnership: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What a partnership is: an open set of names.
    ///
    /// JSON: the raw value as a string.
    public struct Kind: DiplomacyVocabulary {
        /// The kind's name.
        public let rawValue: String

        /// Creates a kind.
        ///
        /// - Parameter rawValue: Its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A relationship at the level of a strategic partnership.
        public static let strategicPartnership: Kind = "strategicPartnership"
        /// A comprehensive strategic partnership.
        public static let comprehensiveStrategicPartnership: Kind = "comprehensiveStrategicPartnership"
        /// An alliance or allied relations.
        public static let alliance: Kind = "alliance"
        /// A treaty.
        public static let treaty: Kind = "treaty"
        /// An agreement.
        public static let agreement: Kind = "agreement"
        /// A declaration.
        public static let declaration: Kind = "declaration"
        /// A joint statement.
        public static let jointStatement: Kind = "jointStatement"
        /// A memorandum of understanding.
        public static let memorandum: Kind = "memorandum"
        /// A roadmap.
        public static let roadmap: Kind = "roadmap"
        /// A standing dialogue ("Enhanced Strategic Partnership Dialogue").
        public static let dialogue: Kind = "dialogue"
        /// A multilateral format ("C5+1").
        public static let format: Kind = "format"
        /// A partnership of no stated level ("our largest trade partner").
        public static let partnership: Kind = "partnership"
    }

    /// Where a partnership stands: an open set of names.
    ///
    /// JSON: the raw value as a string.
    public struct Status: DiplomacyVocabulary {
        /// The status's name.
        public let rawValue: String

        /// Creates a status.
        ///
        /// - Parameter rawValue: Its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// In place; the text speaks of it as a fact.
        public static let existing: Status = "existing"
        /// Signed.
        public static let signed: Status = "signed"
        /// Adopted (a declaration, a statement).
        public static let adopted: Status = "adopted"
        /// Planned or announced.
        public static let planned: Status = "planned"
        /// Proposed by one side.
        public static let proposed: Status = "proposed"
        /// Renewed or extended.
        public static let renewed: Status = "renewed"
        /// Raised to a higher level ("elevate relations to …").
        public static let elevated: Status = "elevated"
        /// Discussed without an outcome.
        public static let discussed: Status = "discussed"
    }

    /// The parties: countries (``EntityKind/country``) or organisations (``EntityKind/organization``).
    public var parties: [EntityID]
    /// What it is.
    public var kind: Kind
    /// The title as written (`"Strategic Partnership and Cooperation Agreement"`), when it has one.
    public var title: String?
    /// Where it stands.
    public var status: Status
    /// When it was signed, adopted or agreed, at the precision the text gives.
    public var date: PartialDate?
    /// Where it was signed, by canonical city name.
    public var place: String?
    /// Who signed it.
    public var signatories: [Signatory]
    /// What it covers (`"critical minerals"`).
    public var topics: [String]
    /// How many documents the text says were signed ("41 documents"), when it counts them.
    public var documentCount: Int?
    /// The 1-based position on its page of the article that reports it, when known.
    public var article: Int?

    /// Creates a partnership.
    ///
    /// - Parameters:
    ///   - parties: The countries and organisations.
    ///   - kind: What it is.
    ///   - title: The title as written.
    ///   - status: Where it stands.
    ///   - date: When it was signed or agreed.
    ///   - place: Where, by canonical city name.
    ///   - signatories: Who signed.
    ///   - topics: What it covers.
    ///   - documentCount: How many documents were signed.
    ///   - article: The 1-based article position.
    public init(
        parties: [EntityID], kind: Kind, title: String? = nil, status: Status = .existing, date: PartialDate? = nil,
        place: String? = nil, signatories: [Signatory] = [], topics: [String] = [], documentCount: Int? = nil,
        article: Int? = nil
    ) {
        self.parties = parties
        self.kind = kind
        self.title = title
        self.status = status
        self.date = date
        self.place = place
        self.signatories = signatories
        self.topics = topics
        self.documentCount = documentCount
        self.article = article
    }

    /// The parties that are countries, in order.
    public var countries: [CountryCode] {
        parties.compactMap { $0.kind == .country ? CountryCode($0.id) : nil }
    }

    /// `"agreement KZ–GB \"Strategic Partnership and Cooperation Agreement\" (signed, 2024-04-24)"`.
    public var description: String {
        let names = parties.map(\.id).joined(separator: "–")
        let title = self.title.map { " \"\($0)\"" } ?? ""
        let details = [status.rawValue, date?.description].compactMap { $0 }.joined(separator: ", ")
        return "\(kind) \(names)\(title) (\(details))"
    }

    private enum CodingKeys: String, CodingKey {
        case parties, partyKinds, kind, title, status, date, place, signatories, topics, documentCount, article
    }

    /// How decoding tells what each party is.
    enum PartyReading {
        /// From `partyKinds`, as written since page schema version 2.
        case stated
        /// By the names alone, for page documents of schema version 1: an organisation of
        /// ``Gazetteer/standard`` by its short name, else a country by two capital letters.
        case guessedForVersion1
    }

    /// Decodes a partnership whose `partyKinds` say what each party is.
    ///
    /// - Throws: `DecodingError` for a missing kind, an empty party, `partyKinds` missing or not one per
    ///   party, a country party that is not an alpha-2 code, a malformed date or signatory.
    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder, parties: .stated)
    }

    /// Decodes a partnership, telling its parties apart as `reading` says.
    init(from decoder: any Decoder, parties reading: PartyReading) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let names = try container.decodeIfPresent([String].self, forKey: .parties) ?? []
        if names.contains("") {
            throw DecodingError.dataCorruptedError(
                forKey: .parties, in: container, debugDescription: "empty party name \"\"")
        }
        switch reading {
        case .stated: parties = try Partnership.stated(names, in: container)
        case .guessedForVersion1: parties = names.map(Partnership.guessed)
        }
        kind = try container.decode(Kind.self, forKey: .kind)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        status = try container.decodeIfPresent(Status.self, forKey: .status) ?? .existing
        date = try container.decodeIfPresent(PartialDate.self, forKey: .date)
        place = try container.decodeIfPresent(String.self, forKey: .place)
        signatories = try container.decodeIfPresent([Signatory].self, forKey: .signatories) ?? []
        topics = try container.decodeIfPresent([String].self, forKey: .topics) ?? []
        documentCount = try container.decodeIfPresent(Int.self, forKey: .documentCount)
        article = try container.decodeIfPresent(Int.self, forKey: .article)
    }

    /// The parties named in `names`, each of the kind `partyKinds` gives at its position.
    private static func stated(
        _ names: [String], in container: KeyedDecodingContainer<CodingKeys>
    ) throws
        -> [EntityID]
    {
        guard !names.isEmpty || container.contains(.partyKinds) else { return [] }
        let kinds = try container.decode([EntityKind].self, forKey: .partyKinds)
        guard kinds.count == names.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .partyKinds, in: container,
                debugDescription: "\(kinds.count) party kinds for \(names.count) parties; expected one kind per party")
        }
        return try zip(kinds, names).map { kind, name in
            if kind == .country, !CountryCode.isValid(name) {
                throw DecodingError.dataCorruptedError(
                    forKey: .parties, in: container,
                    debugDescription: "invalid country code \"\(name)\"; expected two capital letters")
            }
            return EntityID(kind: kind, id: name)
        }
    }

    /// A party of a schema version 1 document: the organisation of ``Gazetteer/standard`` with that short
    /// name, else a country when the name is two capital letters, else an organisation.
    private static func guessed(_ name: String) -> EntityID {
        if let code = CountryCode(name), Gazetteer.standard.organization(named: name)?.name != name {
            return .country(code)
        }
        return .organization(name)
    }

    /// Encodes the partnership; parties as their ids with their kinds beside them in `partyKinds`, unknown
    /// values as `null`.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(parties.map(\.id), forKey: .parties)
        try container.encode(parties.map(\.kind), forKey: .partyKinds)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(status, forKey: .status)
        try container.encode(date, forKey: .date)
        try container.encode(place, forKey: .place)
        try container.encode(signatories, forKey: .signatories)
        try container.encode(topics, forKey: .topics)
        try container.encode(documentCount, forKey: .documentCount)
        try container.encode(article, forKey: .article)
    }
}
