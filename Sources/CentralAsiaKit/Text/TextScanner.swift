import Foundation

/// A cursor over UTF-8 bytes that knows its line and column.
///
/// Parsers walk the bytes with a scanner and make `String` values only at the edges. The scanner
/// can cover a whole buffer or a range of it, so a corpus of many pages is scanned page by page
/// without copying. Offsets, lines and columns are relative to the start of the scanned range
/// (after a UTF-8 byte-order mark, which is skipped).
///
/// ```swift
/// var scanner = TextScanner("KZT/USD = 0.00191\nnext")
/// while let line = scanner.nextLine() {
///     print(line.number, scanner.string(line.range))
/// }
/// ```
public struct TextScanner: Sendable {
    /// One line of input, without its terminator (`\n`, `\r\n` or a lone `\r`).
    public struct Line: Sendable, Hashable {
        /// The byte range of the line's content, in the scanner's buffer.
        public var range: Range<Int>
        /// The 1-based line number.
        public var number: Int
        /// The byte offset of the line's first byte, relative to the scanned range.
        public var startOffset: Int

        /// Creates a line.
        ///
        /// - Parameters:
        ///   - range: The byte range of its content in the buffer.
        ///   - number: Its 1-based number.
        ///   - startOffset: The offset of its first byte relative to the scanned range.
        public init(range: Range<Int>, number: Int, startOffset: Int) {
            self.range = range
            self.number = number
            self.startOffset = startOffset
        }

        /// Whether the line holds no bytes.
        public var isEmpty: Bool { range.isEmpty }
    }

    /// The whole buffer; the scanner reads `bytes[start..<end]`.
    public let bytes: [UInt8]
    /// The first byte of the scanned range, after a byte-order mark.
    public let start: Int
    /// The end of the scanned range.
    public let end: Int
    /// The index of the next byte to read.
    public private(set) var index: Int
    /// The 1-based number of the line that holds the next byte.
    public private(set) var line: Int = 1
    private var lineStartIndex: Int
    /// Whether the scanned range is known to be well-formed UTF-8 (checked by the caller, for
    /// example with ``UTF8Repair/isValid(_:_:)``): then ``string(_:)`` copies text without
    /// validating it again.
    var isKnownValidUTF8 = false

    /// Creates a scanner over a range of a buffer, skipping a leading UTF-8 byte-order mark.
    ///
    /// - Parameters:
    ///   - bytes: The buffer; it should hold valid UTF-8 (see ``UTF8Repair``).
    ///   - range: The part to scan; the whole buffer when `nil`. Clamped to the buffer.
    public init(bytes: [UInt8], range: Range<Int>? = nil) {
        self.bytes = bytes
        let whole = 0..<bytes.count
        let scanned = (range ?? whole).clamped(to: whole)
        var first = scanned.lowerBound
        if scanned.count >= 3, bytes[first] == 0xEF, bytes[first + 1] == 0xBB, bytes[first + 2] == 0xBF {
            first += 3
        }
        start = first
        end = scanned.upperBound
        index = first
        lineStartIndex = first
    }

    /// Creates a scanner over the UTF-8 form of a string.
    ///
    /// - Parameter text: The text to scan.
    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { index >= end }

    /// The byte offset of the next byte, relative to the scanned range.
    public var offset: Int { index - start }

    /// The byte `ahead` positions after the next one, or `nil` past the end.
    ///
    /// - Parameter ahead: How far to look; 0 is the next byte.
    /// - Returns: The byte, or `nil`.
    public func peek(_ ahead: Int = 0) -> UInt8? {
        let position = index + ahead
        return position < end ? bytes[position] : nil
    }

    /// Reads one byte and moves past it, keeping the line count.
    ///
    /// - Returns: The byte, or `nil` at the end.
    @discardableResult
    public mutating func advance() -> UInt8? {
        guard index < end else { return nil }
        let byte = bytes[index]
        index += 1
        if byte == 0x0A || (byte == 0x0D && (index >= end || bytes[index] != 0x0A)) {
            line += 1
            lineStartIndex = index
        }
        return byte
    }

    /// Moves past bytes while `predicate` holds.
    ///
    /// - Parameter predicate: A test of each byte.
    public mutating func skip(while predicate: (UInt8) -> Bool) {
        while let byte = peek(), predicate(byte) { advance() }
    }

