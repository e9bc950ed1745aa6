public import Foundation

/// Reading and writing JSON Lines — one JSON document per line — a line at a time.
///
/// Reading walks a file in chunks and hands out one line at a time, so memory stays bounded by the
/// chunk size and the longest line, however large the file. A line that does not decode is reported as
/// a ``Diagnostic`` with its line number, and reading goes on.
public enum JSONLines {
    /// One line of a file: its number, its byte offset and its bytes (without the line feed).
    public struct Line: Sendable, Hashable {
        /// The 1-based line number.
        public var number: Int
        /// The byte offset of the line's start in the file.
        public var offset: Int
        /// The line's bytes, without `\n` (a `\r` before it is dropped too).
        public var bytes: [UInt8]

        /// Creates a line.
        ///
        /// - Parameters:
        ///   - number: The 1-based line number.
        ///   - offset: The byte offset.
        ///   - bytes: The bytes.
        public init(number: Int, offset: Int, bytes: [UInt8]) {
            self.number = number
            self.offset = offset
            self.bytes = bytes
        }

        /// Whether the line holds only spaces and tabs (blank lines are skipped).
        public var isBlank: Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    }

    /// The lines of a file, read in chunks.
    public struct FileLines: Sequence {
        /// The file.
        public let url: URL
        /// The size of each read.
        public var chunkSize = 1 << 20

        /// Creates a reader over a file.
        ///
        /// - Parameter url: The file.
        public init(url: URL) {
            self.url = url
        }

        /// An iterator over the lines; a file that cannot be opened has none (see ``JSONLines/lines(of:)``).
        public func makeIterator() -> Iterator {
            Iterator(handle: try? FileHandle(forReadingFrom: url), chunkSize: chunkSize)
        }

        /// Reads one line at a time.
        public struct Iterator: IteratorProtocol {
            private let handle: FileHandle?
            private let chunkSize: Int
            private var buffer: [UInt8] = []
            private var start = 0
            private var number = 0
            private var offset = 0
            private var atEnd = false

            init(handle: FileHandle?, chunkSize: Int) {
                self.handle = handle
                self.chunkSize = Swift.max(chunkSize, 1)
                atEnd = handle == nil
            }

            /// The next line, or `nil` at the end of the file.
            public mutating func next() -> Line? {
                while true {
                    if let feed = buffer[start...].firstIndex(of: 0x0A) {
                        return emit(upTo: feed, consumed: feed + 1)
                    }
                    if atEnd {
                        guard start < buffer.count else { return nil }
                        return emit(upTo: buffer.count, consumed: buffer.count)
                    }
                    buffer.removeSubrange(0..<start)
                    start = 0
                    let data = (try? handle?.read(upToCount: chunkSize)) ?? nil
                    if let data, !data.isEmpty {
                        buffer.append(contentsOf: data)
                    } else {
                        atEnd = true
                        try? handle?.close()
                    }
                }
            }

            private mutating func emit(upTo end: Int, consumed: Int) -> Line {
                var last = end
                if last > start && buffer[last - 1] == 0x0D { last -= 1 }
                number += 1
                let line = Line(number: number, offset: offset, bytes: Array(buffer[start..<last]))
                offset += consumed - start
                start = consumed
                return line
            }
        }
    }

