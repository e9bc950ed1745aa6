public import CentralAsiaKit
public import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The module's one way into XML: a hardened front door to `XMLParser`.
///
/// Before `XMLParser` sees a byte, `FeedXML`
/// - refuses input over ``Limits/maxBytes``;
/// - decides the encoding from the byte-order mark and the declaration (UTF-8, UTF-16,
///   windows-1251, KOI8-R, ISO-8859-1) and throws when the bytes contradict it;
/// - drops a `<!DOCTYPE` without an internal subset (never fetching it), and refuses one with an
///   internal subset and any `<!ENTITY` (so nothing is expanded or fetched);
/// - repairs what real feeds get wrong: `&nbsp;` and other HTML names, a bare `&`.
///
/// While parsing it stops at ``Limits/maxDepth`` and ``Limits/maxElements``. Calls are serialised,
/// because `XMLParser` on Linux is not safe to run concurrently.
///
/// ```swift
/// let document = try FeedXML.parse(data)
/// print(document.root.name, document.encoding)
/// ```
public enum FeedXML {
    /// The limits a parse enforces.
    public struct Limits: Sendable, Hashable {
        /// The largest input accepted, in bytes.
        public var maxBytes: Int
        /// The deepest nesting of elements accepted.
        public var maxDepth: Int
        /// The largest number of elements accepted.
        public var maxElements: Int

        /// Creates limits.
        ///
        /// - Parameters:
        ///   - maxBytes: The largest input, in bytes.
        ///   - maxDepth: The deepest nesting.
        ///   - maxElements: The most elements.
        public init(maxBytes: Int = 16 << 20, maxDepth: Int = 64, maxElements: Int = 250_000) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
            self.maxElements = maxElements
        }

        /// 16 MiB, 64 levels, 250 000 elements: far above any real feed (a 230 KB feed of 100 items
        /// has about 1 500 elements), low enough to bound the memory of the tree.
        public static let standard = Limits()

        /// Throws when an input is over ``maxBytes``.
        func checkSize(_ data: Data) throws {
            guard data.count <= maxBytes else {
                throw ParseError(
                    .limitExceeded, "the input is \(data.count) bytes, over the limit of \(maxBytes) bytes")
            }
        }
    }

    /// The first byte that is not white space or part of a UTF-8 byte-order mark, used to tell
    /// XML from JSON.
    static func firstSignificantByte(_ data: Data) -> UInt8? {
        data.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
    }

    /// A parsed document.
    public struct Document: Sendable, Hashable {
        /// The root element.
        public var root: FeedXMLElement
        /// The encoding the bytes were read in (`"UTF-8"`, `"windows-1251"`, `"KOI8-R"`).
        public var encoding: String
        /// Repairs made before parsing (bare `&`, unknown entities).
        public var diagnostics: [Diagnostic]

        /// Creates a document.
        ///
        /// - Parameters:
        ///   - root: The root element.
        ///   - encoding: The encoding name.
        ///   - diagnostics: Repairs made.
        public init(root: FeedXMLElement, encoding: String, diagnostics: [Diagnostic] = []) {
            self.root = root
            self.encoding = encoding
            self.diagnostics = diagnostics
        }
    }

    private static let lock = NSLock()

    /// Parses XML bytes into an element tree.
    ///
    /// - Parameters:
    ///   - data: The raw bytes, in any of the accepted encodings.
    ///   - limits: The limits to enforce.
    /// - Returns: The root element, the encoding used and the repairs made.
    /// - Throws: `ParseError` — `limitExceeded` (size, depth, element count), `refusedMarkup`
    ///   (an entity declaration or internal subset), `badEncoding` (bytes and declaration disagree), `wrongFormat` (malformed XML).
    public static func parse(_ data: Data, limits: Limits = .standard) throws -> Document {
        try limits.checkSize(data)
        let (text, encoding) = try decodeText(data)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ParseError(.wrongFormat, "the input is empty")
        }
        let (bytes, diagnostics) = try XMLPrepass.run(Array(withoutDeclaration(text).utf8))
        let builder = FeedXMLTreeBuilder(limits: limits)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let succeeded = lock.withLock { parser.parse() }
        if let error = builder.limitError { throw error }
        guard succeeded, let root = builder.root else {
            let location = SourceLocation(offset: 0, line: parser.lineNumber, column: max(1, parser.columnNumber))
            var code = (parser.parserError as? NSError)?.code ?? 0
            // libxml2 reports input cut off inside an element as "extra content" (5).
            if code == extraContentCode, builder.isInsideElement { code = endsInsideElementCode }
            throw ParseError(.wrongFormat, at: location, "malformed XML: \(reason(code)) (XMLParser error \(code))")
        }
        return Document(root: root, encoding: encoding.rawValue, diagnostics: diagnostics)
    }

    /// Decodes bytes to text using the byte-order mark and the XML declaration.
    ///
    /// - Throws: `ParseError` of kind `badEncoding` for an unknown label or bytes that contradict it.
    static func decodeText(_ data: Data) throws -> (String, XMLTextEncoding) {
        let bytes = [UInt8](data)
        var body = bytes[...]
        var bomEncoding: XMLTextEncoding?
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bomEncoding = .utf8
            body = bytes[3...]
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            bomEncoding = .utf16LittleEndian
            body = bytes[2...]
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            bomEncoding = .utf16BigEndian
            body = bytes[2...]
        }
        if let bomEncoding, bomEncoding != .utf8 {
            return (try XMLTextEncoding.decode(body, as: bomEncoding, declared: nil), bomEncoding)
        }
        let label = declaredEncoding(body)
        var encoding = bomEncoding ?? .utf8
        if let label {
            guard let named = XMLTextEncoding(label: label) else {
                throw ParseError(.badEncoding, "the declared encoding \"\(label)\" is not supported")
            }
            if bomEncoding == .utf8, named != .utf8 {
                throw ParseError(
                    .badEncoding, "the byte-order mark says UTF-8 but the declaration says \"\(label)\"")
            }
            encoding = named
        }
        return (try XMLTextEncoding.decode(body, as: encoding, declared: label), encoding)
    }

    /// The `encoding` label of an XML declaration at the start of the bytes.
    static func declaredEncoding(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = bytes.prefix(256)
        guard head.starts(with: Array("<?xml".utf8)) else { return nil }
        let text = String(decoding: head, as: UTF8.self)
        guard let close = text.range(of: "?>") else { return nil }
        let declaration = text[..<close.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        var rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        return String(rest.prefix { $0 != quote })
    }

    /// The text with its XML declaration removed (its newlines kept, so line numbers stay right).
    static func withoutDeclaration(_ text: String) -> String {
        guard text.hasPrefix("<?xml"), let close = text.range(of: "?>") else { return text }
        let newlines = text[..<close.upperBound].filter { $0 == "\n" }.count
        return String(repeating: "\n", count: newlines) + text[close.upperBound...]
    }

    /// libxml2's codes for extra content after the root element and for input that ends inside one.
    private static let (extraContentCode, endsInsideElementCode) = (5, 77)

    private static func reason(_ code: Int) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "extra content after the root element"
        case 9: return "invalid character"
        case 26: return "undefined entity"
        case 41: return "unclosed attribute value"
        case 64, 65, 73: return "malformed start tag"
        case 76: return "mismatched end tag"
        case 77: return "the document ends inside an element"
        case 89: return "entity expansion refused"
        default: return "the parser stopped"
        }
    }
}
