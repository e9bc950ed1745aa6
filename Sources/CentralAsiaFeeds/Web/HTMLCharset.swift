import CentralAsiaKit
import Foundation

/// The character encoding of an HTML page, found from its byte-order mark, its `<meta charset>` or its
/// `http-equiv` declaration, checked against the bytes, and the page re-encoded as UTF-8.
///
/// A page that says UTF-8 but is not (or says a single-byte encoding but is valid UTF-8) is read in the
/// encoding its bytes fit, with a warning that says so. NUL bytes become U+FFFD, with a warning.
enum HTMLCharset {
    /// How far into the page a declaration is looked for (the HTML standard prescans 1024 bytes; real
    /// pages put long scripts first, so more is read).
    static let prescanBytes = 8192
    /// The replacement character, as UTF-8.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// The page as UTF-8 bytes, the name of the encoding it was read in, and what was repaired.
    static func utf8(_ data: Data) -> (bytes: [UInt8], charset: String, diagnostics: [Diagnostic]) {
        var bytes = [UInt8](data)
        var diagnostics: [Diagnostic] = []
        var charset = "utf-8"
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let text = String(data: Data(bytes.dropFirst(2)), encoding: little ? .utf16LittleEndian : .utf16BigEndian)
            bytes = Array((text ?? "").utf8)
            charset = little ? "utf-16le" : "utf-16be"
        } else {
            let declared = declaredLabel(bytes)
            (bytes, charset) = decode(bytes, declared: declared, diagnostics: &diagnostics)
        }
        replaceNULs(&bytes, diagnostics: &diagnostics)
        return (bytes, charset, diagnostics)
    }

    private static func decode(
        _ bytes: [UInt8], declared: String?, diagnostics: inout [Diagnostic]
    ) -> ([UInt8], String) {
        let encoding = declared.flatMap(XMLTextEncoding.init(label:))
        let isValidUTF8 = String(validating: bytes, as: UTF8.self) != nil
        switch encoding {
        case .windows1251?, .koi8r?, .latin1?:
            guard let encoding else { return (bytes, "utf-8") }
            if isValidUTF8, bytes.contains(where: { $0 >= 0x80 }) {
                diagnostics.append(
                    Diagnostic(
                        .warning, at: nil,
                        "the page declares \"\(declared ?? "")\" but its bytes are UTF-8; read as UTF-8"))
                return (bytes, "utf-8")
            }
            return (singleByte(bytes, encoding), encoding.rawValue.lowercased())
        default:
            if isValidUTF8 { return (bytes, "utf-8") }
            let guess = guessSingleByte(bytes)
            let said = declared.map { "declares \"\($0)\"" } ?? "declares no encoding"
            var location: SourceLocation?
            if let offset = firstInvalidUTF8(bytes) { location = Self.location(of: offset, in: bytes) }
            diagnostics.append(
                Diagnostic(
                    .warning, at: location,
                    "the page \(said) but is not valid UTF-8; read as \(guess.rawValue.lowercased())"))
            return (singleByte(bytes, guess), guess.rawValue.lowercased())
        }
    }

    /// The label of the first `charset=` in the page's head, as written.
    static func declaredLabel(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(prescanBytes)
        let pattern = Array("charset".utf8)
        var index = head.startIndex
        while index + pattern.count < head.endIndex {
            defer { index += 1 }
            guard head[index] | 0x20 == pattern[0] else { continue }
            guard zip(pattern, head[index..<index + pattern.count]).allSatisfy({ $0 == $1 | 0x20 }) else { continue }
            var cursor = index + pattern.count
            while cursor < head.endIndex, head[cursor] == 0x20 { cursor += 1 }
            guard cursor < head.endIndex, head[cursor] == UInt8(ascii: "=") else { continue }
            cursor += 1
            while cursor < head.endIndex, [0x20, 0x22, 0x27].contains(head[cursor]) { cursor += 1 }
            let start = cursor
            while cursor < head.endIndex, isLabelByte(head[cursor]) { cursor += 1 }
            if cursor > start { return String(decoding: head[start..<cursor], as: UTF8.self) }
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D
            || byte == 0x5F
    }

    /// The single-byte encoding whose letters the high bytes most look like: windows-1251 puts
    /// lower-case Cyrillic at 0xE0–0xFF, KOI8-R at 0xC0–0xDF; anything else is read as Latin-1.
    static func guessSingleByte(_ bytes: [UInt8]) -> XMLTextEncoding {
        var upper = 0
        var lower = 0
        var other = 0
        for byte in bytes where byte >= 0x80 {
            if byte >= 0xE0 { lower += 1 } else if byte >= 0xC0 { upper += 1 } else { other += 1 }
        }
        let cyrillic = upper + lower
        guard cyrillic > other * 2, cyrillic > 0 else { return .latin1 }
        return lower >= upper ? .windows1251 : .koi8r
    }

    private static func singleByte(_ bytes: [UInt8], _ encoding: XMLTextEncoding) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        for byte in bytes {
            guard byte >= 0x80 else {
                output.append(byte)
                continue
            }
            let value: UInt16
            switch encoding {
            case .windows1251: value = XMLTextEncoding.windows1251High[Int(byte) - 0x80]
            case .koi8r: value = XMLTextEncoding.koi8rHigh[Int(byte) - 0x80]
            default: value = UInt16(byte)
            }
            let scalar = Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        return output
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func replaceNULs(_ bytes: inout [UInt8], diagnostics: inout [Diagnostic]) {
        let first = bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        guard let first else { return }
        let count = bytes.reduce(0) { $1 == 0 ? $0 + 1 : $0 }
        diagnostics.append(
            Diagnostic(
                .warning, at: location(of: first, in: bytes),
                "\(count) NUL byte\(count == 1 ? "" : "s") replaced with U+FFFD"))
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + count * 2)
        for byte in bytes {
            if byte == 0 { output.append(contentsOf: replacement) } else { output.append(byte) }
        }
        bytes = output
    }

    /// The line and column of a byte offset (columns count bytes).
    static func location(of offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return SourceLocation(offset: offset, line: line, column: offset - lineStart + 1)
    }
}
