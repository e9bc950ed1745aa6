import CentralAsiaKit
import Foundation

/// Turns HTML fragments (feed bodies, titles) into plain paragraphs: what a reader sees, nothing else.
///
/// Block elements (`p`, `div`, `br`, `li`, headings, …) end a paragraph; the content of `script`,
/// `style`, `noscript`, `template`, `iframe`, `object` and `applet` is dropped, and so are `embed`,
/// comments (also malformed ones, read as HTML5 does: `<!-->`, `--!>`, a comment left open runs to
/// the end) and bogus comments (`<!x>`, `<?x>`); character references are decoded once; runs of
/// white space (no-break space included) become one space. Plain text without tags splits on blank
/// lines.
enum HTMLText {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
        "section", "article", "figure", "figcaption", "header", "footer", "pre", "hr", "dd", "dt", "body",
    ]
    /// Elements whose content never reaches the text.
    private static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "applet", "embed",
    ]
    /// Skipped elements that have no content and no end tag.
    private static let voidSkippedTags: Set<String> = ["embed"]

    /// The paragraphs of an HTML fragment or of plain text.
    static func paragraphs(_ html: String) -> [String] {
        guard html.utf8.contains(UInt8(ascii: "<")) else {
            return splitPlain(HTMLEntity.decode(html))
        }
        var paragraphs: [String] = []
        var current = ""
        func flush() {
            let text = collapse(HTMLEntity.decode(current))
            if !text.isEmpty { paragraphs.append(text) }
            current = ""
        }
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "<" else {
                current.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            if let end = commentEnd(scalars, index) {
                index = end
                continue
            }
            guard let tag = tag(scalars, index) else {
                // A "<" that opens no tag ("a < b") is text.
                current.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            index = tag.end
            if !tag.isClosing, skippedTags.contains(tag.name) {
                if !tag.isSelfClosing, !voidSkippedTags.contains(tag.name) {
                    index = skipContent(scalars, from: index, closing: tag.name)
                }
            } else if blockTags.contains(tag.name) {
                flush()
            }
        }
        flush()
        return paragraphs
    }

    /// A tag at `index`: its lower-cased name, whether it closes (`</p>`) or closes itself
    /// (`<br/>`), and the index after its `>`; `nil` when the `<` opens no tag.
    private static func tag(
        _ scalars: [Unicode.Scalar], _ index: Int
    ) -> (name: String, isClosing: Bool, isSelfClosing: Bool, end: Int)? {
        // Read the tag up to its closing ">", honouring quoted attribute values.
        var end = index + 1
        var quote: Unicode.Scalar?
        while end < scalars.count {
            let c = scalars[end]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                break
            }
            end += 1
        }
        var nameStart = index + 1
        let isClosing = nameStart < scalars.count && scalars[nameStart] == "/"
        if isClosing { nameStart += 1 }
        var nameEnd = nameStart
        while nameEnd < end, scalars[nameEnd].properties.isAlphabetic || ("0"..."9").contains(scalars[nameEnd]) {
            nameEnd += 1
        }
        guard nameEnd > nameStart else { return nil }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<nameEnd])).lowercased()
        let isSelfClosing = end < scalars.count && scalars[end - 1] == "/"
        return (name, isClosing, isSelfClosing, min(end + 1, scalars.count))
    }

    /// The index after a comment, a bogus comment (`<!x>`, `<?x>`) or a stray declaration that
    /// starts at `index`; `nil` when none starts there.
    private static func commentEnd(_ scalars: [Unicode.Scalar], _ index: Int) -> Int? {
        guard index + 1 < scalars.count else { return nil }
        let next = scalars[index + 1]
        if matches(scalars, index, "<!--") {
            // HTML5: "<!-->" and "<!--->" are empty comments; "--!>" also ends one.
            if matches(scalars, index + 4, ">") { return index + 5 }
            if matches(scalars, index + 4, "->") { return index + 6 }
            let close = find(scalars, from: index + 4, "-->").map { $0 + 3 } ?? scalars.count
            let bang = find(scalars, from: index + 4, "--!>").map { $0 + 4 } ?? scalars.count
            return min(close, bang)
        }
        guard next == "!" || next == "?" else { return nil }
        return find(scalars, from: index + 2, ">").map { $0 + 1 } ?? scalars.count
    }

    /// The index after the end tag of a skipped element (matched without regard to case), or the
    /// end of the text when it is missing.
    private static func skipContent(_ scalars: [Unicode.Scalar], from start: Int, closing name: String) -> Int {
        let closing = Array("</\(name)".unicodeScalars)
        var cursor = start
        while cursor < scalars.count {
            if cursor + closing.count <= scalars.count,
                zip(scalars[cursor..<(cursor + closing.count)], closing).allSatisfy({
                    $0.properties.lowercaseMapping == $1.properties.lowercaseMapping
                })
            {
                break
            }
            cursor += 1
        }
        return find(scalars, from: cursor, ">").map { $0 + 1 } ?? scalars.count
    }

    /// One line of plain text from an HTML fragment (a title): tags dropped, references decoded.
    static func line(_ html: String) -> String {
        guard html.utf8.contains(UInt8(ascii: "<")) else { return collapse(HTMLEntity.decode(html)) }
        return paragraphs(html).joined(separator: " ")
    }

    /// Splits plain text on blank lines; a text without blank lines splits on single newlines.
    static func splitPlain(_ text: String) -> [String] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        let blocks = normalised.components(separatedBy: "\n\n")
        let pieces = blocks.count > 1 ? blocks : normalised.components(separatedBy: "\n")
        return pieces.map(collapse).filter { !$0.isEmpty }
    }

    /// Collapses white space (no-break space included) to single spaces and trims the ends.
    static func collapse(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace =
                scalar.value < 0x80
                ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace || scalar.value == 0xA0
            if isSpace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func matches(_ scalars: [Unicode.Scalar], _ index: Int, _ literal: String) -> Bool {
        let pattern = Array(literal.unicodeScalars)
        guard index + pattern.count <= scalars.count else { return false }
        return Array(scalars[index..<(index + pattern.count)]) == pattern
    }

    private static func find(_ scalars: [Unicode.Scalar], from start: Int, _ literal: String) -> Int? {
        var index = start
        while index < scalars.count {
            if matches(scalars, index, literal) { return index }
            index += 1
        }
        return nil
    }

    /// Whether a body was cut short: its last paragraph ends in a truncation mark (`...`, `…`, `[…]`, `[...]`
    /// or a `[+N chars]` marker; the rule plain-text pages use too).
    static func looksTruncated(_ paragraphs: [String]) -> Bool {
        paragraphs.last.map(TruncationMark.endsText) ?? false
    }
}
