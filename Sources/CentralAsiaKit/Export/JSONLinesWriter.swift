public import Foundation

extension JSONLines {
    /// Writes one JSON document per line to a file, buffered, so a large output never sits in memory.
    ///
    /// Documents are written compactly with sorted keys, so the same values always give the same bytes,
    /// and with slashes unescaped.
    /// Call ``close()`` at the end to flush the buffer.
    public struct Writer {
        private let handle: FileHandle
        private let encoder: JSONEncoder
        private var buffer: [UInt8] = []
        /// How many bytes to gather before writing them out.
        public var bufferSize = 1 << 20

        /// Creates (or replaces) a file and opens it for writing.
        ///
        /// - Parameter url: The file.
        /// - Throws: ``ParseError`` of kind ``ParseError/Kind/unreadable`` when it cannot be created.
        public init(url: URL) throws {
            guard FileManager.default.createFile(atPath: url.path, contents: nil),
                let handle = try? FileHandle(forWritingTo: url)
            else {
                throw ParseError(.unreadable, "cannot write \"\(url.path)\"")
            }
            self.handle = handle
            encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        }

        /// Appends one document as a line.
        ///
        /// - Parameter value: The document.
        /// - Throws: `EncodingError`, or a write error when the buffer is flushed.
        public mutating func write(_ value: some Encodable) throws {
            buffer.append(contentsOf: try encoder.encode(value))
            buffer.append(0x0A)
            if buffer.count >= bufferSize { try flush() }
        }

        /// Appends a line as it is (a document read earlier), adding the line feed.
        ///
        /// - Parameter bytes: The line's bytes, without `\n`.
        /// - Throws: A write error when the buffer is flushed.
        public mutating func write(raw bytes: [UInt8]) throws {
            buffer.append(contentsOf: bytes)
            buffer.append(0x0A)
            if buffer.count >= bufferSize { try flush() }
        }

        /// Writes out what is buffered.
        ///
        /// - Throws: The file system's error.
        public mutating func flush() throws {
            guard !buffer.isEmpty else { return }
            try handle.write(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
        }

        /// Flushes and closes the file.
        ///
        /// - Throws: The file system's error.
        public mutating func close() throws {
            try flush()
            try handle.close()
        }
    }
}
