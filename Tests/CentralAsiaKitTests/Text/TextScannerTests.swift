import Foundation
import Testing

@testable import CentralAsiaKit

@Suite struct TextScannerTests {
    @Test func splitsLinesOnLFCRLFAndLoneCR() {
        var scanner = TextScanner("one\ntwo\r\nthree\rfour")
        var lines: [String] = []
        var numbers: [Int] = []
        while let line = scanner.nextLine() {
            lines.append(scanner.string(line.range))
            numbers.append(line.number)
        }
        #expect(lines == ["one", "two", "three", "four"])
        #expect(numbers == [1, 2, 3, 4])
        #expect(scanner.isAtEnd)
    }

    @Test func skipsAByteOrderMarkAndCountsOffsetsAfterIt() {
        var scanner = TextScanner("\u{FEFF}ab\ncd")
        _ = scanner.nextLine()
        let line = scanner.nextLine()
        #expect(line?.startOffset == 3)
        #expect(scanner.string(line?.range ?? 0..<0) == "cd")
    }

    @Test func countsColumnsInUnicodeScalars() throws {
        var scanner = TextScanner("x\n• KZT/USD = 0.0O191")
        _ = scanner.nextLine()
        let next = scanner.nextLine()
        let line = try #require(next)
        let position = line.range.lowerBound + Array("• KZT/USD = ".utf8).count
        let location = scanner.location(of: position, in: line)
        #expect(location == SourceLocation(offset: 16, line: 2, column: 13))
        #expect(location.description == "2:13")
    }

    @Test func advancesByteByByteAndTracksTheLine() {
        var scanner = TextScanner("ab\r\nc")
        scanner.skip { $0 != 0x0A }
        #expect(scanner.peek() == 0x0A)
        #expect(scanner.location == SourceLocation(offset: 3, line: 1, column: 4))
        scanner.advance()
        #expect(scanner.location == SourceLocation(offset: 4, line: 2, column: 1))
        #expect(scanner.advance() == UInt8(ascii: "c"))
        #expect(scanner.advance() == nil)
    }

    /// Texts whose lines ``TextScanner/remainingLines()`` must split exactly as ``TextScanner/nextLine()`` does.
    static let lineSplittingCases: [String] = [
        "one\ntwo\r\nthree\rfour", "\r\r\n\n", "a\n", "", "x\r", "\u{FEFF}ab\ncd", "\n\n\n",
        "no terminator", "cr\r\rlf\n\ncrlf\r\n\r\n",
    ]

    @Test(arguments: lineSplittingCases)
    func readsAllRemainingLinesAsLineByLine(text: String) {
        var reader = TextScanner(text)
        var expected: [TextScanner.Line] = []
        while let line = reader.nextLine() { expected.append(line) }
        #expect(TextScanner(text).remainingLines() == expected)
    }

    @Test func readsTheRemainingLinesOfARange() {
        let bytes = Array("page one\n\u{0C}\npage two\r\nend".utf8)
        let lines = TextScanner(bytes: bytes, range: 11..<bytes.count).remainingLines()
        #expect(lines.map(\.range) == [11..<19, 21..<24])
        #expect(lines.map(\.number) == [1, 2])
        #expect(lines.map(\.startOffset) == [0, 10])
    }

    /// Texts and ranges (`nil`: the whole scanned range) whose text a scanner that knows its bytes
    /// are valid must give exactly as decoding does: whole sequences are copied as they are; a range
    /// that cuts a sequence or leaves the scanned range is decoded, with U+FFFD for the cut part.
    static let validatedTextCases: [(text: String, range: Range<Int>?, expected: String)] = [
        ("Samarkand hosts a summit", nil, "Samarkand hosts a summit"),
        ("Türkiye’s “open skies” deal", nil, "Türkiye’s “open skies” deal"),
        ("Қазақстан и Ўзбекистон", 0..<18, "Қазақстан"),
        ("flag 🇰🇿 and ✈︎", 5..<13, "🇰🇿"),
        ("a’b", 2..<5, "\u{FFFD}\u{FFFD}b"),
        ("a’b", 0..<3, "a\u{FFFD}"),
        ("\u{FEFF}bom", 0..<6, "\u{FEFF}bom"),
        ("", nil, ""),
    ]

    @Test(arguments: validatedTextCases)
    func copiesValidatedTextExactlyAsDecoding(text: String, range: Range<Int>?, expected: String) {
        var scanner = TextScanner(text)
        scanner.isKnownValidUTF8 = true
        let slice = range ?? scanner.start..<scanner.end
        let copied = scanner.string(slice)
        #expect(copied == expected)
        #expect(Array(copied.utf8) == Array(String(decoding: scanner.bytes[slice], as: UTF8.self).utf8))
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            // The same ASCII flag as a decoded string, which fast comparisons rely on.
            #expect(copied.utf8Span.isKnownASCII == expected.utf8.allSatisfy { $0 < 0x80 })
        }
    }

    @Test func scansARangeOfABuffer() {
        let bytes = Array("page one\n\u{0C}\npage two\n".utf8)
        var scanner = TextScanner(bytes: bytes, range: 11..<bytes.count)
        let line = scanner.nextLine()
        #expect(line?.number == 1)
        #expect(line?.startOffset == 0)
        #expect(scanner.string(line?.range ?? 0..<0) == "page two")
    }
}

