import CentralAsiaKit
import Foundation

/// A byte-level HTML scanner that builds an ``HTMLDocument`` in one pass, in time linear in the input.
///
/// It reads tags and attributes (quoted, unquoted, bare), comments, `<!DOCTYPE>`, CDATA sections and the
/// raw text of `script`, `style` and their kin, which only their own end tag closes (`</scr` or
/// `</scripts` inside a script does not). Unclosed tags, comments and raw elements at the end of input,
/// stray end tags and nesting deeper than ``maxDepth`` are repaired, with diagnostics.
struct HTMLScanner {
    /// How deep elements nest before further start tags are attached flat to the deepest open element.
    static let maxDepth = 512
    /// At most this many diagnostics of one kind are kept.
    static let maxDiagnostics = 8

    private let bytes: [UInt8]
    private var builder: HTMLTreeBuilder
    private var index = 0

    /// Scans UTF-8 bytes into a document.
    static func parse(_ bytes: [UInt8]) -> HTMLDocument {
        var scanner = HTMLScanner(bytes: bytes)
        scanner.run()
        return scanner.builder.finish()
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        builder = HTMLTreeBuilder(bytes: bytes)
    }

    private mutating func run() {
        let count = bytes.count
        while index < count {
            let textStart = index
            index = firstIndex(of: UInt8(ascii: "<"), from: index) ?? count
            if index > textStart { builder.text(textStart..<index) }
            guard index < count else { break }
            markup()
        }
    }

    /// Reads the markup at a `<`, or takes the `<` as text when no markup follows.
    private mutating func markup() {
        let start = index
        let next = peek(1)
        if next == UInt8(ascii: "!") {
            declaration()
        } else if next == UInt8(ascii: "/"), isLetter(peek(2)) {
            index += 2
            let name = tagName()
            skipPast(UInt8(ascii: ">"), from: start, what: "end tag </\(name)")
            builder.close(name, at: start)
        } else if next == UInt8(ascii: "?") || (next == UInt8(ascii: "/") && peek(2) != nil) {
            skipPast(UInt8(ascii: ">"), from: start, what: "markup")
        } else if isLetter(next) {
            startTag()
        } else {
            index += 1
            builder.text(start..<index)
        }
    }

    private mutating func declaration() {
        let start = index
        if matches("<!--", at: index) {
            guard let end = find("-->", from: index + 4) else {
                builder.warn("a comment is not closed", at: start, kind: .comment)
                index = bytes.count
                return
            }
            index = end + 3
        } else if matches("<![CDATA[", at: index) {
            let end = find("]]>", from: index + 9) ?? bytes.count
            builder.text(index + 9..<end)
            index = min(end + 3, bytes.count)
        } else {
            skipPast(UInt8(ascii: ">"), from: start, what: "declaration")
        }
    }

    private mutating func startTag() {
        let start = index
        index += 1
        let name = tagName()
        let firstAttribute = builder.attributeCount
        var selfClosing = false
        while true {
            skipSpace()
            guard index < bytes.count else {
                builder.warn("the tag <\(name)> is not closed at the end of the input", at: start, kind: .tag)
                return
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                index += 1
                selfClosing = peek(0) == UInt8(ascii: ">")
                continue
            }
            if let attribute = attribute() { builder.attribute(attribute) }
        }
        builder.open(name, attributes: firstAttribute..<builder.attributeCount, selfClosing: selfClosing, at: start)
        if HTMLTags.raw.contains(name) || HTMLTags.escapable.contains(name), !selfClosing {
            rawText(of: name, from: start)
        }
    }

    private mutating func attribute() -> HTMLDocument.Attribute? {
        let nameStart = index
        while index < bytes.count, !isSpace(bytes[index]),
            ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index]) || index == nameStart
        {
            index += 1
        }
        let name = lowercased(nameStart..<index)
        skipSpace()
        guard peek(0) == UInt8(ascii: "=") else { return HTMLDocument.Attribute(name: name, value: index..<index) }
        index += 1
        skipSpace()
        guard let quote = peek(0) else { return nil }
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let valueStart = index + 1
            var end = valueStart
            while end < bytes.count, bytes[end] != quote { end += 1 }
            if end == bytes.count { builder.warn("an attribute value is not closed", at: nameStart, kind: .tag) }
            index = min(end + 1, bytes.count)
            return HTMLDocument.Attribute(name: name, value: valueStart..<end)
        }
        let valueStart = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
        return HTMLDocument.Attribute(name: name, value: valueStart..<index)
    }

    /// Skips the content of a raw-text element up to its own end tag and gives it as one text.
    private mutating func rawText(of name: String, from start: Int) {
        let contentStart = index
        let nameBytes = Array(name.utf8)
        var cursor = index
        while let open = firstIndex(of: UInt8(ascii: "<"), from: cursor) {
            cursor = open + 1
            guard peek(at: open + 1) == UInt8(ascii: "/") else { continue }
            let nameEnd = open + 2 + nameBytes.count
            guard nameEnd <= bytes.count,
                zip(nameBytes, bytes[(open + 2)..<nameEnd]).allSatisfy({ $0 == $1 | 0x20 })
            else { continue }
            let after = peek(at: nameEnd)
            guard after == nil || isSpace(after ?? 0) || after == UInt8(ascii: ">") || after == UInt8(ascii: "/")
            else { continue }
            builder.text(contentStart..<open)
            index = open
            let tagStart = index
            skipPast(UInt8(ascii: ">"), from: tagStart, what: "end tag </\(name)>")
            builder.close(name, at: tagStart)
            return
        }
        builder.warn("<\(name)> is not closed; the rest of the input is its content", at: start, kind: .raw)
        builder.text(contentStart..<bytes.count)
        builder.close(name, at: bytes.count)
        index = bytes.count
    }

    private mutating func tagName() -> String {
        let start = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"),
            bytes[index] != UInt8(ascii: "/")
        {
            index += 1
        }
        return lowercased(start..<index)
    }

    private mutating func skipPast(_ byte: UInt8, from start: Int, what: String) {
        if let end = firstIndex(of: byte, from: index) {
            index = end + 1
        } else {
            builder.warn("the \(what) is not closed at the end of the input", at: start, kind: .tag)
            index = bytes.count
        }
    }

    private mutating func skipSpace() {
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    }

    private func lowercased(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            var index = 0
            for byte in bytes[range] {
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                index += 1
            }
            return index
        }
    }

    private func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base + start, Int32(byte), buffer.count - start)
            else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    private func find(_ literal: String, from start: Int) -> Int? {
        let pattern = Array(literal.utf8)
        var cursor = start
        while let candidate = firstIndex(of: pattern[0], from: cursor) {
            if matches(literal, at: candidate) { return candidate }
            cursor = candidate + 1
        }
        return nil
    }

    private func matches(_ literal: String, at offset: Int) -> Bool {
        let pattern = literal.utf8
        guard offset + pattern.count <= bytes.count else { return false }
        return zip(pattern, bytes[offset..<offset + pattern.count]).allSatisfy { $0 == $1 }
    }

    private func peek(_ ahead: Int) -> UInt8? { peek(at: index + ahead) }

    private func peek(at offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private func isLetter(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }
}
