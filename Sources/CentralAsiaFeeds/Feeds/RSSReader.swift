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
            builder.bodyHTML = extensions(element, "encoded", contentNamespace, prefix: "content").first?.text
            builder.summaryHTML = element.child("description")?.text
            builder.setDate(
                element.childText("pubDate") ?? extensions(element, "date", dublinCore, prefix: "dc").first?.trimmedText
            )
            builder.setLink(element.childText("link"))
            let guid = element.child("guid")
            builder.id = guid?.trimmedText
            if builder.link == nil, let guid, guid.attributes["isPermaLink"] != "false",
                FeedItemBuilder.validLink(guid.trimmedText) != nil
            {
                builder.setLink(guid.trimmedText)
            }
            for creator in extensions(element, "creator", dublinCore, prefix: "dc") { builder.addAuthor(creator.text) }
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

    /// Extension elements by namespace, or by their usual prefix when the feed forgot to declare
    /// the namespace (then the parser reports `dc:creator` with no namespace).
    static func extensions(
        _ element: FeedXMLElement, _ name: String, _ namespace: String, prefix: String
    )
        -> [FeedXMLElement]
    {
        let qualified = "\(prefix):\(name)"
        return element.children.filter {
            ($0.name == name && $0.namespace == namespace)
                || ($0.namespace == nil && ($0.qualifiedName == qualified || $0.name == qualified))
        }
    }
}
