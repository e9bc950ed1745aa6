import CentralAsiaKit
import Foundation

/// Collects the fields of one item leniently: a bad date, link or length costs that field and a
/// diagnostic, never the item or the feed. Shared by the RSS, Atom, JSON Feed and JSON-LD readers.
struct FeedItemBuilder {
    /// Where the item is, for diagnostics.
    let location: SourceLocation?
    /// A prefix for diagnostics without a location (`item 3: `).
    let label: String
    var title: String?
    var bodyHTML: String?
    var summaryHTML: String?
    var link: String?
    var id: String?
    var date: FeedDate?
    var rawDate: String?
    var authors: [String] = []
    var tags: [String] = []
    var section: String?
    var enclosures: [FeedEnclosure] = []
    var diagnostics: [Diagnostic] = []

    init(location: SourceLocation?, label: String = "") {
        self.location = location
        self.label = label
    }

    mutating func warn(_ message: String, _ severity: Diagnostic.Severity = .warning) {
        diagnostics.append(Diagnostic(severity, at: location, label + message))
    }

    mutating func setDate(_ raw: String?) {
        guard let raw, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, rawDate == nil else { return }
        rawDate = raw
        if let parsed = FeedDate(raw) {
            date = parsed
            if let zone = parsed.unknownZone {
                warn("unknown time zone \"\(zone)\" in date \"\(raw)\"; only the day was kept", .note)
            }
        } else {
            warn("malformed date \"\(raw)\"; the date was left out")
        }
    }

    /// Validates a link: an absolute http(s) URL without spaces.
    static func validLink(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.contains(" "), let url = URL(string: trimmed),
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else { return nil }
        return trimmed
    }

    mutating func setLink(_ raw: String?) {
        guard let raw, link == nil else { return }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        if let valid = FeedItemBuilder.validLink(trimmed) {
            link = valid
        } else {
            warn("malformed link \"\(trimmed)\"; the link was left out")
        }
    }

    mutating func addAuthor(_ raw: String?) {
        guard var name = raw.map(HTMLText.line), !name.isEmpty else { return }
        // RSS <author> is "address (Name)"; keep the name.
        if name.contains("@"), let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            name = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
                .trimmingCharacters(in: .whitespaces)
        }
        if !name.isEmpty, !authors.contains(name) { authors.append(name) }
    }

    mutating func addTag(_ raw: String?, setsSection: Bool = true) {
        guard let tag = raw.map(HTMLText.line), !tag.isEmpty else { return }
        if section == nil, setsSection { section = tag }
        if !tags.contains(tag) { tags.append(tag) }
    }

    mutating func addEnclosure(url raw: String?, type: String?, length: String?) {
        guard let raw, let url = FeedItemBuilder.validLink(raw) else {
            warn("an enclosure without a valid url (\"\(raw ?? "")\") was skipped")
            return
        }
        var size: Int?
        if let length = length?.trimmingCharacters(in: .whitespaces), !length.isEmpty {
            size = Int(length)
            if size == nil || size.map({ $0 < 0 }) == true {
                size = nil
                warn("malformed enclosure length \"\(length)\"; the length was left out")
            }
        }
        let mime = type?.trimmingCharacters(in: .whitespaces)
        enclosures.append(FeedEnclosure(url: url, type: mime?.isEmpty == false ? mime : nil, length: size))
    }

    /// The finished item, or `nil` (with a diagnostic) when it has neither title nor body.
    mutating func build() -> FeedItem? {
        let body = (bodyHTML?.isEmpty == false ? bodyHTML : nil) ?? summaryHTML
        let paragraphs = body.map(HTMLText.paragraphs) ?? []
        let headline = title.map(HTMLText.line) ?? ""
        if headline.isEmpty {
            guard !paragraphs.isEmpty else {
                warn("an item with neither title nor body was skipped")
                return nil
            }
            warn("the item has no title", .note)
        }
        var summary: String?
        if let summaryHTML, bodyHTML?.isEmpty == false {
            let text = HTMLText.paragraphs(summaryHTML).joined(separator: " ")
            summary = text.isEmpty ? nil : text
        }
        let article = NewsArticle(
            title: headline, paragraphs: paragraphs, isTruncated: HTMLText.looksTruncated(paragraphs),
            date: date?.day, url: link, section: section, authors: authors, tags: tags)
        let trimmedID = id?.trimmingCharacters(in: .whitespacesAndNewlines)
        return FeedItem(
            article: article, id: trimmedID?.isEmpty == false ? trimmedID : nil, rawDate: rawDate,
            published: date?.instant, summary: summary, enclosures: enclosures)
    }
}
