import Foundation

/// The JSON the examples print: keys sorted, slashes unescaped, pretty or on one line.
public enum JSONText {
    /// Encodes a value as JSON text.
    ///
    /// - Parameters:
    ///   - value: What to encode.
    ///   - pretty: Indented over several lines when `true`; one line when `false`.
    /// - Returns: The JSON text, without a final newline.
    /// - Throws: ``CommandError`` (a failure, exit status 1) when the value cannot be encoded: an
    ///   example never prints `{}` in place of a document it could not encode.
    public static func encode<Value: Encodable>(_ value: Value, pretty: Bool = false) throws(CommandError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { encoder.outputFormatting.insert(.prettyPrinted) }
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw .failure("cannot encode the JSON output: \(error)")
        }
    }
}
