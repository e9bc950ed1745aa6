import CentralAsiaFeeds
import CentralAsiaKit
import Foundation
import Testing

/// The six development pages (written for the project, public domain) against their expected JSON.
@Suite struct WebPageDevSetTests {
    /// The expected extraction of one page, as its `.expected.json` gives it.
    struct Expected: Decodable {
        struct Teaser: Decodable {
            var title: String
            var url: String
            var date: String?
            var authors: [String]
            var paragraphs: [String]
            var isTruncated: Bool
        }

        var kind: String
        var charset: String
        var language: String
        var url: String
        var title: String
        var date: String?
        var authors: [String]?
        var paragraphs: [String]?
        var articles: [Teaser]?
        var notInParagraphs: [String]
    }

    static let pages = [
        "p1-article-wordpress-jsonld", "p2-press-release-visible-date-only", "p3-article-ru-windows-1251",
        "p4-listing-10-teasers", "p5-old-cms-entities-br", "p6-article-two-authors-broken-jsonld",
    ]

    /// Pages whose expected address appears nowhere in their markup (so no reader can give it).
    static let addressNotOnPage: Set<String> = ["p5-old-cms-entities-br"]

    /// Text as the expected files compare it: NFC, white space collapsed to single spaces, trimmed.
    static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func load(_ name: String) throws -> (WebPage, Expected) {
        let web = WebPage.read(try Fixture.data("web/dev/\(name).html"))
        let expected = try JSONDecoder().decode(Expected.self, from: Fixture.data("web/dev/\(name).expected.json"))
        return (web, expected)
    }

    @Test(arguments: pages) func givesExpectedPage(_ name: String) throws {
        let (web, expected) = try Self.load(name)
        #expect(web.kind.rawValue == expected.kind)
        #expect(web.charset == expected.charset)
        #expect(web.language == expected.language)
        #expect(web.canonicalURL == (Self.addressNotOnPage.contains(name) ? nil : expected.url))
        let paragraphs = web.page.articles.flatMap(\.paragraphs).map(Self.normalized)
        for boilerplate in expected.notInParagraphs {
            #expect(!paragraphs.contains { $0.contains(Self.normalized(boilerplate)) }, "\(boilerplate)")
        }
    }

    @Test(arguments: pages.filter { !$0.contains("listing") }) func givesExpectedArticle(_ name: String) throws {
        let (web, expected) = try Self.load(name)
        try #require(web.page.articles.count == 1)
        let article = web.page.articles[0]
        #expect(article.title == expected.title)
        #expect(article.date?.description == expected.date)
        #expect(article.authors == expected.authors)
        #expect(article.paragraphs.map(Self.normalized) == expected.paragraphs?.map(Self.normalized))
        #expect(article.url == (Self.addressNotOnPage.contains(name) ? nil : expected.url))
    }

    @Test func givesExpectedTeasers() throws {
        let (web, expected) = try Self.load("p4-listing-10-teasers")
        let teasers = try #require(expected.articles)
        #expect(web.page.articles.count == teasers.count)
        for (article, teaser) in zip(web.page.articles, teasers) {
            #expect(article.title == teaser.title)
            #expect(article.url == teaser.url)
            #expect(article.date?.description == teaser.date)
            #expect(article.authors == teaser.authors)
            #expect(article.paragraphs.map(Self.normalized) == teaser.paragraphs.map(Self.normalized))
            #expect(article.isTruncated == teaser.isTruncated)
        }
    }
}
