import CentralAsiaKit
import Foundation

/// JSON Feed 1.0 and 1.1: `items[]` with `id`, `url`, `title`, `content_html`/`content_text`,
/// `summary`, `date_published`/`date_modified`, `authors[]` (1.1) or `author` (1.0), `tags[]` and
/// `attachments[]`.
enum JSONFeedReader {
    static func isJSONFeed(_ json: Any) -> Bool {
        ((json as? [String: Any])?["version"] as? String)?.contains("jsonfeed.org/version/") == true
    }

    static func read(_ json: Any) -> (metadata: FeedMetadata, items: [FeedItem], diagnostics: [Diagnostic]) {
        let feed = json as? [String: Any] ?? [:]
        var result: [FeedItem] = []
        var diagnostics: [Diagnostic] = []
        let items = feed["items"] as? [Any] ?? []
        if feed["items"] != nil, feed["items"] as? [Any] == nil {
            diagnostics.append(Diagnostic(.warning, at: nil, "\"items\" is not an array; no item was read"))
        }
        for (index, element) in items.enumerated() {
            var builder = FeedItemBuilder(location: nil, label: "item \(index + 1): ")
            guard let item = element as? [String: Any] else {
                builder.warn("not an object; skipped")
                diagnostics += builder.diagnostics
                continue
            }
            builder.hasContent = !item.isEmpty
            builder.title = string(item["title"])
            if let html = string(item["content_html"]) {
                (builder.bodyHTML, builder.bodyType) = (html, "html")
            } else if let text = string(item["content_text"]) {
                (builder.bodyHTML, builder.bodyType) = (text.markupEscaped, "text")
            }
            (builder.summaryHTML, builder.summaryType) = (string(item["summary"]).map(\.markupEscaped), "text")
            builder.id = string(item["id"])
            if builder.id == nil { builder.warn("the item has no \"id\"", .note) }
            builder.setDate(string(item["date_published"]) ?? string(item["date_modified"]))
            builder.setUpdated(string(item["date_modified"]))
            builder.setLink(string(item["url"]) ?? string(item["external_url"]))
            let authors = (item["authors"] as? [Any]) ?? (item["author"].map { [$0] } ?? [])
            for author in authors { builder.addPerson(person(author)) }
            for tag in item["tags"] as? [Any] ?? [] { builder.addCategory(term: string(tag)) }
            for attachment in item["attachments"] as? [Any] ?? [] {
                let object = attachment as? [String: Any] ?? [:]
                builder.addEnclosure(
                    url: string(object["url"]), type: string(object["mime_type"]),
                    length: string(object["size_in_bytes"]))
            }
            if let built = builder.build() { result.append(built) }
            diagnostics += builder.diagnostics
        }
        return (metadata(feed), result, diagnostics)
    }

    /// A JSON Feed author object (`name`, `url`).
    private static func person(_ value: Any) -> FeedPerson {
        let object = value as? [String: Any] ?? [:]
        let name = string(object["name"]).map(HTMLText.line)
        return FeedPerson(name: name?.isEmpty == false ? name : nil, uri: string(object["url"]))
    }

    /// The feed's metadata: `title`, `home_page_url`, `description`, `language`, the first author,
    /// `icon` or `favicon`.
    private static func metadata(_ feed: [String: Any]) -> FeedMetadata {
        let authors = (feed["authors"] as? [Any]) ?? (feed["author"].map { [$0] } ?? [])
        let author = authors.first.map(person)
        let image = (string(feed["icon"]) ?? string(feed["favicon"])).flatMap(FeedItemBuilder.validLink)
        return FeedMetadata(
            title: string(feed["title"]), link: string(feed["home_page_url"]).flatMap(FeedItemBuilder.validLink),
            subtitle: string(feed["description"]), language: string(feed["language"]),
            author: author?.isEmpty == false ? author : nil, image: image.map { FeedImage(url: $0) })
    }

    /// A JSON value as text: strings as they are, numbers in their plain form.
    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}
