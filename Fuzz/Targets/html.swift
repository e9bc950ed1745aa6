// seeds: Tests/CentralAsiaFeedsTests/Fixtures/web/*.html Tests/CentralAsiaFeedsTests/Fixtures/web/dev/*.html Tests/CentralAsiaFeedsTests/Fixtures/*.html
// HTML pages on arbitrary bytes: the web page reader always returns a page (one article, or one per
// teaser of a listing), never crashes; every paragraph is non-empty and trimmed; the page survives a
// JSON round trip unchanged.
import CentralAsiaFeeds
import CentralAsiaKit
import Foundation

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = Data(fuzzBytes(data, count))
    _ = WebPage.looksLikeHTML(input)
    let web = WebPage.read(input)
    fuzzCheck(
        web.kind == .listing || web.page.articles.count == 1, "an article page gave \(web.page.articles.count) articles"
    )
    for article in web.page.articles {
        for paragraph in article.paragraphs {
            fuzzCheck(!paragraph.isEmpty, "an empty paragraph")
            fuzzCheck(
                paragraph.trimmingCharacters(in: .whitespaces) == paragraph, "an untrimmed paragraph: \(paragraph)")
        }
    }
    fuzzCheckRoundTrip(web.page)
    return 0
}
