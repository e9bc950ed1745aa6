import CentralAsiaKit
import Foundation

/// An HTML page as a light tree over its UTF-8 bytes: elements with their attributes, and text nodes
/// that point into the bytes (decoded only when asked for).
///
/// Node 0 is the document; every node's index is greater than its parent's, so a pass from the last
/// node to the first visits children before parents.
struct HTMLDocument: Sendable {
    /// One attribute: its lower-cased name and where its raw value lies in the bytes.
    struct Attribute: Sendable {
        var name: String
        var value: Range<Int>
    }

    /// One node: an element (`name` is its lower-cased tag) or a text (`name` is empty).
    struct Node: Sendable {
        var name: String
        var parent: Int
        var firstChild = -1
        var lastChild = -1
        var nextSibling = -1
        /// Where the element's attributes lie in the document's ``attributes``.
        var attributeRange: Range<Int> = 0..<0
        /// A text node's raw bytes (or an element's raw content, for `script` and `style`).
        var text: Range<Int> = 0..<0
        /// Where the node starts in the bytes.
        var offset: Int

        var isText: Bool { name.isEmpty }
    }

    /// The page as UTF-8.
    let bytes: [UInt8]
    /// The nodes; node 0 is the document.
    var nodes: [Node]
    /// The attributes of all elements, each element's in one run.
    var attributes: [Attribute]
    /// What the scanner and tree builder repaired or skipped.
    var diagnostics: [Diagnostic]

    /// The value of an attribute, entities decoded, or `nil` when the element has none.
    func attribute(_ name: String, of node: Int) -> String? {
        guard let attribute = attributes(of: node).first(where: { $0.name == name }) else { return nil }
        return WebText.collapse(decodedText(attribute.value))
    }

    /// The attributes of an element.
    func attributes(of node: Int) -> ArraySlice<Attribute> { attributes[nodes[node].attributeRange] }

    /// The bytes of a range as text, character references decoded.
    func decodedText(_ range: Range<Int>) -> String {
        let text = String(decoding: bytes[range], as: UTF8.self)
        return text.utf8.contains(UInt8(ascii: "&")) ? HTMLEntity.decode(text) : text
    }

    /// The raw content of a `script` or `style` element.
    func rawContent(of node: Int) -> String {
        guard let child = Optional(nodes[node].firstChild), child >= 0 else { return "" }
        return String(decoding: bytes[nodes[child].text], as: UTF8.self)
    }

    /// The children of a node, in order.
    func children(of node: Int) -> [Int] {
        var result: [Int] = []
        var child = nodes[node].firstChild
        while child >= 0 {
            result.append(child)
            child = nodes[child].nextSibling
        }
        return result
    }

    /// The elements with a tag, in document order.
    func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].name == name }
    }

    /// The text of a subtree, whitespace collapsed, without scripts and styles.
    func text(of node: Int) -> String {
        var parts: [String] = []
        visitText(node) { parts.append($0) }
        return WebText.collapse(parts.joined())
    }

    /// Calls `body` with each text inside a subtree, in order, skipping scripts and styles; a block
    /// element or `<br>` gives a space.
    func visitText(_ node: Int, _ body: (String) -> Void) {
        var stack = [node]
        while let current = stack.popLast() {
            let item = nodes[current]
            if item.isText {
                body(decodedText(item.text))
                continue
            }
            if HTMLTags.raw.contains(item.name) { continue }
            if HTMLTags.spaced.contains(item.name) { body(" ") }
            let start = stack.count
            var child = item.firstChild
            while child >= 0 {
                stack.append(child)
                child = nodes[child].nextSibling
            }
            stack[start...].reverse()
        }
    }

    /// The index just past a node's subtree (its descendants follow it in one run).
    func subtreeEnd(of node: Int) -> Int {
        var last = node
        while nodes[last].lastChild >= 0 { last = nodes[last].lastChild }
        return last + 1
    }

    /// The nearest ancestor (or the node itself) with a tag.
    func ancestor(of node: Int, named name: String) -> Int? {
        var current = node
        while current > 0 {
            if nodes[current].name == name { return current }
            current = nodes[current].parent
        }
        return nil
    }

    /// Whether `node` lies inside `ancestor` (or is it).
    func isInside(_ node: Int, _ ancestor: Int) -> Bool {
        var current = node
        while current > ancestor { current = nodes[current].parent }
        return current == ancestor
    }
}

/// The tag sets the scanner, the tree builder and the readers share.
enum HTMLTags {
    /// Elements whose content is raw text, ended only by their own end tag.
    static let raw: Set<String> = ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript"]
    /// Elements whose content is text with character references, ended only by their own end tag.
    static let escapable: Set<String> = ["title", "textarea"]
    /// Elements that never have content.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr",
    ]
    /// Block elements: their text is a paragraph of its own.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "caption", "html", "menu",
    ]
    /// Elements whose boundaries separate words.
    static let spaced: Set<String> = block.union(["br", "img", "option", "button", "label", "input", "select"])
    /// Elements whose start tag closes an open `<p>`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main",
        "menu", "nav", "ol", "p", "pre", "section", "table", "ul",
    ]
}
