import CentralAsiaKit

extension RSSReader {
    /// The channel's metadata (RSS 1.0: the `channel` and the `image` beside it at the root).
    static func metadata(
        _ root: FeedXMLElement, channel: FeedXMLElement, diagnostics: inout [Diagnostic]
    ) -> FeedMetadata {
        func line(_ element: FeedXMLElement?) -> String? {
            guard let element else { return nil }
            let text = HTMLText.line(FeedText.markup(element).html)
            return text.isEmpty ? nil : text
        }
        func dublin(_ name: String) -> FeedXMLElement? { extensions(channel, name, dublinCore, prefix: "dc").first }
        let editor = (own(channel, "managingEditor") ?? dublin("creator")).map {
            FeedPerson.parse(HTMLText.collapse($0.text))
        }
        let date = own(channel, "lastBuildDate") ?? own(channel, "pubDate") ?? dublin("date")
        let agent = channel.children.first { $0.name == "generatorAgent" }
        return FeedMetadata(
            title: line(own(channel, "title")),
            link: own(channel, "link").flatMap { FeedItemBuilder.validLink($0.text) },
            subtitle: line(own(channel, "description")),
            language: (own(channel, "language") ?? dublin("language")).map(\.trimmedText).flatMap {
                $0.isEmpty ? nil : $0
            },
            updated: AtomReader.feedDate(date, &diagnostics),
            rights: line(own(channel, "copyright") ?? dublin("rights")),
            author: editor?.isEmpty == false ? editor : nil,
            image: image(own(channel, "image")) ?? image(own(root, "image")),
            generator: line(own(channel, "generator"))
                ?? (agent?.attributes["rdf:resource"] ?? agent?.attributes["resource"]))
    }

    /// An RSS `image` with a valid `url`.
    private static func image(_ element: FeedXMLElement?) -> FeedImage? {
        guard let element, let url = own(element, "url").flatMap({ FeedItemBuilder.validLink($0.text) }) else {
            return nil
        }
        let title = own(element, "title").map { HTMLText.line($0.text) }
        return FeedImage(
            url: url, title: title?.isEmpty == false ? title : nil,
            link: own(element, "link").flatMap { FeedItemBuilder.validLink($0.text) })
    }
}
