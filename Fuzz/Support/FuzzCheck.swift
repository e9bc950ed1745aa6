// Helpers shared by the fuzz targets (compiled into every target, never into the library).
import Foundation

/// Stops the fuzzer with a message when an invariant does not hold; libFuzzer saves the input.
func fuzzCheck(_ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #file, line: UInt = #line)
{
    guard !condition else { return }
    FileHandle.standardError.write(Data("fuzz invariant failed at \(file):\(line): \(message())\n".utf8))
    abort()
}

/// The fuzzer's input as bytes.
func fuzzBytes(_ data: UnsafeRawPointer?, _ count: Int) -> [UInt8] {
    guard let data, count > 0 else { return [] }
    return Array(UnsafeRawBufferPointer(start: data, count: count))
}

/// Encodes a value and decodes it again; checks that the copy equals the original.
func fuzzCheckRoundTrip<Value: Codable & Equatable>(_ value: Value) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    do {
        let data = try encoder.encode(value)
        let copy = try JSONDecoder().decode(Value.self, from: data)
        fuzzCheck(copy == value, "\(Value.self) changed in a JSON round trip: \(String(decoding: data, as: UTF8.self))")
    } catch {
        fuzzCheck(false, "\(Value.self) failed a JSON round trip: \(error)")
    }
}

/// Checks that found spans of a text are in order, do not overlap, lie inside the text and that
/// each one's text is the text of its range.
func fuzzCheckSpans(_ spans: [(range: Range<Int>, text: String)], in bytes: [UInt8], _ what: String) {
    var previousEnd = 0
    for span in spans {
        fuzzCheck(
            span.range.lowerBound >= previousEnd && span.range.upperBound <= bytes.count,
            "\(what) range \(span.range) out of order or outside \(bytes.count) bytes")
        previousEnd = span.range.upperBound
        fuzzCheck(
            span.text == String(decoding: bytes[span.range], as: UTF8.self),
            "\(what) text \"\(span.text)\" is not its range")
    }
}
