public import CentralAsiaKit
public import Foundation

/// An article or a listing read from an HTML page.
///
/// ```swift
/// let web = WebPage.read(try Data(contentsOf: url))
/// print(web.page.articles.first?.title ?? "", web.charset, web.language ?? "")
/// ```
///
/// An article page gives one article (title, date, authors, address, body paragraphs); a listing page
/// gives one article per teaser. Nothing throws: what was repaired or skipped is in
/// `page.diagnostics`, with its line and column.
public struct WebPage: Sendable, Hashable {
    /// What kind of page it was.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// One article.
        case article
        /// A page of teasers, one article each.
        case listing
    }

    /// The articles and diagnostics, as the page parser gives them for plain-text pages.
    public var page: NewsPage
    /// Whether the page was an article or a listing.
    public var kind: Kind
    /// The encoding the page was read in (`utf-8`, `windows-1251`, `koi8-r`, `iso-8859-1`).
    public var charset: String
    /// The page's language (`en`, `ru`), when it declares one.
    public var language: String?
    /// The page's canonical address, when it gives one.
    public var canonicalURL: String?

    /// Creates a read page.
    ///
    /// - Parameters:
    ///   - page: The articles and diagnostics.
    ///   - kind: Article or listing.
    ///   - charset: The encoding the page was read in.
    ///   - language: The declared language.
    ///   - canonicalURL: The canonical address.
    public init(page: NewsPage, kind: Kind, charset: String, language: String? = nil, canonicalURL: String? = nil) {
        self.page = page
        self.kind = kind
        self.charset = charset
        self.language = language
        self.canonicalURL = canonicalURL
    }

    /// Reads an HTML page from its bytes.
    ///
    /// - Parameter data: The page as served (any of the encodings ``charset`` names).
    /// - Returns: The page's article, or its teasers' articles for a listing.
    public static func read(_ data: Data) -> WebPage {
        let (bytes, charset, encodingNotes) = HTMLCharset.utf8(data)
        let document = HTMLScanner.parse(bytes)
        let body = WebBody(document)
        let metadata = WebMetadata(document, body: body)
        var diagnostics = encodingNotes + document.diagnostics + metadata.jsonLD.diagnostics
        if WebListing.isListingPage(metadata) {
            let teasers = WebListing.articles(document)
            if !teasers.isEmpty {
                return WebPage(
                    page: NewsPage(articles: teasers, diagnostics: diagnostics), kind: .listing, charset: charset,
                    language: metadata.language, canonicalURL: metadata.url)
            }
        }
        let title = metadata.title ?? ""
        let paragraphs = body.paragraphs(title: metadata.title)
        if paragraphs.isEmpty { diagnostics.append(Diagnostic(.warning, at: nil, "no article text found on the page")) }
        let article = NewsArticle(
            title: title, paragraphs: paragraphs, isTruncated: false, date: metadata.date, url: metadata.url,
            authors: metadata.authors)
        return WebPage(
            page: NewsPage(articles: [article], diagnostics: diagnostics), kind: .article, charset: charset,
            language: metadata.language, canonicalURL: metadata.url)
    }

    /// Whether bytes look like an HTML document rather than a feed or plain text: the first markup is a
    /// `<!DOCTYPE html>`, `<html>`, `<head>` or `<body>` (after a byte-order mark, space or comments).
    ///
    /// - Parameter data: The start of the input (the first few kilobytes are enough).
    public static func looksLikeHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(HTMLCharset.prescanBytes), as: UTF8.self).lowercased()
        var rest = Substring(head).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        while rest.hasPrefix("<!--"), let end = rest.range(of: "-->") {
            rest = rest[end.upperBound...].drop { $0.isWhitespace }
        }
        if rest.hasPrefix("<?xml") {
            return rest.contains("<html") && !rest.contains("<rss") && !rest.contains("<feed")
        }
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"].contains(where: rest.hasPrefix)
    }
}
