import CentralAsiaKit
import Foundation

/// The character encodings the feed readers accept, decided from the byte-order mark and the XML
/// declaration before any parser sees the bytes.
enum XMLTextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1251 = "windows-1251"
    case koi8r = "KOI8-R"
    case latin1 = "ISO-8859-1"

    /// The encoding a declaration's label names, or `nil` for a label this module does not read.
    init?(label: String) {
        switch label.lowercased() {
        case "utf-8", "utf8", "us-ascii", "ascii": self = .utf8
        case "windows-1251", "cp1251", "x-cp1251", "win-1251": self = .windows1251
        case "koi8-r", "koi8r", "cskoi8r": self = .koi8r
        case "iso-8859-1", "latin1", "iso_8859-1", "l1": self = .latin1
        case "utf-16", "utf-16le": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        default: return nil
        }
    }

    /// Decodes bytes to text, or throws a `ParseError` that says how bytes and label disagree.
    ///
    /// - Parameters:
    ///   - bytes: The input without its byte-order mark.
    ///   - declared: The label as written in the declaration, when there was one.
    static func decode(_ bytes: ArraySlice<UInt8>, as encoding: XMLTextEncoding, declared: String?) throws -> String {
        switch encoding {
        case .utf8:
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            let offset = firstInvalidUTF8Offset(bytes)
            let byte = offset.map { bytes[bytes.startIndex + $0] } ?? 0
            let hex = String(byte, radix: 16, uppercase: true)
            let position = offset.map { " at byte offset \($0)" } ?? ""
            if let declared {
                throw ParseError(
                    .badEncoding,
                    "the declaration says \"\(declared)\" but byte 0x\(hex)\(position) is not valid UTF-8")
            }
            throw ParseError(
                .badEncoding,
                "no encoding is declared and byte 0x\(hex)\(position) is not valid UTF-8; declare the encoding (windows-1251?)"
            )
        case .utf16LittleEndian, .utf16BigEndian:
            let foundation: String.Encoding = encoding == .utf16LittleEndian ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: Data(bytes), encoding: foundation) else {
                throw ParseError(.badEncoding, "the bytes are not valid \(encoding.rawValue)")
            }
            return text
        case .windows1251, .koi8r, .latin1:
            // A single-byte label on bytes that are valid multi-byte UTF-8 is a mislabelled file.
            if bytes.contains(where: { $0 >= 0x80 }), String(validating: bytes, as: UTF8.self) != nil {
                throw ParseError(
                    .badEncoding,
                    "the declaration says \"\(declared ?? encoding.rawValue)\" but the bytes are UTF-8")
            }
            return decodeSingleByte(bytes, encoding)
        }
    }

    private static func decodeSingleByte(_ bytes: ArraySlice<UInt8>, _ encoding: XMLTextEncoding) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value: UInt32
            if byte < 0x80 {
                value = UInt32(byte)
            } else {
                switch encoding {
                case .windows1251: value = UInt32(windows1251High[Int(byte) - 0x80])
                case .koi8r: value = UInt32(koi8rHigh[Int(byte) - 0x80])
                default: value = UInt32(byte)
                }
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The offset of the first byte that breaks UTF-8, relative to the slice's start.
    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        let (_, diagnostics) = UTF8Repair.repair(Array(bytes))
        return diagnostics.first?.location?.offset
    }

    /// Windows-1251 bytes 0x80…0xFF (0x98 is unassigned and maps to U+FFFD).
    static let windows1251High: [UInt16] =
        [
            0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
            0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
            0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
            0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
            0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
        ] + (0x0410...0x044F).map { UInt16($0) }

    /// KOI8-R bytes 0x80…0xFF.
    static let koi8rHigh: [UInt16] = [
        0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580, 0x2584,
        0x2588, 0x258C, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, 0x2264, 0x2265,
        0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, 0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555,
        0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E, 0x255F, 0x2560, 0x2561, 0x0401,
        0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9, 0x044E,
        0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, 0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C,
        0x043D, 0x043E, 0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437,
        0x0448, 0x044D, 0x0449, 0x0447, 0x044A, 0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,
        0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x042F, 0x0420, 0x0421, 0x0422,
        0x0423, 0x0416, 0x0412, 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
    ]
}
