import CentralAsiaKit
import Foundation

/// RSS 2.0 (and RSS 1.0 items at the root): `title`, `link`, `description`, `content:encoded`,
/// `pubDate`/`dc:date`, `author`/`dc:creator`/`atom:author`, `category`, `enclosure`, `guid`.
enum RSSReader {
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    static func read(_ root: FeedXMLElement) -> (title: String?, items: [FeedItem], diagnostics: [Diagnostic]) {
        let channel = root.child("channel")
        let items = (channel?.children("item") ?? []) + root.children("item")
        var result: [FeedItem] = []
        var diagnostics: [Diagnostic] = []
        for element in items {
            var builder = FeedItemBuilder(location: element.location)
            builder.title = element.child("title")?.text
            builder.bodyHTML = element.child("encoded", namespace: contentNamespace)?.text
            builder.summaryHTML = element.child("description")?.text
            builder.setDate(element.childText("pubDate") ?? element.childText("date", namespace: dublinCore))
            builder.setLink(element.childText("link"))
            let guid = element.child("guid")
            builder.id = guid?.trimmedText
            if builder.link == nil, let guid, guid.attributes["isPermaLink"] != "false",
                FeedItemBuilder.validLink(guid.trimmedText) != nil
            {
                builder.setLink(guid.trimmedText)
            }
            for creator in element.children("creator", namespace: dublinCore) { builder.addAuthor(creator.text) }
            for author in element.children("author") {
                builder.addAuthor(author.child("name")?.text ?? author.text)
            }
            for category in element.children("category") { builder.addTag(category.text) }
            for enclosure in element.children("enclosure") {
                builder.addEnclosure(
                    url: enclosure.attributes["url"], type: enclosure.attributes["type"],
                    length: enclosure.attributes["length"])
            }
            if let item = builder.build() { result.append(item) }
            diagnostics += builder.diagnostics
        }
        let title = (channel ?? root).childText("title").map(HTMLText.line)
        return (title, result, diagnostics)
    }
}
