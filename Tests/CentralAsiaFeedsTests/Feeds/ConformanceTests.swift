import CentralAsiaFeeds
import CentralAsiaKit
import Foundation
import Testing

/// The conformance suite: every feed file in `Fixtures/conformance/` holds one behaviour, and the
/// `.expected.json` beside it says what reading it gives.
///
/// An expectation is a pattern of the result's JSON (``NewsFeed/Result`` with its diagnostics
/// written as their descriptions): every key it names must be there with that value, a `null`
/// must be absent, and arrays must match element for element; `diagnostics` is always given, so
/// the diagnostics are checked exactly. `{"error": "…"}` expects the parse to fail with that text.
/// Every result read must also survive a JSON round trip unchanged.
@Suite struct ConformanceTests {
    static let directory = Fixture.url("conformance")

    /// The feed files of the suite, by name.
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected.json") && ($0.hasSuffix(".xml") || $0.hasSuffix(".json")) }
            .sorted()
    }()

    @Test func suiteHoldsAtLeastTwoHundredFeeds() {
        #expect(ConformanceTests.files.count >= 200)
    }

    @Test(arguments: ConformanceTests.files)
    func readsAsExpected(file: String) throws {
        let base = file.hasSuffix(".json") ? String(file.dropLast(".json".count)) : String(file.dropLast(".xml".count))
        let expectedData = try Data(
            contentsOf: ConformanceTests.directory.appendingPathComponent(base + ".expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
        let data = try Data(contentsOf: ConformanceTests.directory.appendingPathComponent(file))
        let actual: Any
        if let result = try? NewsFeed.parse(data) {
            actual = try ConformanceTests.document(result)
            let decoded = try JSONDecoder().decode(NewsFeed.Result.self, from: JSONEncoder().encode(result))
            #expect(decoded == result, "\(file): the result does not survive a JSON round trip")
        } else {
            actual = ["error": caughtParseError { _ = try NewsFeed.parse(data) }?.description ?? "not a ParseError"]
        }
        let mismatches = JSONPattern.mismatches(expected, actual, path: "$")
        #expect(mismatches.isEmpty, "\(file): \(mismatches.joined(separator: "; "))")
    }

    /// The result's JSON, with its diagnostics as their descriptions.
    static func document(_ result: NewsFeed.Result) throws -> Any {
        var object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(result)) as? [String: Any])
        object["diagnostics"] = result.diagnostics.map(\.description)
        return object
    }
}

/// Matching of a JSON pattern against a JSON value (both as `JSONSerialization` gives them).
enum JSONPattern {
    /// Where the value differs from the pattern, as `$.items[0].article.title: …` lines.
    static func mismatches(_ pattern: Any, _ value: Any?, path: String) -> [String] {
        switch pattern {
        case let object as [String: Any]:
            guard let actual = value as? [String: Any] else {
                return ["\(path): expected an object, got \(show(value))"]
            }
            return object.keys.sorted().flatMap { key -> [String] in
                let expected = object[key] ?? NSNull()
                if expected is NSNull {
                    return actual[key] == nil ? [] : ["\(path).\(key): expected absent, got \(show(actual[key]))"]
                }
                return mismatches(expected, actual[key], path: "\(path).\(key)")
            }
        case let array as [Any]:
            guard let actual = value as? [Any] else { return ["\(path): expected an array, got \(show(value))"] }
            guard actual.count == array.count else {
                return ["\(path): expected \(array.count) elements, got \(actual.count): \(show(actual))"]
            }
            return zip(array, actual).enumerated().flatMap { mismatches($1.0, $1.1, path: "\(path)[\($0)]") }
        default:
            guard let value, show(value) == show(pattern) else {
                return ["\(path): expected \(show(pattern)), got \(show(value))"]
            }
            return []
        }
    }

    private static func show(_ value: Any?) -> String {
        guard let value else { return "nothing" }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys])
        else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }
}
