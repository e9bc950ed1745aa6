import Foundation

/// The text blocks of a page: each run of text between block boundaries (a block element's start or
/// end, or `<br><br>`), with how much of it is link text and the block element that holds it.
struct WebBlock: Sendable {
    /// The text, white space collapsed.
    var text: String
    /// How many of its characters are inside links.
    var linkLength: Int
    /// The innermost block element that holds it.
    var owner: Int
    /// Its length in Unicode scalars.
    var length: Int
    /// Its commas.
    var commas: Int
    /// The share of its characters inside links.
    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }

    /// Creates a block from its collapsed text.
    init(text: String, linkLength: Int, owner: Int) {
        self.text = text
        length = text.unicodeScalars.count
        self.linkLength = min(linkLength, length)
        self.owner = owner
        commas = WebText.commas(text)
    }
}

/// Walks a document once and cuts its visible text into ``WebBlock``s, skipping the subtrees that
/// `skipped` marks.
struct WebBlockCollector {
    private let document: HTMLDocument
    private let skipped: [Bool]
    private var blocks: [WebBlock] = []
    private var buffer = ""
    private var bufferLinks = 0
    private var linkDepth = 0
    private var lastWasBreak = false
    private var owners: [Int] = [0]

    /// The blocks of a document, in order.
    static func blocks(of document: HTMLDocument, skipping skipped: [Bool]) -> [WebBlock] {
        var collector = WebBlockCollector(document: document, skipped: skipped)
        collector.walk()
        return collector.blocks
    }

    private init(document: HTMLDocument, skipped: [Bool]) {
        self.document = document
        self.skipped = skipped
    }

    private mutating func walk() {
        // Each entry is a node; a negative entry -(n + 1) is the end of element n.
        var stack = [0]
        while let entry = stack.popLast() {
            if entry < 0 {
                leave(-entry - 1)
                continue
            }
            let node = document.nodes[entry]
            if node.isText {
                appendText(document.decodedText(node.text))
                continue
            }
            guard !skipped[entry], !HTMLTags.raw.contains(node.name) else { continue }
            enter(entry)
            stack.append(-entry - 1)
            var children: [Int] = []
            var child = node.firstChild
            while child >= 0 {
                children.append(child)
                child = document.nodes[child].nextSibling
            }
            stack.append(contentsOf: children.reversed())
        }
        flush()
    }

    private mutating func enter(_ node: Int) {
        let name = document.nodes[node].name
        if name == "br" {
            if lastWasBreak {
                flush()
            } else {
                buffer.append(" ")
                lastWasBreak = true
            }
            return
        }
        if HTMLTags.block.contains(name) {
            flush()
            owners.append(node)
        } else if name == "a" {
            linkDepth += 1
        } else if HTMLTags.spaced.contains(name) {
            buffer.append(" ")
        }
    }

    private mutating func leave(_ node: Int) {
        let name = document.nodes[node].name
        if HTMLTags.block.contains(name) {
            flush()
            if owners.count > 1 { owners.removeLast() }
        } else if name == "a" {
            linkDepth -= 1
        }
    }

    private mutating func appendText(_ text: String) {
        if lastWasBreak, text.contains(where: { !$0.isWhitespace }) { lastWasBreak = false }
        buffer.append(text)
        if linkDepth > 0 { bufferLinks += text.unicodeScalars.reduce(0) { $1.value <= 0x20 ? $0 : $0 + 1 } }
    }

    private mutating func flush() {
        lastWasBreak = false
        let text = WebText.collapse(buffer)
        buffer = ""
        defer { bufferLinks = 0 }
        guard !text.isEmpty else { return }
        blocks.append(WebBlock(text: text, linkLength: bufferLinks, owner: owners.last ?? 0))
    }
}
