/// The one rule, for pages, feeds and web pages alike, that tells a text cut short by its publisher: it ends
/// in `...`, `…`, `[…]`, `[...]` or a `[+N chars]` marker, spaces after it aside.
package enum TruncationMark {
    /// The endings that mark a cut, as UTF-8.
    private static let endings: [[UInt8]] = ["...", "…", "[…]", "[...]"].map { Array($0.utf8) }
    /// The opening and the closing of a `[+1234 chars]` marker.
    private static let countedOpening = Array("[+".utf8)
    private static let countedClosing = Array(" chars]".utf8)
    /// The last byte of every mark (`.`, the last byte of `…`, and `]`), derived from the marks.
    private static let finalBytes: [UInt8] = (endings + [countedClosing]).compactMap(\.last)
    /// The longest count a `[+N chars]` marker is read with.
    private static let maximumCountDigits = 9

    /// Whether UTF-8 text ends in a truncation mark.
    ///
    /// - Parameter text: The text (a paragraph, or the bytes of a line).
    /// - Returns: `true` when its last non-space characters are one of the marks.
    package static func endsText<Text: BidirectionalCollection<UInt8>>(_ text: Text) -> Bool {
        var end = text.endIndex
        while end > text.startIndex, isSpace(text[text.index(before: end)]) { end = text.index(before: end) }
        let trimmed = text[..<end]
        // Every mark ends in one of a few bytes (`.`, `…`'s A6, `]`): most texts are decided by their last byte.
        guard end > text.startIndex, finalBytes.contains(text[text.index(before: end)]) else { return false }
        if endings.contains(where: { ends(trimmed, with: $0) }) { return true }
        return endsWithCountedMarker(trimmed)
    }

    /// Whether a text ends with the bytes of `ending`, compared from the last byte back (so most
    /// texts differ at the first comparison).
    private static func ends<Text: BidirectionalCollection<UInt8>>(_ text: Text, with ending: [UInt8]) -> Bool {
        var index = text.endIndex
        for byte in ending.reversed() {
            guard index > text.startIndex else { return false }
            index = text.index(before: index)
            if text[index] != byte { return false }
        }
        return true
    }

    /// Whether UTF-8 text ends in a truncation mark.
    ///
    /// - Parameter text: The text.
    /// - Returns: As ``endsText(_:)``.
    package static func endsText(_ text: String) -> Bool {
        endsText(text.utf8)
    }

    /// Whether the text ends `[+` digits ` chars]`.
    private static func endsWithCountedMarker<Text: BidirectionalCollection<UInt8>>(_ text: Text) -> Bool {
        guard ends(text, with: countedClosing) else { return false }
        var index = text.index(text.endIndex, offsetBy: -countedClosing.count)
        var digits = 0
        while index > text.startIndex, text[text.index(before: index)] &- UInt8(ascii: "0") < 10 {
            index = text.index(before: index)
            digits += 1
        }
        guard digits > 0, digits <= maximumCountDigits else { return false }
        return ends(text[..<index], with: countedOpening)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == 0x0D
    }
}
