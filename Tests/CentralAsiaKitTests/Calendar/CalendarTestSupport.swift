import CentralAsiaKit
import Foundation
import Testing

/// Helpers for the calendar tests: dates from ISO text, sorted-key JSON and the text of a decoding failure.
enum CalendarTesting {
    /// The date written in ISO 8601 form; records an issue and throws when the text is not a date.
    static func date(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> PartialDate {
        try #require(PartialDate(text), "not a date: \(text)", sourceLocation: sourceLocation)
    }

    /// The span between two dates written in ISO 8601 form.
    static func span(
        _ start: String, _ end: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws
        -> DateSpan
    {
        let span = DateSpan(
            start: try date(start, sourceLocation: sourceLocation), end: try date(end, sourceLocation: sourceLocation))
        return try #require(span, "not a span: \(start)/\(end)", sourceLocation: sourceLocation)
    }

    /// The value encoded with sorted keys.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The phrases ``DatePhraseParser/articles`` finds in a text, each as `text = value`.
    static func articlePhrases(in text: String, reference: PartialDate?) -> [String] {
        DatePhraseParser.articles.find(in: text, reference: reference).map { "\($0.text) = \($0.value)" }
    }

    /// The value decoded from JSON text.
    static func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// `path: debugDescription` of the `DecodingError.dataCorrupted` that decoding throws, or a note saying
    /// what happened instead.
    static func corruption<Value: Decodable>(_ type: Value.Type, _ json: String) -> String {
        do {
            _ = try decode(type, json)
            return "decoded without error"
        } catch DecodingError.dataCorrupted(let context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "\(path): \(context.debugDescription)"
        } catch {
            return "other error: \(error)"
        }
    }
}