    /// The lines of a file.
    ///
    /// - Parameter url: The file.
    /// - Returns: A sequence read in chunks.
    /// - Throws: ``ParseError`` of kind ``ParseError/Kind/unreadable`` when the file cannot be opened.
    public static func lines(of url: URL) throws -> FileLines {
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ParseError(.unreadable, "cannot read \"\(url.path)\"")
        }
        return FileLines(url: url)
    }

    /// The lines of bytes held in memory.
    ///
    /// - Parameter bytes: The text.
    /// - Returns: The lines; a last line without `\n` counts.
    public static func lines(in bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        while start < bytes.count {
            let feed = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var end = feed
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(Line(number: lines.count + 1, offset: start, bytes: Array(bytes[start..<end])))
            start = feed + 1
        }
        return lines
    }

    /// Decodes one line, or describes why it could not be.
    ///
    /// - Parameters:
    ///   - type: The document type.
    ///   - line: The line.
    ///   - decoder: The decoder to use.
    /// - Returns: The value, or an error diagnostic at the line (`3:1: error: skipped line 3: …`).
    public static func decode<T: Decodable>(
        _ type: T.Type, from line: Line, decoder: JSONDecoder = JSONDecoder()
    )
        -> Result<T, DiagnosticError>
    {
        do {
            return .success(try decoder.decode(type, from: Data(line.bytes)))
        } catch {
            let location = SourceLocation(offset: line.offset, line: line.number, column: 1)
            let message = "skipped line \(line.number): \(JSONLines.reason(error))"
            return .failure(DiagnosticError(diagnostic: Diagnostic(.error, at: location, message)))
        }
    }

    /// A one-sentence reason for a decoding failure, naming the key at fault.
    static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not a JSON document" }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context)
            return "missing key \"\(at.isEmpty ? key.stringValue : at + "." + key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \"\(path(context))\""
        case .dataCorrupted(let context):
            let at = path(context)
            if at.isEmpty { return "not a JSON document" }
            return "bad value at \"\(at)\": \(context.debugDescription)"
        @unknown default:
            return "not a JSON document"
        }
    }

    /// A diagnostic carried as an error, for ``decode(_:from:decoder:)``.
    public struct DiagnosticError: Error, Sendable, Hashable {
        /// The diagnostic.
        public var diagnostic: Diagnostic

        /// Wraps a diagnostic.
        ///
        /// - Parameter diagnostic: The diagnostic.
        public init(diagnostic: Diagnostic) {
            self.diagnostic = diagnostic
        }
    }

    /// What a streaming filter read and kept.
    public struct FilterSummary: Sendable, Hashable {
        /// Lines read (blank lines excluded).
        public var read: Int
        /// Lines written.
        public var written: Int
        /// Lines that could not be decoded, with their line numbers.
        public var diagnostics: [Diagnostic]

        /// Creates a summary.
        ///
        /// - Parameters:
        ///   - read: Lines read.
        ///   - written: Lines written.
        ///   - diagnostics: Lines skipped.
        public init(read: Int, written: Int, diagnostics: [Diagnostic]) {
            self.read = read
            self.written = written
            self.diagnostics = diagnostics
        }
    }

    /// Copies the articles that pass a test from one archive file to another, a line at a time.
    ///
    /// Memory stays bounded by a chunk and the longest line. An article line that passes is copied byte
    /// for byte; a page line keeps the articles that pass (re-encoded when some are dropped, left out
    /// when none pass); rate lines are copied. Malformed lines are skipped and reported.
    ///
    /// - Parameters:
    ///   - input: The file to read.
    ///   - output: The file to write (replaced).
    ///   - predicate: Whether to keep an article.
    /// - Returns: Counts and the diagnostics of skipped lines.
    /// - Throws: ``ParseError`` when a file cannot be opened, or the writer's error.
    public static func filter(
        input: URL, output: URL, predicate: (NewsArticle) throws -> Bool
    ) throws
        -> FilterSummary
    {
        let decoder = JSONDecoder()
        var writer = try Writer(url: output)
        var summary = FilterSummary(read: 0, written: 0, diagnostics: [])
        for line in try lines(of: input) where !line.isBlank {
            summary.read += 1
            switch decode(ArchiveLine.self, from: line, decoder: decoder) {
            case .failure(let failure):
                summary.diagnostics.append(failure.diagnostic)
            case .success(.article(let article)):
                if try predicate(article) {
                    try writer.write(raw: line.bytes)
                    summary.written += 1
                }
            case .success(.page(var page, let source)):
                let kept = try page.articles.filter(predicate)
                if kept.count == page.articles.count {
                    try writer.write(raw: line.bytes)
                    summary.written += 1
                } else if !kept.isEmpty {
                    page.articles = kept
                    try writer.write(ArchiveLine.page(page, source: source))
                    summary.written += 1
                }
            case .success(.rates):
                try writer.write(raw: line.bytes)
                summary.written += 1
            }
        }
        try writer.close()
        return summary
    }
}
