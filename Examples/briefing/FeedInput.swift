import CentralAsiaFeeds
import CentralAsiaKit
import ExampleSupport
import Foundation

/// Reads RSS, Atom, JSON Feed files and HTML pages with JSON-LD as one page of articles, so
/// `briefing` digests them like listing pages, with mentions and diplomacy extracted.
enum FeedInput {
    /// How much of a file is read to decide whether it is a feed.
    static let sniffBytes = 64 << 10

    /// A feed read as a page, with what the feed says about itself (`nil` for an HTML page).
    struct FeedPage {
        var page: NewsPage
        var feed: FeedMetadata?
    }

    /// The file as a page, when it is a feed or an HTML page; `nil` for page text.
    static func page(at url: URL, annotation: PageParser.Annotation) -> Result<FeedPage, ParseError>? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        let head = (try? handle.read(upToCount: sniffBytes)) ?? Data()
        try? handle.close()
        guard looksLikeMarkupOrJSON(head) else { return nil }
        guard let data = try? Data(contentsOf: url) else { return nil }
        return page(from: data, annotation: annotation)
    }

    /// The bytes as a page, when they are a feed or an HTML page; `nil` for page text. Bytes that
    /// are plainly XML but no readable feed give the feed reader's error, not a page.
    static func page(from data: Data, annotation: PageParser.Annotation) -> Result<FeedPage, ParseError>? {
        if let web = WebInput.page(from: data, annotation: annotation) { return .success(FeedPage(page: web)) }
        let head = data.prefix(sniffBytes)
        guard looksLikeMarkupOrJSON(head) else { return nil }
        let feed: NewsFeed.Result
        do {
            feed = try NewsFeed.parse(data)
        } catch let error as ParseError {
            // Bytes that no feed reader takes are page text, unless they are plainly XML.
            return isPlainlyXML(head) ? .failure(error) : nil
        } catch {
            return nil
        }
        var page = NewsPage(articles: feed.articles, diagnostics: feed.diagnostics)
        annotation.annotate(&page)
        return .success(FeedPage(page: page, feed: feed.metadata))
    }

    /// The openings of plainly XML documents: a declaration or a feed's root element.
    static let xmlOpenings = ["<?xml", "<rss", "<feed", "<rdf:RDF"]

    /// Whether the bytes open as XML (not an XHTML page, which the page readers take).
    static func isPlainlyXML(_ data: Data) -> Bool {
        let text = String(decoding: data.prefix(4096), as: UTF8.self)
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return xmlOpenings.contains { start.hasPrefix($0) } && !text.lowercased().contains("<html")
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

/// The JSON document of a feed read as a page: the page document with the feed's metadata under
/// `"feed"` (the core `NewsPage` stays as it is; page readers leave the key out).
struct FeedPageDocument: Encodable {
    let page: NewsPage
    let feed: FeedMetadata

    private enum CodingKeys: String, CodingKey { case feed }

    /// The JSON of a page: with the feed's metadata under `"feed"` when there is a feed.
    static func json(_ page: NewsPage, feed: FeedMetadata?, pretty: Bool = false) throws(CommandError) -> String {
        guard let feed else { return try JSONText.encode(page, pretty: pretty) }
        return try JSONText.encode(FeedPageDocument(page: page, feed: feed), pretty: pretty)
    }

    func encode(to encoder: any Encoder) throws {
        try page.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(feed, forKey: .feed)
    }
}
