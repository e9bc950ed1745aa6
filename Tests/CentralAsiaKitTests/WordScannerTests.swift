import Testing

@testable import CentralAsiaKit

/// The word scanner under the mention finder: passing over lower-case words keeps what ``WordScanner/next()``
/// would tell of the word after them.
@Suite struct WordScannerTests {
    /// The words ``WordScanner/next(skippingLowerCase:)`` returns, with their hard-gap flags and lines.
    private func skipping(_ text: String, keep: [String] = []) -> [String] {
        var shapes = [UInt64](repeating: 0, count: 256)
        for word in keep { shapes[Int(word.utf8.first ?? 0)] |= 1 << UInt64(min(word.utf8.count, 63)) }
        var bytes = Array(text.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: WordScanner.bufferSize)
        defer { buffer.deallocate() }
        return bytes.withUnsafeMutableBufferPointer { mutable in
            var scanner = WordScanner(bytes: UnsafeBufferPointer(mutable), buffer: buffer)
            var words: [String] = []
            shapes.withUnsafeBufferPointer { shapes in
                while let word = scanner.next(skippingLowerCase: shapes) {
                    let text = String(decoding: mutable[word.start..<word.end], as: UTF8.self)
                    words.append(
                        "\(text)\(word.hardGapBefore ? "!" : "")@\(word.line):\(word.start - word.lineStart + 1)")
                }
            }
            return words
        }
    }

    @Test func passesOverLowerCaseWordsAndKeepsHardGapsAndLines() {
        #expect(skipping("the talks then, Astana") == ["Astana!@1:17"])
        #expect(skipping("the talks then Astana") == ["Astana@1:16"])
        // A hard gap before a word passed over does not count for the word after it.
        #expect(skipping("talks, then Astana") == ["Astana@1:13"])
        #expect(skipping("one two\nBishkek") == ["Bishkek!@2:1"])
        #expect(skipping("visit to Osh; visits", keep: ["visit"]) == ["visit@1:1", "Osh@1:10"])
        // Words that run on with `_` or a non-ASCII letter, digits and capitals are read as next() reads them.
        #expect(skipping("snake_case café 2024 iPhone") == ["snake_case@1:1", "café@1:12", "2024@1:18"])
    }
}
