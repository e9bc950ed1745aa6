import CentralAsiaFeeds
import CentralAsiaKit
import Foundation

/// Reads HTML documents (a doctype, `<html>`, `<head>` or `<body>` first) with the web page reader,
/// so `briefing` digests an article or a listing page like a plain-text page.
enum WebInput {
    /// The bytes as a page, when they are an HTML document; `nil` for feeds and page text.
    static func page(from data: Data, annotation: PageParser.Annotation) -> NewsPage? {
        guard WebPage.looksLikeHTML(data) else { return nil }
        var page = WebPage.read(data).page
        annotation.annotate(&page)
        return page
    }
}
