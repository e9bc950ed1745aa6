import Foundation

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without surrounding white space and newlines, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it.
    var trimmed: String { trimming(.whitespacesAndNewlines) }

    /// The text without surrounding white space (newlines kept), as
    /// `trimmingCharacters(in: .whitespaces)` gives it.
    var trimmedSpaces: String { trimming(.whitespaces) }

    /// Foundation's trimming, skipped when the text starts and ends with a visible ASCII character
    /// (most feed fields), where it would return the text unchanged at a high cost.
    private func trimming(_ set: CharacterSet) -> String {
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return String(self)
        }
        return trimmingCharacters(in: set)
    }
}
