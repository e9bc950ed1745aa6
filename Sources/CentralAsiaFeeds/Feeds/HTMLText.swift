import Foundation

/// Turns HTML fragments (feed bodies, titles) into plain paragraphs.
///
/// Block elements (`p`, `div`, `br`, `li`, headings, …) end a paragraph; `script`, `style` and
/// comments are dropped; character references are decoded; runs of white space (no-break space
/// included) become one space. Plain text without tags splits on blank lines.
enum HTMLText {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
        "section", "article", "figure", "figcaption", "header", "footer", "pre", "hr", "dd", "dt",
    ]
    private static let skippedTags: Set<String> = ["script", "style", "noscript", "template"]

    /// The paragraphs of an HTML fragment or of plain text.
    static func paragraphs(_ html: String) -> [String] {
        guard html.contains("<") else {
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
            if matches(scalars, index, "<!--") {
                index = find(scalars, from: index + 4, "-->").map { $0 + 3 } ?? scalars.count
                continue
            }
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
            if nameStart < scalars.count, scalars[nameStart] == "/" { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < end, scalars[nameEnd].properties.isAlphabetic || ("0"..."9").contains(scalars[nameEnd]) {
                nameEnd += 1
            }
            guard nameEnd > nameStart else {
                // A "<" that opens no tag ("a < b") is text.
                current.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<nameEnd])).lowercased()
            let isClosing = scalars[index + 1] == "/"
            index = min(end + 1, scalars.count)
            if !isClosing, skippedTags.contains(name) {
                let closing = Array("</\(name)".unicodeScalars)
                var cursor = index
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
                index = find(scalars, from: cursor, ">").map { $0 + 1 } ?? scalars.count
            } else if blockTags.contains(name) {
                flush()
            }
        }
        flush()
        return paragraphs
    }

    /// One line of plain text from an HTML fragment (a title): tags dropped, references decoded.
    static func line(_ html: String) -> String {
        guard html.contains("<") else { return collapse(HTMLEntity.decode(html)) }
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

    /// Whether a body was cut short: it ends in `...`, `…`, `[…]` or a `[+N chars]` marker.
    static func looksTruncated(_ paragraphs: [String]) -> Bool {
        guard let last = paragraphs.last?.trimmingCharacters(in: .whitespaces) else { return false }
        if last.hasSuffix("...") || last.hasSuffix("…") || last.hasSuffix("[…]") || last.hasSuffix("[...]") {
            return true
        }
        return last.hasSuffix(" chars]") && last.contains("[+")
    }
}
