/// A position in a parsed text: byte offset, line and column.
///
/// Lines and columns are 1-based. Columns count Unicode scalars from the start of the line, so a
/// bullet `•` (three UTF-8 bytes) advances the column by one. `offset` is the 0-based UTF-8 byte
/// offset from the start of the input, after a byte-order mark has been skipped.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The 0-based UTF-8 byte offset from the start of the input.
    public var offset: Int
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    ///
    /// - Parameters:
    ///   - offset: The 0-based UTF-8 byte offset.
    ///   - line: The 1-based line number.
    ///   - column: The 1-based column, in Unicode scalars.
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// `line:column`, as compilers print it.
    public var description: String { "\(line):\(column)" }

    /// Orders locations by their byte offset.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.offset < rhs.offset
    }
}
