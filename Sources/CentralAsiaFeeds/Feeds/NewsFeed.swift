public import CentralAsiaKit
public import Foundation

/// Reads news feeds and article pages into ``FeedItem`` values (and so `NewsArticle` values).
///
/// Formats: RSS 0.9x, 2.0 and 1.0 (RDF), Atom 1.0 and 0.3, JSON Feed 1.0/1.1, and schema.org articles in
/// JSON-LD, either in the `<script type="application/ld+json">` blocks of an HTML page or as a
/// bare JSON-LD document. The format is recognised from the content.
///
/// Reading is lenient per field: a bad date, link or enclosure length costs that field and a
/// diagnostic, never the item or the feed. Every item is returned, in order, with what it holds and
/// a note for what it lacks; only an entirely empty item is skipped, with a warning. The feed's own
/// metadata is in ``Result/metadata``. XML goes through ``FeedXML`` (size cap, no entity
/// declarations, a DOCTYPE dropped unfetched, encodings, HTML entities and bare `&` repaired).
///
/// ```swift
/// let feed = try NewsFeed.parse(data)
/// for article in feed.articles { print(article.title) }
/// ```
public enum NewsFeed {
    /// A news feed format, as an open set.
    ///
    /// JSON: the name as a string (`"rss"`), through `RawRepresentable`'s coding.
    public struct Format: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The format's name.
        public var rawValue: String

        /// Creates a format from its name.
        ///
        /// - Parameter rawValue: The name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The name.
        public var description: String { rawValue }

