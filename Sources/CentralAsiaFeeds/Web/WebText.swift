import Foundation

/// Fast text helpers over UTF-8 for the web reader.
enum WebText {
    /// Collapses runs of white space (ASCII space and controls, no-break space, the Unicode spaces of
    /// U+2000–U+200A, U+202F, U+205F and U+3000) to one space and trims the ends.
    static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let width = spaceWidth(bytes, at: index)
                if width > 0 {
                    pendingSpace = !output.isEmpty
                    index += width
                    continue
                }
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(bytes[index])
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The byte length of the white-space character at an index, or 0.
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        guard index + 1 < bytes.count else { return 0 }
        let next = bytes[index + 1]
        if byte == 0xC2 { return next == 0xA0 || next == 0x85 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let last = bytes[index + 2]
        if byte == 0xE2, next == 0x80, (0x80...0x8A).contains(last) || last == 0xAF || last == 0xA8 || last == 0xA9 {
            return 3
        }
        if byte == 0xE2, next == 0x81, last == 0x9F { return 3 }
        if byte == 0xE3, next == 0x80, last == 0x80 { return 3 }
        return 0
    }

    /// The number of commas (`,`, `，`, `、`) in a text.
    static func commas(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where scalar == "," || scalar == "，" || scalar == "、" { count += 1 }
        return count
    }
}
