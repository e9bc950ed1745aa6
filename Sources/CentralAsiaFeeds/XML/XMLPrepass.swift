import CentralAsiaKit

/// The tolerant, guarding pass over UTF-8 bytes that runs before `XMLParser`.
///
/// - Drops a `<!DOCTYPE` without an internal subset (never fetching what it names) and refuses
///   one with an internal subset, and `<!ENTITY`, `<!ELEMENT` and `<!ATTLIST`, outside comments
///   and CDATA, so no entity is ever defined, expanded or fetched.
/// - Rewrites HTML named references (`&nbsp;` → `&#160;`), escapes a bare `&` and an unknown
///   reference (`&foo;` → `&amp;foo;`, kept as text), escapes a `<` that opens no markup
///   (`a < b`), replaces a numeric reference to an invalid character with U+FFFD and a control
///   character that XML 1.0 forbids with a space. Each repair except the HTML names gets a
///   diagnostic.
///
/// - Removes processing instructions after the XML declaration (`<?xml-stylesheet …?>`, `<?xml?>`):
///   feeds never need them, and FoundationXML on Linux crashes on one without data.
///
/// Newlines are never added or removed, so the parser's line numbers stay the input's.
struct XMLPrepass {
    /// The most diagnostics reported for one input; later repairs are counted in a summary.
    static let diagnosticLimit = 20

    private let input: [UInt8]
    private var output: [UInt8] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var repairs = 0
    private var line = 1
    private var lineStart = 0

    private init(_ input: [UInt8]) {
        self.input = input
        output.reserveCapacity(input.count + 64)
    }

    /// Runs the pass.
    ///
    /// - Returns: The repaired bytes and one diagnostic per repair (capped).
    /// - Throws: `ParseError` of kind `refusedMarkup` for a markup declaration or a document type
    ///   declaration with an internal subset.
    static func run(_ input: [UInt8]) throws -> (bytes: [UInt8], diagnostics: [Diagnostic]) {
        var pass = XMLPrepass(input)
        try pass.scan()
        if pass.repairs > diagnosticLimit {
            pass.diagnostics.append(
                Diagnostic(.warning, at: nil, "\(pass.repairs - diagnosticLimit) more entity repairs not listed"))
        }
        return (pass.output, pass.diagnostics)
    }

    private func location(_ index: Int) -> SourceLocation {
        SourceLocation(offset: index, line: line, column: TextScanner.column(in: input, from: lineStart, to: index))
    }