@Suite struct UTF8RepairTests {
    @Test func leavesValidTextUntouched() {
        let bytes = Array("Türkiye’s “open skies” 🌐".utf8)
        let result = UTF8Repair.repair(bytes)
        #expect(result.bytes == bytes)
        #expect(result.diagnostics.isEmpty)
        #expect(UTF8Repair.isValid(bytes, 0..<bytes.count))
    }

    @Test func replacesEachBadSequenceAndPointsAtIt() {
        var bytes = Array("ok\nab".utf8)
        bytes += [0xC3]  // a lead byte without its continuation
        bytes += Array("c\n".utf8)
        bytes += [0xED, 0xA0, 0x80]  // an encoded surrogate
        let result = UTF8Repair.repair(bytes)
        #expect(String(decoding: result.bytes, as: UTF8.self) == "ok\nab\u{FFFD}c\n\u{FFFD}")
        #expect(
            result.diagnostics.map(\.description) == [
                "2:3: warning: invalid UTF-8 byte 0xC3 replaced with U+FFFD",
                "3:1: warning: invalid UTF-8 byte 0xED replaced with U+FFFD",
            ])
    }

    /// Lengths around the 8- and 32-byte blocks the validator reads at once.
    static let blockLengths = [1, 7, 8, 9, 31, 32, 33, 40, 64, 65]

    @Test(arguments: blockLengths)
    func checksOnlyTheGivenRange(length: Int) {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length) + [0xFF]
        #expect(UTF8Repair.isValid(bytes, 0..<length))
        #expect(!UTF8Repair.isValid(bytes, 0..<length + 1))
        #expect(!UTF8Repair.isValid(bytes, length..<length + 1))
    }

    @Test(arguments: blockLengths)
    func findsASequenceAfterASCIIOfAnyLength(length: Int) {
        let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        let quote = Array("’".utf8)
        #expect(UTF8Repair.isValid(ascii + quote + ascii, 0..<2 * length + quote.count))
        let cut = ascii + quote.dropLast() + ascii
        #expect(!UTF8Repair.isValid(cut, 0..<cut.count))
        let stray = ascii + [0x80] + ascii
        #expect(!UTF8Repair.isValid(stray, 0..<stray.count))
    }

    @Test func summarisesDiagnosticsPastTheLimit() {
        let bytes = [UInt8](repeating: 0xFF, count: 25)
        let result = UTF8Repair.repair(bytes)
        #expect(result.diagnostics.count == UTF8Repair.diagnosticLimit + 1)
        #expect(result.diagnostics.last?.description == "warning: 5 more invalid UTF-8 sequences replaced with U+FFFD")
    }
}

@Suite struct DiagnosticTests {
    @Test func rendersLikeACompiler() {
        let located = Diagnostic(
            .warning, at: SourceLocation(offset: 40, line: 12, column: 5), "unknown currency code \"KZX\"")
        #expect(located.description == "12:5: warning: unknown currency code \"KZX\"")
        #expect(Diagnostic(.note, at: nil, "the page is empty").description == "note: the page is empty")
    }

    @Test func encodesTheContractShapeAndRoundTrips() throws {
        let diagnostic = Diagnostic(.error, at: SourceLocation(offset: 7, line: 2, column: 3), "bad")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(diagnostic), as: UTF8.self)
        #expect(json == #"{"column":3,"line":2,"message":"bad","severity":"error"}"#)
        let decoded = try JSONDecoder().decode(Diagnostic.self, from: Data(json.utf8))
        #expect(decoded == diagnostic)
        #expect(decoded.hashValue == diagnostic.hashValue)
        let bare = String(decoding: try encoder.encode(Diagnostic(.note, at: nil, "x")), as: UTF8.self)
        #expect(bare == #"{"message":"x","severity":"note"}"#)
    }

    @Test func rejectsAnUnknownSeverity() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Diagnostic.self, from: Data(#"{"severity":"fatal","message":"x"}"#.utf8))
        }
    }
}

@Suite struct ParseErrorTests {
    @Test func rendersWithAndWithoutALocation() {
        let located = ParseError(
            .limitExceeded, at: SourceLocation(offset: 0, line: 3, column: 1), "line 3 is too long")
        #expect(located.description == "3:1: error: line 3 is too long")
        #expect(ParseError(.unreadable, "cannot read \"x\"").description == "error: cannot read \"x\"")
        #expect(ParseError.Kind.wrongFormat.description == "wrongFormat")
    }
}
