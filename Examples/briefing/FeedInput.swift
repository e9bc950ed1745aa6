import CentralAsiaFeeds
import CentralAsiaKit
import Foundation

/// Reads RSS, Atom, JSON Feed files and HTML pages with JSON-LD as one page of articles, so
/// `briefing` digests them like listing pages, with mentions and diplomacy extracted.
enum FeedInput {
    /// How much of a file is read to decide whether it is a feed.
    static let sniffBytes = 64 << 10

    /// The file as a page, when it is a feed or an HTML page; `nil` for page text.
    static func page(at url: URL, diplomacy: DiplomacyExtractor?) -> Result<NewsPage, ParseError>? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        let head = (try? handle.read(upToCount: sniffBytes)) ?? Data()
        try? handle.close()
        guard looksLikeMarkupOrJSON(head) else { return nil }
        guard let data = try? Data(contentsOf: url) else { return nil }
        return page(from: data, diplomacy: diplomacy)
    }

    /// The bytes as a page, when they are a feed or an HTML page; `nil` for page text.
    static func page(from data: Data, diplomacy: DiplomacyExtractor?) -> Result<NewsPage, ParseError>? {
        if let web = WebInput.page(from: data, diplomacy: diplomacy) { return web }
        // Bytes that no feed reader takes are page text: parse once and keep the result.
        guard looksLikeMarkupOrJSON(data.prefix(sniffBytes)), let feed = try? NewsFeed.parse(data) else { return nil }
        var page = NewsPage(articles: feed.articles, diagnostics: feed.diagnostics)
        diplomacy?.annotate(&page)
        return .success(page)
    }

    /// Whether the first non-blank character opens markup or JSON (`<`, `{`, `[`).
    static func looksLikeMarkupOrJSON(_ data: Data) -> Bool {
        for byte in data.prefix(4096) {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue
            case UInt8(ascii: "<"), UInt8(ascii: "{"), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }
}