    private func starts(with literal: StaticString, at index: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= input.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for offset in 0..<count where input[index + offset] != buffer[offset] { return false }
            return true
        }
    }

    /// Copies up to and including `terminator`, or to the end when it is missing.
    private mutating func copy(from index: Int, through terminator: StaticString) -> Int {
        var cursor = index
        while cursor < input.count {
            if starts(with: terminator, at: cursor) {
                let end = cursor + terminator.utf8CodeUnitCount
                output.append(contentsOf: input[cursor..<end])
                return end
            }
            let byte = input[cursor]
            if byte == 0x0A {
                line += 1
                lineStart = cursor + 1
            }
            if XMLPrepass.isForbiddenControl(byte) {
                replaceControl(at: cursor)
            } else {
                output.append(byte)
            }
            cursor += 1
        }
        return cursor
    }

    /// Drops everything up to and including `terminator` (or to the end), keeping line feeds so line
    /// numbers stay the input's.
    private mutating func skip(from index: Int, through terminator: StaticString) -> Int {
        var cursor = index
        while cursor < input.count {
            if starts(with: terminator, at: cursor) { return cursor + terminator.utf8CodeUnitCount }
            if input[cursor] == 0x0A {
                output.append(0x0A)
                line += 1
                lineStart = cursor + 1
            }
            cursor += 1
        }
        return cursor
    }

    /// Whether a byte is a C0 control character that XML 1.0 forbids (tab, LF and CR are allowed).
    static func isForbiddenControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }

    private mutating func replaceControl(at index: Int) {
        let hex = String(input[index], radix: 16, uppercase: true)
        note("control character U+\(hex.count == 1 ? "000" : "00")\(hex) replaced with a space", at: index)
        output.append(0x20)
    }

    private mutating func note(_ message: String, at index: Int) {
        repairs += 1
        if repairs <= XMLPrepass.diagnosticLimit {
            diagnostics.append(Diagnostic(.warning, at: location(index), message))
        }
    }

    private mutating func scan() throws {
        var index = 0
        let count = input.count
        while index < count {
            let byte = input[index]
            switch byte {
            case 0x0A:
                output.append(byte)
                index += 1
                line += 1
                lineStart = index
            case UInt8(ascii: "<") where index + 1 < count && input[index + 1] == UInt8(ascii: "!"):
                if starts(with: "<!--", at: index) {
                    index = copy(from: index, through: "-->")
                } else if starts(with: "<![CDATA[", at: index) {
                    index = copy(from: index, through: "]]>")
                } else {
                    var end = index + 2
                    while end < count, end - index < 12, (input[end] | 0x20) >= 0x61, (input[end] | 0x20) <= 0x7A {
                        end += 1
                    }
                    let word = String(decoding: input[(index + 2)..<end], as: UTF8.self).uppercased()
                    if word == "DOCTYPE" {
                        index = try doctype(at: index)
                    } else if ["ENTITY", "ELEMENT", "ATTLIST"].contains(word) {
                        throw ParseError(
                            .refusedMarkup, at: location(index),
                            "a markup declaration (\"<!\(word)\") is not accepted; feeds never need one")
                    } else {
                        output.append(byte)
                        index += 1
                    }
                }
            case UInt8(ascii: "<") where index + 1 < count && input[index + 1] == UInt8(ascii: "?"):
                if starts(with: "<?xml ", at: index),
                    output.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
                {
                    // The XML declaration opens the document: it stays.
                    index = copy(from: index, through: "?>")
                } else {
                    note("processing instruction removed", at: index)
                    index = skip(from: index, through: "?>")
                }
            case UInt8(ascii: "&"):
                index = reference(at: index)
            case UInt8(ascii: "<") where index + 1 >= count || XMLPrepass.opensNoMarkup(input[index + 1]):
                note("bare \"<\" escaped", at: index)
                output.append(contentsOf: Array("&lt;".utf8))
                index += 1
            case _ where XMLPrepass.isForbiddenControl(byte):
                replaceControl(at: index)
                index += 1
            default:
                output.append(byte)
                index += 1
            }
        }
    }

    /// Drops a document type declaration without an internal subset (`<!DOCTYPE rss PUBLIC "…"
    /// "…">`): nothing it names is fetched, and the HTML names its DTD declares are read from
    /// ``HTMLEntity``. A declaration with an internal subset (`[`) is refused, since it can
    /// declare entities.
    ///
    /// - Returns: The index after the declaration.
    private mutating func doctype(at index: Int) throws -> Int {
        var cursor = index
        var quote: UInt8?
        while cursor < input.count {
            let byte = input[cursor]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                throw ParseError(
                    .refusedMarkup, at: location(index),
                    "a document type declaration with an internal subset (\"[\") is not accepted; "
                        + "it can declare entities")
            } else if byte == UInt8(ascii: ">") {
                return cursor + 1
            }
            if byte == 0x0A {
                output.append(0x0A)
                line += 1
                lineStart = cursor + 1
            }
            cursor += 1
        }
        return cursor
    }

    /// Whether the byte after a `<` shows that it opens no tag (`a < b`, `x <= 3`, `<3`).
    static func opensNoMarkup(_ next: UInt8) -> Bool {
        next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == UInt8(ascii: "=")
            || next == UInt8(ascii: "<") || (next >= 0x30 && next <= 0x39)
    }

    /// Handles an `&` and returns the index after what it consumed.
    private mutating func reference(at index: Int) -> Int {
        var end = index + 1
        while end < input.count, end - index <= 32 {
            let byte = input[end]
            let isNameByte =
                (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                || (byte == UInt8(ascii: "#") && end == index + 1)
            guard isNameByte else { break }
            end += 1
        }
        guard end < input.count, input[end] == UInt8(ascii: ";"), end > index + 1 else {
            note("bare \"&\" escaped", at: index)
            output.append(contentsOf: Array("&amp;".utf8))
            return index + 1
        }
        let body = String(decoding: input[(index + 1)..<end], as: UTF8.self)
        if body.hasPrefix("#") {
            if HTMLEntity.codePoint(of: Substring(body)) != nil {
                output.append(contentsOf: input[index...end])
            } else {
                note("invalid character reference \"&\(body);\" replaced with U+FFFD", at: index)
                output.append(contentsOf: Array("&#xFFFD;".utf8))
            }
        } else if HTMLEntity.xml[body] != nil {
            output.append(contentsOf: input[index...end])
        } else if let value = HTMLEntity.named[body] {
            output.append(contentsOf: Array("&#\(value);".utf8))
        } else {
            note("unknown entity \"&\(body);\" kept as text", at: index)
            output.append(contentsOf: Array("&amp;".utf8))
            output.append(contentsOf: input[(index + 1)...end])
        }
        return end + 1
    }
}
