import CentralAsiaKit
import Foundation

/// The schema.org article in a page's JSON-LD blocks (also inside `@graph` and arrays), read leniently:
/// raw line breaks inside strings, trailing commas, HTML comments and CDATA wrappers around the JSON are
/// repaired before parsing, with a note.
struct WebJSONLD {
    /// The article's headline.
    var headline: String?
    /// The article's publication date.
    var datePublished: String?
    /// The names of its authors (people and organisations).
    var authors: [String] = []
    /// Its address.
    var url: String?
    /// Every `@type` seen in the page's JSON-LD.
    var types: Set<String> = []
    /// Whether one of the nodes is an article.
    var hasArticle = false
    /// What was repaired.
    var diagnostics: [Diagnostic] = []

    /// Reads the JSON-LD blocks of a document.
    init(_ document: HTMLDocument) {
        var nodes: [[String: Any]] = []
        var unreadable: [String] = []
        for script in document.elements(named: "script")
        where document.attribute("type", of: script)?.lowercased().contains("ld+json") == true {
            let text = document.rawContent(of: script)
            guard let json = parse(text, at: document.nodes[script].offset, in: document) else {
                unreadable.append(text)
                continue
            }
            collect(json, into: &nodes)
        }
        if !nodes.contains(where: { Self.types($0).contains(where: JSONLDReader.articleTypes.contains) }) {
            nodes += unreadable.compactMap(Self.scannedArticle)
        }
        var index: [String: [String: Any]] = [:]
        for node in nodes {
            if let id = node["@id"] as? String { index[id] = node }
            types.formUnion(Self.types(node))
        }
        guard let article = nodes.first(where: { Self.types($0).contains(where: JSONLDReader.articleTypes.contains) })
        else { return }
        hasArticle = true
        headline = Self.text(article["headline"]) ?? Self.text(article["name"])
        datePublished = Self.text(article["datePublished"]) ?? Self.text(article["dateCreated"])
        url = Self.text(article["url"])
        for author in Self.list(article["author"]) {
            if let name = Self.name(author, index: index), !authors.contains(name) { authors.append(name) }
        }
    }

    private mutating func parse(_ text: String, at offset: Int, in document: HTMLDocument) -> Any? {
        if let json = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) {
            return json
        }
        let repaired = Self.repair(text)
        guard let json = try? JSONSerialization.jsonObject(with: Data(repaired.utf8), options: [.fragmentsAllowed])
        else {
            diagnostics.append(
                Diagnostic(
                    .warning, at: HTMLCharset.location(of: offset, in: document.bytes),
                    "a JSON-LD block is not valid JSON even after repair; only its plain fields are read"))
            return nil
        }
        diagnostics.append(
            Diagnostic(
                .note, at: HTMLCharset.location(of: offset, in: document.bytes),
                "a JSON-LD block is not valid JSON; read after repairing it"))
        return json
    }

    /// The text with control characters inside strings escaped, trailing commas dropped and comment or
    /// CDATA wrappers removed.
    static func repair(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var inString = false
        var escaped = false
        var pendingComma = false
        var trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for wrapper in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")] {
            if trimmed.hasPrefix(wrapper.0) { trimmed.removeFirst(wrapper.0.count) }
            if trimmed.hasSuffix(wrapper.1) { trimmed.removeLast(wrapper.1.count) }
        }
        if trimmed.hasSuffix(";") { trimmed.removeLast() }
        for scalar in trimmed.unicodeScalars {
            if inString {
                if escaped {
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == "\"" {
                    inString = false
                } else if scalar.value < 0x20 {
                    output.append(contentsOf: " ".unicodeScalars)
                    continue
                }
                output.append(scalar)
                continue
            }
            if scalar == "," {
                pendingComma = true
                continue
            }
            if pendingComma, !(scalar == "}" || scalar == "]") {
                if scalar.properties.isWhitespace {
                    continue
                }
                output.append(",")
            }
            pendingComma = false
            if scalar == "\"" { inString = true }
            output.append(scalar)
        }
        return String(output)
    }

    /// Fields of a schema.org article read one by one from JSON that no repair makes valid (a stray
    /// quote inside a string): `"key": "value"` pairs of the string fields a page's article needs.
    static func scannedArticle(_ text: String) -> [String: Any]? {
        guard let type = JSONLDReader.articleTypes.first(where: { text.contains("\"\($0)\"") }) else { return nil }
        var node: [String: Any] = ["@type": type]
        for key in scannedKeys {
            guard let keyRange = text.range(of: "\"\(key)\"") else { continue }
            let rest = text[keyRange.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            guard rest.first == ":" else { continue }
            let value = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            guard value.first == "\"", let end = value.dropFirst().firstIndex(of: "\"") else { continue }
            node[key] = String(value[value.index(after: value.startIndex)..<end])
        }
        return node
    }

    /// The string fields ``scannedArticle(_:)`` looks for.
    static let scannedKeys = ["headline", "datePublished", "dateCreated", "url", "author"]

    private func collect(_ json: Any, into nodes: inout [[String: Any]]) {
        if let array = json as? [Any] {
            for element in array { collect(element, into: &nodes) }
        } else if let object = json as? [String: Any] {
            nodes.append(object)
            if let graph = object["@graph"] { collect(graph, into: &nodes) }
        }
    }

    private static func types(_ node: [String: Any]) -> [String] {
        if let type = node["@type"] as? String { return [type] }
        return (node["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    private static func text(_ value: Any?) -> String? {
        if let string = value as? String {
            let text = HTMLText.collapse(HTMLEntity.decode(string))
            return text.isEmpty ? nil : text
        }
        if let array = value as? [Any] { return array.lazy.compactMap { text($0) }.first }
        return nil
    }

    private static func list(_ value: Any?) -> [Any] {
        guard let value else { return [] }
        return (value as? [Any]) ?? [value]
    }

    private static func name(_ value: Any, index: [String: [String: Any]]) -> String? {
        if let string = value as? String { return text(string) }
        guard let object = value as? [String: Any] else { return nil }
        if let name = text(object["name"]) { return name }
        guard let id = object["@id"] as? String, let target = index[id] else { return nil }
        return text(target["name"])
    }
}
