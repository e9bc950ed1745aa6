import CentralAsiaKit
import Foundation

/// The teasers of a listing page: sibling elements that each hold a linked heading, read as one article
/// each (title, address, date, authors, excerpt, whether the excerpt was cut).
enum WebListing {
    /// Fewest teasers that make a listing.
    static let minTeasers = 3
    /// Headings that title a teaser.
    static let headings: Set<String> = ["h2", "h3", "h4"]
    /// Schema.org types of listing pages.
    static let listingTypes: Set<String> = ["CollectionPage", "ItemList", "SearchResultsPage", "Blog"]
    /// Class words of a teaser's author.
    static let authorWords: Set<String> = ["author", "byline"]

    /// Whether a page presents itself as a listing rather than an article.
    static func isListingPage(_ metadata: WebMetadata) -> Bool {
        guard !metadata.jsonLD.hasArticle, metadata.meta["og:type"]?.lowercased() != "article" else { return false }
        return !metadata.jsonLD.types.isDisjoint(with: listingTypes) || metadata.meta["og:type"] != nil
    }

    /// The teasers' articles, or an empty list when fewer than ``minTeasers`` teasers share a parent.
    static func articles(_ document: HTMLDocument) -> [NewsArticle] {
        var headingCounts = [Int](repeating: 0, count: document.nodes.count)
        for index in stride(from: document.nodes.count - 1, to: 0, by: -1) {
            if headings.contains(document.nodes[index].name) { headingCounts[index] += 1 }
            headingCounts[document.nodes[index].parent] += headingCounts[index]
        }
        var byParent: [Int: [Int]] = [:]
        for heading in document.nodes.indices where headings.contains(document.nodes[heading].name) {
            guard !inFurniture(heading, document), linkedHeading(heading, document) != nil else { continue }
            guard let teaser = teaserRoot(of: heading, headingCounts: headingCounts, document) else { continue }
            byParent[document.nodes[teaser].parent, default: []].append(teaser)
        }
        guard let group = byParent.values.max(by: { $0.count < $1.count }), group.count >= minTeasers else { return [] }
        return group.compactMap { article(teaser: $0, document) }
    }

    /// Elements whose teasers are not the page's: navigation, asides, headers and footers.
    static let furnitureTags: Set<String> = ["nav", "aside", "header", "footer", "form", "noscript", "template"]

    private static func inFurniture(_ node: Int, _ document: HTMLDocument) -> Bool {
        var current = node
        while current > 0 {
            if furnitureTags.contains(document.nodes[current].name) { return true }
            current = document.nodes[current].parent
        }
        return false
    }

    private static func linkedHeading(_ heading: Int, _ document: HTMLDocument) -> Int? {
        (heading..<document.subtreeEnd(of: heading)).first {
            document.nodes[$0].name == "a" && document.attribute("href", of: $0) != nil
        }
    }

    /// The outermost ancestor of a heading that holds no other teaser heading: `<article>`, `<li>` or
    /// `<div>`.
    private static func teaserRoot(of heading: Int, headingCounts: [Int], _ document: HTMLDocument) -> Int? {
        var current = heading
        var root: Int?
        while document.nodes[current].parent > 0 {
            let parent = document.nodes[current].parent
            let name = document.nodes[parent].name
            if headingCounts[parent] > 1 { break }
            if ["article", "li", "div"].contains(name) { root = parent }
            current = parent
        }
        return root
    }

    private static func article(teaser: Int, _ document: HTMLDocument) -> NewsArticle? {
        let nodes = teaser..<document.subtreeEnd(of: teaser)
        guard let heading = nodes.first(where: { headings.contains(document.nodes[$0].name) }),
            let link = linkedHeading(heading, document)
        else { return nil }
        var article = NewsArticle(title: document.text(of: heading), url: document.attribute("href", of: link))
        let time = nodes.first { document.nodes[$0].name == "time" }
        article.date = time.flatMap {
            document.attribute("datetime", of: $0).flatMap(WebDate.iso) ?? WebDate.visible(document.text(of: $0))
        }
        article.authors = nodes.filter { node in
            WebBoilerplate.words(document.attribute("class", of: node) ?? "").contains(where: authorWords.contains)
        }.map { document.text(of: $0) }.filter { !$0.isEmpty }
        article.paragraphs = nodes.filter { document.nodes[$0].name == "p" }.map { document.text(of: $0) }
            .filter { !$0.isEmpty }
        article.isTruncated = HTMLText.looksTruncated(article.paragraphs)
        return article
    }
}
