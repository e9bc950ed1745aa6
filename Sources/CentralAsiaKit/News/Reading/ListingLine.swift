/// The `Viewing results A - B of N` line, read from bytes.
enum ListingLine {
    static let prefix = Array("Viewing results ".utf8)

    /// The three counts, or `nil` when the line is not a well-formed listing line.
    static func parse(_ bytes: [UInt8], _ range: Range<Int>) -> (Int, Int, Int)? {
        guard range.count > prefix.count,
            bytes[range.lowerBound..<range.lowerBound + prefix.count].elementsEqual(prefix)
        else { return nil }
        var index = range.lowerBound + prefix.count
        func number() -> Int? {
            var value = 0
            var digits = 0
            while index < range.upperBound, bytes[index] >= 0x30, bytes[index] <= 0x39, digits < 9 {
                value = value * 10 + Int(bytes[index] - 0x30)
                digits += 1
                index += 1
            }
            return digits > 0 ? value : nil
        }
        func literal(_ text: String) -> Bool {
            for byte in text.utf8 {
                guard index < range.upperBound, bytes[index] == byte else { return false }
                index += 1
            }
            return true
        }
        guard let first = number(), literal(" - "), let last = number(), literal(" of "), let total = number(),
            index == range.upperBound
        else { return nil }
        return (first, last, total)
    }

    /// Whether a line starts like a listing line (so a malformed one gets a diagnostic).
    static func looksLikeListing(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        range.count >= prefix.count - 1
            && bytes[range.lowerBound..<range.lowerBound + prefix.count - 1].elementsEqual(prefix.dropLast())
    }
}
