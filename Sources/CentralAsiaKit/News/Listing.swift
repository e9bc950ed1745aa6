/// A listing page's position in its results: `Viewing results 1 - 6 of 27`.
///
/// The page size, page number and page count are derived: `691 - 696 of 1505` is page 116 of 251
/// with 6 articles a page. On the last page, which may hold fewer articles, the page size is the
/// smallest size that puts `first` at the start of a page and holds the page's articles, unless a
/// size is given.
///
/// JSON: `{"first": 1, "last": 6, "total": 27, "pageSize": 6, "page": 1, "pageCount": 5}`; the
/// derived fields are written for readers and checked against the three counts when decoding.
public struct Listing: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 1-based position of the page's first result.
    public let first: Int
    /// The 1-based position of the page's last result.
    public let last: Int
    /// The number of results in all.
    public let total: Int
    /// The number of results a full page holds.
    public let pageSize: Int

    /// Creates a listing, checking `1 ≤ first ≤ last ≤ total`.
    ///
    /// - Parameters:
    ///   - first: The position of the first result on the page.
    ///   - last: The position of the last result on the page.
    ///   - total: The number of results in all.
    ///   - pageSize: The size of a full page, when known; derived otherwise. It must hold the
    ///     page's results and put `first` at the start of a page.
    /// - Returns: `nil` when the counts are inconsistent: `first` does not start a page of the
    ///   given or derived size (`26 - 27 of 57`), or no page size holds a short last page
    ///   (`13 - 27 of 27`: no size of 15 or more puts result 13 at the start of a page). A short
    ///   last page more than 2³² results in needs `pageSize`: the size is derived only below that.
    public init?(first: Int, last: Int, total: Int, pageSize: Int? = nil) {
        guard first >= 1, first <= last, last <= total else { return nil }
        let count = last - first + 1
        if let pageSize {
            guard pageSize >= count, (first - 1) % pageSize == 0 else { return nil }
            self.pageSize = pageSize
        } else if (first - 1) % count == 0 {
            self.pageSize = count
        } else if last != total {
            // A full page that does not start at a multiple of its size.
            return nil
        } else {
            // A short last page: the smallest size that starts a page at `first`.
            guard let size = Listing.smallestPageSize(startingAt: first - 1, above: count) else { return nil }
            self.pageSize = size
        }
        self.first = first
        self.last = last
        self.total = total
    }

    /// The largest offset of a short last page whose page size is derived (2³²); beyond it, a size
    /// must be given. It keeps the search for the size short on any input.
    static let maximumDerivedOffset = 1 << 32

    /// The smallest divisor of `offset` that is greater than `count`: the smallest page size that
    /// starts a page `offset` results in and holds more than `count` results.
    ///
    /// Walks the divisor pairs up to √`offset` (at most 65 536 steps); `nil` when there is no such
    /// divisor or `offset` is over ``maximumDerivedOffset``.
    static func smallestPageSize(startingAt offset: Int, above count: Int) -> Int? {
        guard offset > count, offset <= maximumDerivedOffset else { return nil }
        var best: Int?
        var divisor = 1
        while divisor * divisor <= offset {
            if offset % divisor == 0 {
                if divisor > count { return divisor }
                let pair = offset / divisor
                if pair > count { best = Swift.min(best ?? pair, pair) }
            }
            divisor += 1
        }
        return best
    }

    /// The number of results on this page.
    public var count: Int { last - first + 1 }

    /// The 1-based page number: `(first − 1) / pageSize + 1`.
    public var page: Int { (first - 1) / pageSize + 1 }

    /// The number of pages: `total / pageSize`, rounded up.
    public var pageCount: Int { total / pageSize + (total % pageSize == 0 ? 0 : 1) }

    /// `Viewing results A - B of N`, as the page prints it.
    public var description: String { "Viewing results \(first) - \(last) of \(total)" }

    private enum CodingKeys: String, CodingKey {
        case first, last, total, pageSize, page, pageCount
    }

    /// Decodes a listing and checks its counts.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the counts are inconsistent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let first = try container.decode(Int.self, forKey: .first)
        let last = try container.decode(Int.self, forKey: .last)
        let total = try container.decode(Int.self, forKey: .total)
        let size = try container.decodeIfPresent(Int.self, forKey: .pageSize)
        guard let listing = Listing(first: first, last: last, total: total, pageSize: size) else {
            throw DecodingError.dataCorruptedError(
                forKey: .first, in: container,
                debugDescription: "inconsistent listing \"\(first) - \(last) of \(total)\"")
        }
        self = listing
    }

    /// Encodes the counts and the derived page fields.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(first, forKey: .first)
        try container.encode(last, forKey: .last)
        try container.encode(total, forKey: .total)
        try container.encode(pageSize, forKey: .pageSize)
        try container.encode(page, forKey: .page)
        try container.encode(pageCount, forKey: .pageCount)
    }
}