    /// Reads the next line and moves past its terminator.
    ///
    /// - Returns: The line, or `nil` at the end of the input.
    public mutating func nextLine() -> Line? {
        guard index < end else { return nil }
        let first = index
        // memchr finds the line feed; a carriage return before it ends the line earlier.
        let (cursor, terminatorLength) = bytes.withUnsafeBufferPointer { buffer -> (Int, Int) in
            guard let base = buffer.baseAddress else { return (end, 0) }
            let lineFeed = memchr(base + first, 0x0A, end - first).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
            let limit = lineFeed ?? end
            if let carriageReturn = memchr(base + first, 0x0D, limit - first) {
                let position = UnsafeRawPointer(carriageReturn) - UnsafeRawPointer(base)
                return (position, position + 1 == lineFeed ? 2 : 1)
            }
            return (limit, lineFeed == nil ? 0 : 1)
        }
        let result = Line(range: first..<cursor, number: line, startOffset: first - start)
        if terminatorLength > 0 {
            line += 1
            lineStartIndex = cursor + terminatorLength
        }
        index = cursor + terminatorLength
        return result
    }

    /// A guess at the average line length, used to reserve room for ``remainingLines()``.
    static let typicalLineBytes = 96

    /// Every line from the next byte to the end, as repeated calls to ``nextLine()`` would return
    /// them, found in one pass: `memchr` finds each line feed and carriage return once, so a page
    /// of many short lines (or of lone carriage returns) stays linear.
    ///
    /// - Returns: The lines, in order.
    func remainingLines() -> [Line] {
        guard index < end else { return [] }
        return bytes.withUnsafeBufferPointer { buffer -> [Line] in
            guard let base = buffer.baseAddress else { return [] }
            let limit = end
            func find(_ byte: UInt8, from position: Int) -> Int {
                guard let found = memchr(base + position, Int32(byte), limit - position) else { return limit }
                return UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            var lines: [Line] = []
            lines.reserveCapacity((limit - index) / TextScanner.typicalLineBytes + 1)
            var cursor = index
            var number = line
            var lineFeed = find(0x0A, from: cursor)
            var carriageReturn = find(0x0D, from: cursor)
            while cursor < limit {
                if lineFeed < cursor { lineFeed = find(0x0A, from: cursor) }
                if carriageReturn < cursor { carriageReturn = find(0x0D, from: cursor) }
                let stop = min(lineFeed, carriageReturn)
                let terminatorLength = stop == limit ? 0 : (stop == carriageReturn && stop + 1 == lineFeed ? 2 : 1)
                lines.append(Line(range: cursor..<stop, number: number, startOffset: cursor - start))
                number += 1
                cursor = stop + terminatorLength
            }
            return lines
        }
    }

    /// The location of the next byte.
    public var location: SourceLocation {
        SourceLocation(
            offset: index - start, line: line,
            column: TextScanner.column(in: bytes, from: lineStartIndex, to: index))
    }

    /// The location of a byte inside a line this scanner returned.
    ///
    /// - Parameters:
    ///   - position: An index into ``bytes`` inside or at the end of `line`.
    ///   - line: The line that holds it.
    /// - Returns: The location, with a column counted in Unicode scalars.
    public func location(of position: Int, in line: Line) -> SourceLocation {
        let clamped = min(max(position, line.range.lowerBound), line.range.upperBound)
        return SourceLocation(
            offset: clamped - start, line: line.number,
            column: TextScanner.column(in: bytes, from: line.range.lowerBound, to: clamped))
    }

    /// The text of a byte range of the buffer.
    ///
    /// - Parameter range: A range of ``bytes``.
    /// - Returns: The decoded text; invalid sequences become U+FFFD.
    public func string(_ range: Range<Int>) -> String {
        copyValidated(range) ?? String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// The text of a range of the scanned bytes, copied without validating it again when the
    /// scanned range is known to be well-formed and the range starts and ends on scalar boundaries
    /// (so it holds whole sequences); `nil` otherwise. The standard library's validation was most
    /// of the time spent making a page's titles and paragraphs.
    private func copyValidated(_ range: Range<Int>) -> String? {
        guard isKnownValidUTF8, range.lowerBound >= start, range.upperBound <= end,
            isScalarBoundary(range.lowerBound), isScalarBoundary(range.upperBound)
        else { return nil }
        guard #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) else { return nil }
        var text = unsafe UTF8Span(unchecked: bytes.span.extracting(range))
        // The flag the standard library's validation would set (ASCII text compares faster).
        _ = text.checkForASCII()
        return String(copying: text)
    }

    /// Whether a position of the scanned range starts a scalar (or is its end).
    private func isScalarBoundary(_ position: Int) -> Bool {
        position == end || bytes[position] & 0xC0 != 0x80
    }

    /// The 1-based column of `position`, counting Unicode scalars from `lineStart` (the one place
    /// the package's readers compute columns).
    package static func column(in bytes: [UInt8], from lineStart: Int, to position: Int) -> Int {
        var column = 1
        var cursor = lineStart
        while cursor < position {
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        return column
    }
}
