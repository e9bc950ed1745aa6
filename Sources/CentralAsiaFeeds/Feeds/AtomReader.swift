import CentralAsiaKit
import Foundation

/// Atom (RFC 4287): `entry` with `title`, `link rel="alternate"`, `id`, `published`/`updated`,
/// `author/name`, `category term`, `summary`, `content` (text, html or xhtml) and
/// `link rel="enclosure"`.
enum AtomReader {
    static func read(_ root: FeedXMLElement) -> (title: String?, items: [FeedItem], diagnostics: [Diagnostic]) {
        var result: [FeedItem] = []
        var diagnostics: [Diagnostic] = []
        for entry in root.children("entry") {
            var builder = FeedItemBuilder(location: entry.location)
            builder.title = entry.child("title").map(text)
            builder.bodyHTML = entry.child("content").map(text)
            builder.summaryHTML = entry.child("summary").map(text)
            builder.id = entry.childText("id")
            builder.setDate(entry.childText("published") ?? entry.childText("updated"))
            for link in entry.children("link") {
                let rel = link.attributes["rel"] ?? "alternate"
                if rel == "alternate" {
                    builder.setLink(link.attributes["href"])
                } else if rel == "enclosure" {
                    builder.addEnclosure(
                        url: link.attributes["href"], type: link.attributes["type"], length: link.attributes["length"])
                }
            }
            for author in entry.children("author") { builder.addAuthor(author.child("name")?.text) }
            for category in entry.children("category") {
                builder.addTag(category.attributes["label"] ?? category.attributes["term"])
            }
            if let item = builder.build() { result.append(item) }
            diagnostics += builder.diagnostics
        }
        return (root.child("title").map(text).map(HTMLText.line), result, diagnostics)
    }

    /// An Atom text construct as HTML: `text` is escaped, `html` kept, `xhtml` re-serialised.
    static func text(_ element: FeedXMLElement) -> String {
        switch element.attributes["type"] {
        case "xhtml":
            return element.innerXML
        case "html", "text/html":
            return element.text
        default:
            return element.text.markupEscaped.replacingOccurrences(of: "\n\n", with: "<p>")
        }
    }
}
