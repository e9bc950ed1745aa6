import CentralAsiaKit

extension FeedDate {
    /// W3C-DTF's coarser forms: a year (`2003`) or a year and month (`2003-12`).
    static func parseYearOrMonth(_ text: String) -> FeedDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts[0].utf8.count == 4, let year = PartialDate.asciiNumber(parts[0]) else {
            return nil
        }
        var month: Int?
        if parts.count == 2 {
            guard parts[1].utf8.count == 2, let number = PartialDate.asciiNumber(parts[1]) else { return nil }
            month = number
        }
        guard let date = PartialDate(year: year, month: month) else { return nil }
        return FeedDate(raw: text, day: date)
    }

    /// `2006/09/15`, `2006/09/15 08:19:53` and `2006/09/15 08:19:53 +0300`.
    static func parseSlashed(_ text: String) -> FeedDate? {
        let pieces = text.split(separator: " ")
        guard let first = pieces.first, pieces.count <= 3 else { return nil }
        let parts = first.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count == 4, parts[1].utf8.count <= 2, parts[2].utf8.count <= 2,
            let year = PartialDate.asciiNumber(parts[0]), let month = PartialDate.asciiNumber(parts[1]),
            let day = PartialDate.asciiNumber(parts[2])
        else { return nil }
        guard pieces.count > 1 else { return make(year, month, day, time: nil, offset: nil) }
        guard let clock = time(pieces[1]) else { return nil }
        guard pieces.count == 3 else { return make(year, month, day, time: clock, offset: nil) }
        guard let seconds = offset(pieces[2]) else { return nil }
        return make(year, month, day, time: clock, offset: seconds)
    }

    /// C's `asctime`: `Sun Jan  4 16:29:06 2004` (weekday already dropped). It names no zone, so
    /// the date keeps its day and no instant.
    static func parseAsctime(_ tokens: ArraySlice<Substring>) -> FeedDate? {
        let parts = Array(tokens)
        guard parts.count == 4, let month = monthNumber(parts[0]), let day = PartialDate.asciiNumber(parts[1]),
            let clock = time(parts[2]), parts[3].utf8.count == 4, let year = PartialDate.asciiNumber(parts[3])
        else { return nil }
        return make(year, month, day, time: clock, offset: nil)
    }
}
