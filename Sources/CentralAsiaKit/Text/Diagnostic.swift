/// A note from a parser about input it skipped, repaired or found suspicious.
///
/// Parsers return diagnostics next to the values they could read; a diagnostic never means that
/// the rest of the input was thrown away. Its text form follows compilers:
/// `12:5: warning: unknown currency code "KZX"`.
///
/// JSON: `{"severity": "warning", "line": 12, "column": 5, "message": "…"}`; `line` and `column`
/// are left out when the diagnostic has no location.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
        /// Input was lost or could not be understood.
        case error
        /// Input was repaired, skipped or is suspicious; the result is still usable.
        case warning
        /// Information about the input that needs no action.
        case note
    }

    /// How serious this diagnostic is.
    public var severity: Severity
    /// Where in the input it points, when it points anywhere.
    public var location: SourceLocation?
    /// One sentence, with the offending value quoted.
    public var message: String

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - severity: How serious it is.
    ///   - location: Where it points, if anywhere.
    ///   - message: One sentence that quotes the offending value.
    public init(_ severity: Severity, at location: SourceLocation?, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `line:column: severity: message`, or `severity: message` without a location.
    public var description: String {
        if let location {
            return "\(location.line):\(location.column): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
    }

    /// Two diagnostics are equal when severity, line, column and message agree.
    ///
    /// The byte offset is left out on purpose: the JSON document does not carry it, so a decoded
    /// diagnostic equals the one that was encoded.
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.severity == rhs.severity && lhs.message == rhs.message
            && lhs.location?.line == rhs.location?.line && lhs.location?.column == rhs.location?.column
    }

    /// Hashes the same fields that `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(message)
        hasher.combine(location?.line)
        hasher.combine(location?.column)
    }

    private enum CodingKeys: String, CodingKey {
        case severity, line, column, message
    }

    /// Decodes a diagnostic from its JSON document.
    ///
    /// - Throws: `DecodingError` when a field is missing or has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        severity = try container.decode(Severity.self, forKey: .severity)
        message = try container.decode(String.self, forKey: .message)
        if let line = try container.decodeIfPresent(Int.self, forKey: .line) {
            let column = try container.decodeIfPresent(Int.self, forKey: .column) ?? 1
            location = SourceLocation(offset: 0, line: line, column: column)
        } else {
            location = nil
        }
    }

    /// Encodes the diagnostic as its JSON document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        if let location {
            try container.encode(location.line, forKey: .line)
            try container.encode(location.column, forKey: .column)
        }
        try container.encode(message, forKey: .message)
    }
}
