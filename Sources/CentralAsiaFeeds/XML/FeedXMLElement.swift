public import CentralAsiaKit
import Foundation

/// One element of a parsed feed document: its name, namespace, attributes, text and children.
///
/// A small read-only tree that the feed and rate readers walk; it is a parse result, not a model,
/// so it is not `Codable`. Names are local names (`encoded` for `content:encoded`); the namespace
/// URI tells prefixed elements apart.
public struct FeedXMLElement: Sendable, Hashable {
    /// The local name (`Cube`, `encoded`).
    public var name: String
    /// The namespace URI, when the element is in one.
    public var namespace: String?
    /// The name as written, with its prefix (`content:encoded`).
    public var qualifiedName: String
    /// The attributes, keyed by their names as written.
    public var attributes: [String: String]
    /// The element's own text (text and CDATA directly inside it), untrimmed.
    public var text: String
    /// The child elements in document order.
    public var children: [FeedXMLElement]
    /// Where the element's start tag ends in the input, as `XMLParser` reports it (line and
    /// column; the offset is 0).
    public var location: SourceLocation
    /// For each child, the UTF-8 length of ``text`` when the child started (mixed content order).
    var childTextOffsets: [Int] = []

    /// Creates an element.
    ///
    /// - Parameters:
    ///   - name: The local name.
    ///   - namespace: The namespace URI, if any.
    ///   - qualifiedName: The name as written; the local name when `nil`.
    ///   - attributes: The attributes.
    ///   - text: The element's own text.
    ///   - children: The child elements.
    ///   - location: Where it starts.
    public init(
        name: String, namespace: String? = nil, qualifiedName: String? = nil, attributes: [String: String] = [:],
        text: String = "", children: [FeedXMLElement] = [],
        location: SourceLocation = SourceLocation(offset: 0, line: 1, column: 1)
    ) {
        self.name = name
        self.namespace = namespace
        self.qualifiedName = qualifiedName ?? name
        self.attributes = attributes
        self.text = text
        self.children = children
        self.location = location
    }

    /// The first child with a local name (and namespace, when given).
    ///
    /// - Parameters:
    ///   - name: The local name.
    ///   - namespace: The namespace URI to require, or `nil` for any.
    /// - Returns: The child, or `nil`.
    public func child(_ name: String, namespace: String? = nil) -> FeedXMLElement? {
        children.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// All children with a local name (and namespace, when given).
    ///
    /// - Parameters:
    ///   - name: The local name.
    ///   - namespace: The namespace URI to require, or `nil` for any.
    /// - Returns: The children in document order.
    public func children(_ name: String, namespace: String? = nil) -> [FeedXMLElement] {
        children.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// The trimmed text of the first child with a name, `nil` when absent or empty.
    ///
    /// - Parameters:
    ///   - name: The local name.
    ///   - namespace: The namespace URI to require, or `nil` for any.
    /// - Returns: The text without surrounding white space.
    public func childText(_ name: String, namespace: String? = nil) -> String? {
        guard let text = child(name, namespace: namespace)?.trimmedText, !text.isEmpty else { return nil }
        return text
    }

    /// The element's text without surrounding white space.
    public var trimmedText: String { text.trimmed }

    /// The first descendant (depth first, the element itself included) with a local name.
    ///
    /// - Parameter name: The local name.
    /// - Returns: The element, or `nil`.
    public func first(_ name: String) -> FeedXMLElement? {
        if self.name == name { return self }
        for child in children {
            if let found = child.first(name) { return found }
        }
        return nil
    }

    /// All text of the element and its descendants, in document order.
    public var textContent: String {
        var output = ""
        interleave(text: { output += $0 }, child: { output += $0.textContent })
        return output
    }

    /// The element's content re-serialised as markup (prefixes dropped, text escaped), for
    /// embedded XHTML.
    public var innerXML: String {
        var output = ""
        interleave(
            text: {
                output += $0.markupEscaped
            },
            child: { output += "<\($0.name)>\($0.innerXML)</\($0.name)>" })
        return output
    }

    private func interleave(text emit: (String) -> Void, child visit: (FeedXMLElement) -> Void) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        for (index, child) in children.enumerated() {
            let offset = index < childTextOffsets.count ? childTextOffsets[index] : utf8.count
            let end = utf8.index(utf8.startIndex, offsetBy: min(offset, utf8.count))
            if start < end { emit(String(text[start..<end])) }
            start = max(start, end)
            visit(child)
        }
        if start < utf8.endIndex { emit(String(text[start...])) }
    }
}
