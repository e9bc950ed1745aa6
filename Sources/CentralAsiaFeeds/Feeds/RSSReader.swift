import CentralAsiaKit
import Foundation

/// RSS 0.9x, 2.0 and 1.0 (RDF): `title`, `link`, `description`, `content:encoded` and the
/// non-standard bodies (`xhtml:body`, `body`, `fullitem`), `pubDate`/`dc:date`,
/// `author`/`dc:creator`/`atom:author`, `category`/`dc:subject`, `enclosure`, `guid` (its
/// `isPermaLink` value the link when there is no `link`), `rdf:about`; and the channel's metadata.
enum RSSReader {
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    /// The namespaces of RSS's own elements: none (0.9x, 2.0), RSS 1.0 and RSS 0.90.
    static let ownNamespaces: Set<String> = ["http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/"]

    static func read(_ root: FeedXMLElement) -> (metadata: FeedMetadata, items: [FeedItem], diagnostics: [Diagnostic]) {
        let channel = root.child("channel")
        let items = (channel?.children("item") ?? []) + root.children("item")
        var result: [FeedItem] = []
        var diagnostics: [Diagnostic] = []
        for element in items {
            var builder = FeedItemBuilder(location: element.location)
            builder.hasContent = !element.children.isEmpty || !element.trimmedText.isEmpty
            readText(element, into: &builder)
            builder.setDate(
                own(element, "pubDate")?.trimmedText
                    ?? extensions(element, "date", dublinCore, prefix: "dc").first?
                    .trimmedText)
            builder.setLink(own(element, "link")?.trimmedText)
            readGuid(element, into: &builder)
            for creator in extensions(element, "creator", dublinCore, prefix: "dc") { builder.addAuthor(creator.text) }
            for author in element.children("author") {
                if author.children.isEmpty {
                    builder.addAuthor(author.text)
                } else {
                    builder.addPerson(AtomReader.person(author))
                }
            }
            for category in element.children("category") {
                builder.addCategory(term: category.text, scheme: category.attributes["domain"])
            }
            for subject in extensions(element, "subject", dublinCore, prefix: "dc") {
                builder.addCategory(term: subject.text)
            }
            for enclosure in element.children("enclosure") {
                builder.addEnclosure(
                    url: enclosure.attributes["url"], type: enclosure.attributes["type"],
                    length: enclosure.attributes["length"])
            }
            if let item = builder.build() { result.append(item) }
            diagnostics += builder.diagnostics
        }
        var feedDiagnostics: [Diagnostic] = []
        let metadata = RSSReader.metadata(root, channel: channel ?? root, diagnostics: &feedDiagnostics)
        return (metadata, result, feedDiagnostics + diagnostics)
    }

    /// The title, the body (the first of `content:encoded`, `xhtml:body`/`body`, `fullitem`) and the
    /// description.
    private static func readText(_ element: FeedXMLElement, into builder: inout FeedItemBuilder) {
        builder.title = own(element, "title").map { FeedText.markup($0).html }
        let body =
            extensions(element, "encoded", contentNamespace, prefix: "content").first
            ?? element.children.first { $0.name == "body" && ($0.namespace == nil || $0.namespace == xhtmlNamespace) }
            ?? extensions(element, "body", xhtmlNamespace, prefix: "xhtml").first ?? own(element, "fullitem")
        if let body {
            let text = body.name == "body" ? FeedText(html: body.innerXML, type: "xhtml") : FeedText.markup(body)
            (builder.bodyHTML, builder.bodyType) = (text.html, text.type)
        }
        if let description = own(element, "description") {
            let text = FeedText.markup(description)
            (builder.summaryHTML, builder.summaryType) = (text.html, text.type)
        }
    }

    /// The `guid` as the identifier, and as the link when there is no `link` and it is a permalink
    /// (`isPermaLink` absent or `true`); `rdf:about` as the identifier when there is no `guid`.
    private static func readGuid(_ element: FeedXMLElement, into builder: inout FeedItemBuilder) {
        guard let guid = own(element, "guid") else {
            builder.id = element.attributes["rdf:about"] ?? element.attributes["about"]
            return
        }
        builder.id = guid.trimmedText
        let isPermaLink = guid.attributes["isPermaLink"]?.lowercased() != "false"
        if builder.link == nil, isPermaLink, FeedItemBuilder.validLink(guid.trimmedText) != nil {
            builder.setLink(guid.trimmedText)
        }
    }

    /// The first child with RSS's own name (not `atom:link` or `media:title`).
    static func own(_ element: FeedXMLElement, _ name: String) -> FeedXMLElement? {
        element.children.first { $0.name == name && ($0.namespace.map(ownNamespaces.contains) ?? true) }
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
