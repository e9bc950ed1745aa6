import CentralAsiaKit
import Foundation

/// Atom 1.0 (RFC 4287) and Atom 0.3: `entry` with `title`, `link` (the alternate one chosen),
/// `id`, `published`/`updated` (0.3: `issued`/`created`/`modified`), `author` (`name`, `email`,
/// `uri` or 0.3's `url`), `category`, `summary`, `content` (any type or mode) and
/// `link rel="enclosure"`; and the feed's own metadata.
enum AtomReader {
    static func read(_ root: FeedXMLElement) -> (metadata: FeedMetadata, items: [FeedItem], diagnostics: [Diagnostic]) {
        var result: [FeedItem] = []
        var diagnostics: [Diagnostic] = []
        for entry in root.children("entry") {
            var builder = FeedItemBuilder(location: entry.location)
            builder.hasContent = !entry.children.isEmpty || !entry.trimmedText.isEmpty
            readText(entry, into: &builder)
            builder.id = entry.childText("id")
            builder.setDate(
                entry.childText("published") ?? entry.childText("issued") ?? entry.childText("created")
                    ?? entry.childText("updated") ?? entry.childText("modified"))
            builder.setUpdated(entry.childText("updated") ?? entry.childText("modified"))
            builder.setLink(alternateLink(entry))
            for link in entry.children("link") where link.attributes["rel"] == "enclosure" {
                builder.addEnclosure(
                    url: link.attributes["href"], type: link.attributes["type"], length: link.attributes["length"])
            }
            for author in entry.children("author") { builder.addPerson(person(author)) }
            for category in entry.children("category") {
                builder.addCategory(
                    term: category.attributes["term"] ?? category.text, scheme: category.attributes["scheme"],
                    label: category.attributes["label"])
            }
            if let item = builder.build() { result.append(item) }
            diagnostics += builder.diagnostics
        }
        var feedDiagnostics: [Diagnostic] = []
        let metadata = self.metadata(root, diagnostics: &feedDiagnostics)
        return (metadata, result, feedDiagnostics + diagnostics)
    }

    /// The title, body and summary of an entry, as text constructs.
    private static func readText(_ entry: FeedXMLElement, into builder: inout FeedItemBuilder) {
        builder.title = entry.child("title").map { FeedText.atom($0).html }
        for (name, isBody) in [("content", true), ("summary", false)] {
            guard let element = entry.child(name) else { continue }
            let text = FeedText.atom(element)
            if let problem = text.problem { builder.warn("the <\(name)> \(problem)", .note) }
            guard !text.html.isEmpty else { continue }
            if isBody {
                (builder.bodyHTML, builder.bodyType) = (text.html, text.type)
            } else {
                (builder.summaryHTML, builder.summaryType) = (text.html, text.type)
            }
        }
    }

    /// The alternate link: a link with `rel="alternate"` or no `rel`, an HTML one first.
    static func alternateLink(_ element: FeedXMLElement) -> String? {
        let alternates = element.children("link").filter { ($0.attributes["rel"] ?? "alternate") == "alternate" }
        let html = alternates.first {
            let type = $0.attributes["type"]?.lowercased() ?? "text/html"
            return type == "text/html" || type == "application/xhtml+xml"
        }
        return (html ?? alternates.first)?.attributes["href"]
    }

    /// An Atom person construct.
    static func person(_ element: FeedXMLElement) -> FeedPerson {
        let name = element.child("name").map { HTMLText.line($0.text) }
        return FeedPerson(
            name: name?.isEmpty == false ? name : nil, email: element.childText("email"),
            uri: element.childText("uri") ?? element.childText("url"))
    }

    /// The feed's own metadata.
    private static func metadata(_ root: FeedXMLElement, diagnostics: inout [Diagnostic]) -> FeedMetadata {
        func line(_ name: String) -> String? {
            guard let element = root.child(name) else { return nil }
            let text = HTMLText.line(FeedText.atom(element).html)
            return text.isEmpty ? nil : text
        }
        let author = root.child("author").map(person)
        let generator = root.child("generator")
        let image = (root.childText("logo") ?? root.childText("icon")).flatMap(FeedItemBuilder.validLink)
        return FeedMetadata(
            title: line("title"), link: alternateLink(root).flatMap(FeedItemBuilder.validLink),
            subtitle: line("subtitle") ?? line("tagline"), language: root.attributes["xml:lang"],
            updated: feedDate(root.child("updated") ?? root.child("modified"), &diagnostics),
            rights: line("rights") ?? line("copyright"), author: author?.isEmpty == false ? author : nil,
            image: image.map { FeedImage(url: $0) },
            generator: generator.map { HTMLText.line($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
                ?? generator?.attributes["uri"] ?? generator?.attributes["url"])
    }

    /// A feed-level date, or `nil` with a warning when it is malformed.
    static func feedDate(_ element: FeedXMLElement?, _ diagnostics: inout [Diagnostic]) -> FeedDate? {
        guard let element, !element.trimmedText.isEmpty else { return nil }
        if let date = FeedDate(element.trimmedText) { return date }
        diagnostics.append(
            Diagnostic(
                .warning, at: element.location,
                "malformed feed date \"\(element.trimmedText)\"; the date was left out"))
        return nil
    }
}
