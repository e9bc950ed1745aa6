/// Checks bytes for valid UTF-8 and repairs what is not.
///
/// Each invalid sequence becomes U+FFFD (the replacement character) and gets one ``Diagnostic``
/// at its line and column, so nothing is lost silently and the rest of the input stays readable.
public enum UTF8Repair {
    /// The largest number of diagnostics reported for one input; later bad sequences are
    /// counted in a final summary diagnostic.
    public static let diagnosticLimit = 20

    /// Validates and repairs a byte buffer.
    ///
    /// - Parameter bytes: Bytes that should be UTF-8.
    /// - Returns: Valid UTF-8 (the input itself when it was valid) and one diagnostic per
    ///   repaired sequence.
    public static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], diagnostics: [Diagnostic]) {
        var index = 0
        let count = bytes.count
        // Fast path: ASCII and well-formed sequences need no copy.
        while index < count {
            let length = sequenceLength(bytes, at: index)
            if length == 0 { break }
            index += length
        }
        if index == count { return (bytes, []) }

        var output = [UInt8]()
        output.reserveCapacity(count + 16)
        output.append(contentsOf: bytes[0..<index])
        var diagnostics: [Diagnostic] = []
        var badCount = 0
        var line = 1
        var lineStart = 0
        for position in 0..<index where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        var scanned = index
        while index < count {
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                output.append(contentsOf: bytes[index..<index + length])
                index += length
                continue
            }
            // Bring the line count up to the bad byte.
            while scanned < index {
                if bytes[scanned] == 0x0A {
                    line += 1
                    lineStart = scanned + 1
                }
                scanned += 1
            }
            badCount += 1
            if badCount <= diagnosticLimit {
                let column = TextScanner.column(in: bytes, from: lineStart, to: index)
                let hex = String(bytes[index], radix: 16, uppercase: true)
                diagnostics.append(
                    Diagnostic(
                        .warning, at: SourceLocation(offset: index, line: line, column: column),
                        "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex) replaced with U+FFFD"))
            }
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            index += 1
            // Skip stray continuation bytes of the same broken sequence.
            while index < count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        if badCount > diagnosticLimit {
            diagnostics.append(
                Diagnostic(
                    .warning, at: nil,
                    "\(badCount - diagnosticLimit) more invalid UTF-8 sequences replaced with U+FFFD"))
        }
        return (output, diagnostics)
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 when it is malformed.
    @inline(__always)
    static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let count = bytes.count
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < count && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}

extension UTF8Repair {
    /// Whether a range of a buffer is well-formed UTF-8.
    ///
    /// - Parameters:
    ///   - bytes: The buffer.
    ///   - range: The part to check.
    /// - Returns: `true` when every sequence in the range is well formed.
    public static func isValid(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let asciiBlockBytes = 32
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let checked = range.clamped(to: 0..<buffer.count)
            var index = checked.lowerBound
            let end = checked.upperBound
            while index < end {
                // Runs of ASCII text: four words (32 bytes) tested at once.
                while index + asciiBlockBytes <= end {
                    let raw = UnsafeRawPointer(base + index)
                    let block =
                        raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                    if block & 0x8080_8080_8080_8080 != 0 { break }
                    index += asciiBlockBytes
                }
                if index == end { break }
                // Eight bytes at a time: ASCII is skipped, and a word with a high bit set moves
                // straight to its first non-ASCII byte.
                if index + 8 <= end {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    let highBits = word & 0x8080_8080_8080_8080
                    if highBits == 0 {
                        index += 8
                        continue
                    }
                    index += highBits.trailingZeroBitCount / 8
                }
                if base[index] < 0x80 {
                    index += 1
                    continue
                }
                let length = sequenceLength(bytes, at: index)
                if length == 0 || index + length > end { return false }
                index += length
            }
            return true
        }
    }
}
