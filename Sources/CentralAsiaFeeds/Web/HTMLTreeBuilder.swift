import CentralAsiaKit
import Foundation

/// Builds the tree of an ``HTMLDocument`` from the scanner's tags and texts, closing what HTML closes
/// implicitly (`<p>` before a block, `<li>` before the next item, cells and rows) and keeping the
/// nesting within ``HTMLScanner/maxDepth``.
struct HTMLTreeBuilder {
    /// The kinds of diagnostics, each capped at ``HTMLScanner/maxDiagnostics``.
    enum Kind: Hashable { case comment, tag, raw, depth }

    private let bytes: [UInt8]
    private var nodes: [HTMLDocument.Node]
    private var attributes: [HTMLDocument.Attribute] = []
    private var stack: [Int] = [0]
    private var diagnostics: [Diagnostic] = []
    private var counts: [Kind: Int] = [:]

    private static let listScopes: [String: Set<String>] = [
        "li": ["ul", "ol", "menu"], "dt": ["dl"], "dd": ["dl"], "tr": ["table", "tbody", "thead", "tfoot"],
        "td": ["tr", "table"], "th": ["tr", "table"], "option": ["select", "datalist"],
    ]
    private static let siblingItems: [String: Set<String>] = [
        "li": ["li"], "dt": ["dt", "dd"], "dd": ["dt", "dd"], "tr": ["tr", "td", "th"], "td": ["td", "th"],
        "th": ["td", "th"], "option": ["option"],
    ]
    private static let ignoredEnds: Set<String> = ["html", "body", "br"]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        nodes = [HTMLDocument.Node(name: "#document", parent: -1, offset: 0)]
        nodes.reserveCapacity(bytes.count / 40)
    }

    /// How many attributes have been read so far.
    var attributeCount: Int { attributes.count }

    /// Keeps an attribute of the element whose start tag is being read.
    mutating func attribute(_ attribute: HTMLDocument.Attribute) { attributes.append(attribute) }

    mutating func open(_ name: String, attributes: Range<Int>, selfClosing: Bool, at offset: Int) {
        if HTMLTags.closesParagraph.contains(name), let top = stack.last, nodes[top].name == "p" {
            stack.removeLast()
        }
        if let items = Self.siblingItems[name] { closeItem(items, scope: Self.listScopes[name] ?? []) }
        let node = append(
            HTMLDocument.Node(name: name, parent: stack.last ?? 0, attributeRange: attributes, offset: offset))
        guard !selfClosing, !HTMLTags.void.contains(name) else { return }
        if stack.count > HTMLScanner.maxDepth {
            if counts[.depth] == nil {
                warn(
                    "elements nest deeper than \(HTMLScanner.maxDepth) levels; deeper ones are read flat", at: offset,
                    kind: .depth)
            }
            return
        }
        stack.append(node)
    }

    private mutating func closeItem(_ items: Set<String>, scope: Set<String>) {
        for position in stack.indices.reversed() {
            let name = nodes[stack[position]].name
            if scope.contains(name) { return }
            if items.contains(name) {
                stack.removeSubrange(position...)
                return
            }
        }
    }

    mutating func close(_ name: String, at offset: Int) {
        guard !Self.ignoredEnds.contains(name) else { return }
        guard let position = stack.lastIndex(where: { nodes[$0].name == name }), position > 0 else {
            if name == "p" {  // `</p>` without `<p>` is an empty paragraph
                _ = append(HTMLDocument.Node(name: "p", parent: stack.last ?? 0, offset: offset))
            }
            return
        }
        stack.removeSubrange(position...)
    }

    mutating func text(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        var node = HTMLDocument.Node(name: "", parent: stack.last ?? 0, offset: range.lowerBound)
        node.text = range
        _ = append(node)
    }

    private mutating func append(_ node: HTMLDocument.Node) -> Int {
        let index = nodes.count
        let parent = node.parent
        nodes.append(node)
        if nodes[parent].lastChild >= 0 {
            nodes[nodes[parent].lastChild].nextSibling = index
        } else {
            nodes[parent].firstChild = index
        }
        nodes[parent].lastChild = index
        return index
    }

    mutating func warn(_ message: String, at offset: Int, kind: Kind) {
        counts[kind, default: 0] += 1
        guard counts[kind, default: 0] <= HTMLScanner.maxDiagnostics else { return }
        diagnostics.append(Diagnostic(.warning, at: HTMLCharset.location(of: offset, in: bytes), message))
    }

    mutating func finish() -> HTMLDocument {
        let unclosed = stack.dropFirst().filter { !["html", "body", "head", "p", "li"].contains(nodes[$0].name) }
        if let first = unclosed.first {
            let count = unclosed.count
            warn(
                "\(count) element\(count == 1 ? " is" : "s are") not closed at the end of the input "
                    + "(the first: <\(nodes[first].name)>)", at: nodes[first].offset, kind: .tag)
        }
        return HTMLDocument(bytes: bytes, nodes: nodes, attributes: attributes, diagnostics: diagnostics)
    }
}
