extension PartialDate {
    /// Reads a page's date line strictly: `DD Month YYYY`, such as `"21 January 2025"` or `"08 December 2025"`.
    ///
    /// The day has one or two digits (zero-padded or not), the month is a full capitalised English name, the
    /// year has four digits, and single spaces separate them. Spaces and tabs around the text are ignored.
    /// This is the fast path for a known format; ``DatePhraseParser`` reads the many other ways dates are written.
    ///
    /// - Parameter text: The date line.
    /// - Returns: The day-precision date, or `nil` when the text has any other form or names no real day
    ///   (`"31 April 2024"`).
    public init?(englishDay text: String) {
        var text = text
        let date = text.withUTF8 { PartialDate(englishDayUTF8: $0) }
        guard let date else { return nil }
        self = date
    }

    /// Reads a page's date line from UTF-8 bytes, as ``init(englishDay:)`` does.
    ///
    /// - Parameter bytes: The bytes of the line, such as a slice of a ``TextScanner``'s buffer.
    /// - Returns: The day-precision date, or `nil` when the bytes hold any other form or name no real day.
    public init?(englishDayUTF8 bytes: some Collection<UInt8>) {
        var first = bytes.startIndex
        var end = bytes.endIndex
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        while first != end, isBlank(bytes[first]) { bytes.formIndex(after: &first) }
        // Trailing blanks: walk the whole slice once, remembering the end of its last non-blank byte.
        var lastEnd = first
        var index = first
        while index != end {
            let byte = bytes[index]
            bytes.formIndex(after: &index)
            if !isBlank(byte) { lastEnd = index }
        }
        end = lastEnd
        var cursor = first
        func digits(_ range: ClosedRange<Int>) -> (value: Int, count: Int) {
            var value = 0
            var count = 0
            while cursor != end, count < range.upperBound, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 {
                value = value * 10 + Int(bytes[cursor] - 0x30)
                count += 1
                bytes.formIndex(after: &cursor)
            }
            return (value, count)
        }
        func space() -> Bool {
            guard cursor != end, bytes[cursor] == UInt8(ascii: " ") else { return false }
            bytes.formIndex(after: &cursor)
            return true
        }
        let day = digits(1...2)
        guard (1...2).contains(day.count), space() else { return nil }
        var month: Int?
        for (offset, name) in EnglishDateWords.fullMonthNames.enumerated() {
            var probe = cursor
            var matched = true
            for letter in name {
                guard probe != end, bytes[probe] == letter else {
                    matched = false
                    break
                }
                bytes.formIndex(after: &probe)
            }
            if matched, probe != end, bytes[probe] == UInt8(ascii: " ") {
                month = offset + 1
                cursor = probe
                break
            }
        }
        guard let month, space() else { return nil }
        let year = digits(4...4)
        guard year.count == 4, cursor == end else { return nil }
        self.init(year: year.value, month: month, day: day.value)
    }
}