        /// RSS 2.0 (or RSS 1.0).
        public static let rss = Format(rawValue: "rss")
        /// Atom (RFC 4287).
        public static let atom = Format(rawValue: "atom")
        /// JSON Feed 1.0 or 1.1.
        public static let jsonFeed = Format(rawValue: "jsonFeed")
        /// schema.org JSON-LD, bare or inside an HTML page.
        public static let jsonLD = Format(rawValue: "jsonLD")
    }

    /// What a feed yielded.
    ///
    /// JSON: `{"format": "rss", "title": "…", "link": "…", …FeedMetadata keys…, "items": [{…FeedItem…}],
    /// "diagnostics": [{…}]}`; the metadata's keys sit beside `format` (so a document written before
    /// they existed still reads) and are left out when absent.
    public struct Result: Sendable, Hashable, Codable {
        /// The format read.
        public var format: Format
        /// What the feed says about itself.
        public var metadata: FeedMetadata
        /// The items, in feed order.
        public var items: [FeedItem]
        /// What was skipped or repaired, and why.
        public var diagnostics: [Diagnostic]

        /// Creates a result.
        ///
        /// - Parameters:
        ///   - format: The format.
        ///   - metadata: What the feed says about itself.
        ///   - items: The items.
        ///   - diagnostics: The diagnostics.
        public init(format: Format, metadata: FeedMetadata, items: [FeedItem], diagnostics: [Diagnostic] = []) {
            self.format = format
            self.metadata = metadata
            self.items = items
            self.diagnostics = diagnostics
        }

        /// Creates a result whose only metadata is a title.
        ///
        /// - Parameters:
        ///   - format: The format.
        ///   - title: The feed's title.
        ///   - items: The items.
        ///   - diagnostics: The diagnostics.
        public init(format: Format, title: String? = nil, items: [FeedItem], diagnostics: [Diagnostic] = []) {
            self.init(format: format, metadata: FeedMetadata(title: title), items: items, diagnostics: diagnostics)
        }

        /// The feed's own title, when it has one.
        public var title: String? {
            get { metadata.title }
            set { metadata.title = newValue }
        }

        /// The items' articles.
        public var articles: [NewsArticle] { items.map(\.article) }

        private enum CodingKeys: String, CodingKey { case format, items, diagnostics }

        /// Decodes a result from its JSON document.
        ///
        /// - Throws: `DecodingError` for a missing or malformed field.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            format = try container.decode(Format.self, forKey: .format)
            metadata = try FeedMetadata(from: decoder)
            items = try container.decode([FeedItem].self, forKey: .items)
            diagnostics = try container.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
        }

        /// Encodes the result as its JSON document.
        ///
        /// - Throws: Whatever the encoder throws.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(format, forKey: .format)
            try container.encode(items, forKey: .items)
            try container.encode(diagnostics, forKey: .diagnostics)
            try metadata.encode(to: encoder)
        }
    }

    /// Recognises a feed's format from its content.
    ///
    /// - Parameter data: The bytes.
    /// - Returns: The format, or `nil` for anything else (including an HTML page without JSON-LD).
    public static func detect(_ data: Data) -> Format? {
        (try? parse(data))?.format
    }

    /// Reads a feed or an article page.
    ///
    /// - Parameters:
    ///   - data: The bytes.
    ///   - limits: The limits (``FeedXML/Limits/maxBytes`` applies to every format).
    /// - Returns: The items read and the diagnostics.
    /// - Throws: `ParseError`: `wrongFormat` for content that is no feed (a rate file, an HTML page
    ///   without JSON-LD articles, malformed XML or JSON), and whatever ``FeedXML/parse(_:limits:)``
    ///   throws.
    public static func parse(_ data: Data, limits: FeedXML.Limits = .standard) throws -> Result {
        try limits.checkSize(data)
        let first = FeedXML.firstSignificantByte(data)
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            return try parseJSON(data)
        }
        guard first == UInt8(ascii: "<") else {
            throw ParseError(.wrongFormat, "not a news feed: neither XML, JSON nor HTML")
        }
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        if head.contains("<!doctype html") || head.contains("<html") {
            return try parseHTML(data)
        }
        let document = try FeedXML.parse(data, limits: limits)
        let root = document.root
        let read: (metadata: FeedMetadata, items: [FeedItem], diagnostics: [Diagnostic])
        let format: Format
        switch root.name {
        case "rss", "RDF":
            (read, format) = (RSSReader.read(root), .rss)
        case "feed":
            (read, format) = (AtomReader.read(root), .atom)
        default:
            throw ParseError(.wrongFormat, "not a news feed: an XML document with root element <\(root.qualifiedName)>")
        }
        return Result(
            format: format, metadata: read.metadata, items: read.items,
            diagnostics: document.diagnostics + read.diagnostics)
    }

    private static func parseJSON(_ data: Data) throws -> Result {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw ParseError(.wrongFormat, "malformed JSON: the feed could not be read as JSON")
        }
        if JSONFeedReader.isJSONFeed(json) {
            let read = JSONFeedReader.read(json)
            return Result(
                format: .jsonFeed, metadata: read.metadata, items: read.items, diagnostics: read.diagnostics)
        }
        if JSONLDReader.isJSONLD(json) {
            let read = JSONLDReader.read([(json, nil)])
            return Result(format: .jsonLD, items: read.items, diagnostics: read.diagnostics)
        }
        throw ParseError(.wrongFormat, "not a news feed: JSON that is neither JSON Feed nor JSON-LD")
    }

    private static func parseHTML(_ data: Data) throws -> Result {
        var diagnostics: [Diagnostic] = []
        let html = decodeHTML(data, diagnostics: &diagnostics)
        var documents: [(json: Any, line: Int?)] = []
        for block in JSONLDReader.scriptBlocks(html) {
            let text = block.text.trimmed
            if let json = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) {
                documents.append((json, block.line))
            } else {
                diagnostics.append(
                    Diagnostic(
                        .warning, at: SourceLocation(offset: 0, line: block.line, column: 1),
                        "a JSON-LD block is not valid JSON; skipped"))
            }
        }
        let read = JSONLDReader.read(documents)
        guard !read.items.isEmpty else {
            throw ParseError(.wrongFormat, "not a news feed: an HTML page without JSON-LD articles")
        }
        return Result(format: .jsonLD, items: read.items, diagnostics: diagnostics + read.diagnostics)
    }

    /// An HTML page's text: UTF-8, or the `charset` its head names, or repaired UTF-8.
    private static func decodeHTML(_ data: Data, diagnostics: inout [Diagnostic]) -> String {
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        for (label, encoding) in [("windows-1251", XMLTextEncoding.windows1251), ("koi8-r", .koi8r)]
        where head.contains("charset=\(label)") || head.contains("charset=\"\(label)") {
            if let text = try? XMLTextEncoding.decode(bytes[...], as: encoding, declared: label) { return text }
        }
        let repaired = UTF8Repair.repair(bytes)
        diagnostics += repaired.diagnostics
        return String(decoding: repaired.bytes, as: UTF8.self)
    }
}
