import CentralAsiaKit
import Foundation

/// schema.org articles in JSON-LD, from the `<script type="application/ld+json">` blocks of an
/// HTML page or from a bare JSON-LD document.
///
/// Handles what real pages do: an `@graph` of many nodes, `@type` as a string or an array,
/// `author` as a string, an object, an `@id` reference or an array of them, `keywords` as a
/// comma-separated string or (nested) arrays, `articleSection` with stray spaces or as an array.
enum JSONLDReader {
    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "TechArticle",
        "SatiricalArticle", "ScholarlyArticle",
    ]

    static func isJSONLD(_ json: Any) -> Bool {
        let objects = (json as? [Any]) ?? [json]
        return objects.contains {
            guard let object = $0 as? [String: Any] else { return false }
            return object["@context"] != nil || object["@graph"] != nil || object["@type"] != nil
        }
    }

    /// The texts of the `application/ld+json` script blocks of an HTML page, with their lines.
    static func scriptBlocks(_ html: String) -> [(text: String, line: Int)] {
        var blocks: [(String, Int)] = []
        var searchStart = html.startIndex
        while let open = html.range(of: "<script", options: .caseInsensitive, range: searchStart..<html.endIndex) {
            guard let tagEnd = html.range(of: ">", range: open.upperBound..<html.endIndex) else { break }
            let attributes = html[open.upperBound..<tagEnd.lowerBound].lowercased()
            guard
                let close = html.range(
                    of: "</script", options: .caseInsensitive, range: tagEnd.upperBound..<html.endIndex)
            else { break }
            if attributes.contains("ld+json") {
                let line = html[html.startIndex..<open.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                blocks.append((String(html[tagEnd.upperBound..<close.lowerBound]), line))
            }
            searchStart = close.upperBound
        }
        return blocks
    }

    static func read(_ documents: [(json: Any, line: Int?)]) -> (items: [FeedItem], diagnostics: [Diagnostic]) {
        var nodes: [([String: Any], Int?)] = []
        for (json, line) in documents { collect(json, line: line, into: &nodes) }
        var index: [String: [String: Any]] = [:]
        for (node, _) in nodes {
            if let id = node["@id"] as? String { index[id] = node }
        }
        var result: [FeedItem] = []
        var diagnostics: [Diagnostic] = []
        for (node, line) in nodes where types(node).contains(where: articleTypes.contains) {
            let location = line.map { SourceLocation(offset: 0, line: $0, column: 1) }
            var builder = FeedItemBuilder(location: location)
            builder.title = text(node["headline"]) ?? text(node["name"])
            if let body = text(node["articleBody"]) {
                let isHTML = body.contains("<")
                (builder.bodyHTML, builder.bodyType) = (isHTML ? body : body.markupEscaped, isHTML ? "html" : "text")
            }
            (builder.summaryHTML, builder.summaryType) = (text(node["description"]).map(\.markupEscaped), "text")
            builder.id = text(node["@id"])
            builder.setDate(text(node["datePublished"]) ?? text(node["dateCreated"]) ?? text(node["dateModified"]))
            builder.setLink(text(node["url"]) ?? reference(node["mainEntityOfPage"], index: index))
            let authors = list(node["author"])
            for author in authors.isEmpty ? list(node["creator"]) : authors {
                builder.addAuthor(name(author, index: index))
            }
            let sections = list(node["articleSection"]).compactMap(text)
            if let first = sections.first { builder.section = HTMLText.line(first) }
            for keyword in flatten(node["keywords"]) { builder.addTag(keyword, setsSection: false) }
            if let item = builder.build() { result.append(item) }
            diagnostics += builder.diagnostics
        }
        return (result, diagnostics)
    }

    private static func collect(_ json: Any, line: Int?, into nodes: inout [([String: Any], Int?)]) {
        if let array = json as? [Any] {
            for element in array { collect(element, line: line, into: &nodes) }
        } else if let object = json as? [String: Any] {
            if let graph = object["@graph"] {
                collect(graph, line: line, into: &nodes)
            }
            if object["@type"] != nil { nodes.append((object, line)) }
        }
    }

    private static func types(_ node: [String: Any]) -> [String] {
        if let single = node["@type"] as? String { return [single] }
        return (node["@type"] as? [Any] ?? []).compactMap { $0 as? String }
    }

    private static func text(_ value: Any?) -> String? {
        guard let string = JSONFeedReader.string(value)?.trimmed,
            !string.isEmpty
        else { return nil }
        return string
    }

    private static func list(_ value: Any?) -> [Any] {
        guard let value else { return [] }
        return (value as? [Any]) ?? [value]
    }

    /// A `mainEntityOfPage` as a URL: a string, an object's `url`, the `url` of the node its
    /// `@id` points at, or the `@id` itself.
    private static func reference(_ value: Any?, index: [String: [String: Any]]) -> String? {
        if let string = text(value) { return string }
        guard let object = value as? [String: Any] else { return nil }
        let id = text(object["@id"])
        return text(object["url"]) ?? id.flatMap { index[$0] }.flatMap { text($0["url"]) } ?? id
    }

    /// An author's name: a string, an object's `name`, or the `name` of the node an `@id` points at.
    private static func name(_ value: Any, index: [String: [String: Any]]) -> String? {
        if let string = text(value) { return string }
        guard let object = value as? [String: Any] else { return nil }
        if let name = text(object["name"]) { return name }
        return (text(object["@id"]).flatMap { index[$0] }).flatMap { text($0["name"]) }
    }

    /// Keywords from a comma-separated string or (nested) arrays of strings.
    private static func flatten(_ value: Any?) -> [String] {
        switch value {
        case let string as String:
            return string.split(separator: ",").map { $0.trimmedSpaces }.filter { !$0.isEmpty }
        case let array as [Any]:
            return array.flatMap { flatten($0) }
        default:
            return []
        }
    }
}
