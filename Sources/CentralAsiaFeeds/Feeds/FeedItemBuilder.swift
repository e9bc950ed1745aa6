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
    /// How the body was written (`html`, `text`, `xhtml` or a MIME type).
    var bodyType: String?
    var summaryHTML: String?
    var summaryType: String?
    var link: String?
    var id: String?
    var date: FeedDate?
    var rawDate: String?
    var updated: FeedDate?
    var authors: [String] = []
    var people: [FeedPerson] = []
    var tags: [String] = []
    var categories: [FeedCategory] = []
    /// Whether the item's element held anything at all (text, elements, attributes), known or not.
    var hasContent = true
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
        guard let raw, !raw.trimmed.isEmpty, rawDate == nil else { return }
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

    mutating func setUpdated(_ raw: String?) {
        guard let raw, !raw.trimmed.isEmpty, updated == nil else { return }
        // The same text already failed as the publication date, with its own warning.
        if raw == rawDate, date == nil { return }
        if let parsed = FeedDate(raw) {
            updated = parsed
        } else {
            warn("malformed update date \"\(raw)\"; the date was left out")
        }
    }

    /// Validates a link: an absolute http(s) URL without spaces.
    static func validLink(_ raw: String) -> String? {
        let trimmed = raw.trimmed
        guard !trimmed.isEmpty, !trimmed.utf8.contains(UInt8(ascii: " ")), let url = URL(string: trimmed),
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else { return nil }
        return trimmed
    }

    mutating func setLink(_ raw: String?) {
        guard let raw, link == nil else { return }
        let trimmed = raw.trimmed
        guard !trimmed.isEmpty else { return }
        if let valid = FeedItemBuilder.validLink(trimmed) {
            link = valid
        } else {
            warn("malformed link \"\(trimmed)\"; the link was left out")
        }
    }

    /// Adds an author written as one string: `Name`, `editor@example.org (Name)`,
    /// `Name <editor@example.org>` or an address alone.
    mutating func addAuthor(_ raw: String?) {
        guard let raw else { return }
        var person = FeedPerson.parse(HTMLText.collapse(raw))
        person.name = person.name.map(HTMLText.line).flatMap { $0.isEmpty ? nil : $0 }
        addPerson(person)
    }

    /// Adds an author; the article keeps the name (or the address, when there is no name).
    mutating func addPerson(_ person: FeedPerson) {
        guard !person.isEmpty else { return }
        if !people.contains(person) { people.append(person) }
        if let name = person.name ?? person.email, !authors.contains(name) { authors.append(name) }
    }

    mutating func addTag(_ raw: String?, setsSection: Bool = true) {
        guard let tag = raw.map(HTMLText.line), !tag.isEmpty else { return }
        if section == nil, setsSection { section = tag }
        if !tags.contains(tag) { tags.append(tag) }
    }

    /// Adds a category: its label (or term) becomes a tag, and the section when it is the first.
    mutating func addCategory(term raw: String?, scheme: String? = nil, label: String? = nil) {
        let term = raw.map(HTMLText.line) ?? ""
        let shown = label.map(HTMLText.line).flatMap { $0.isEmpty ? nil : $0 }
        guard !term.isEmpty || shown != nil else { return }
        let scheme = scheme?.trimmed
        let category = FeedCategory(
            term: term.isEmpty ? shown ?? "" : term, scheme: scheme?.isEmpty == false ? scheme : nil, label: shown)
        if !categories.contains(category) { categories.append(category) }
        addTag(shown ?? term)
    }

    mutating func addEnclosure(url raw: String?, type: String?, length: String?) {
        guard let raw, let url = FeedItemBuilder.validLink(raw) else {
            warn("an enclosure without a valid url (\"\(raw ?? "")\") was skipped")
            return
        }
        var size: Int?
        if let length = length?.trimmedSpaces, !length.isEmpty {
            size = Int(length)
            if size == nil || size.map({ $0 < 0 }) == true {
                size = nil
                warn("malformed enclosure length \"\(length)\"; the length was left out")
            }
        }
        let mime = type?.trimmedSpaces
        enclosures.append(FeedEnclosure(url: url, type: mime?.isEmpty == false ? mime : nil, length: size))
    }

    /// Whether the builder holds no field at all.
    private var isEmpty: Bool {
        title == nil && bodyHTML == nil && summaryHTML == nil && link == nil && id == nil && rawDate == nil
            && updated == nil && people.isEmpty && categories.isEmpty && enclosures.isEmpty
    }

    /// The finished item, with a note for what it lacks; `nil` (with a warning) only for an item
    /// that is entirely empty.
    mutating func build() -> FeedItem? {
        if isEmpty, !hasContent {
            warn("an empty item was skipped")
            return nil
        }
        let hasBody = bodyHTML?.isEmpty == false
        let body = hasBody ? bodyHTML : summaryHTML
        let paragraphs = body.map(HTMLText.paragraphs) ?? []
        let headline = title.map(HTMLText.line) ?? ""
        if headline.isEmpty {
            if isEmpty {
                warn("the item holds nothing this reader knows; it was kept empty", .note)
            } else if paragraphs.isEmpty {
                warn("the item has neither title nor body; it was kept with what it has", .note)
            } else {
                warn("the item has no title", .note)
            }
        }
        var summary: String?
        if let summaryHTML, hasBody {
            let text = HTMLText.paragraphs(summaryHTML).joined(separator: " ")
            summary = text.isEmpty ? nil : text
        }
        let article = NewsArticle(
            title: headline, paragraphs: paragraphs, isTruncated: HTMLText.looksTruncated(paragraphs),
            date: date?.day, url: link, section: section, authors: authors, tags: tags)
        let trimmedID = id?.trimmed
        return FeedItem(
            article: article, id: trimmedID?.isEmpty == false ? trimmedID : nil, rawDate: rawDate,
            published: date?.instant, summary: summary, enclosures: enclosures, updated: updated, authors: people,
            categories: categories, contentType: body == nil ? nil : (hasBody ? bodyType : summaryType))
    }
}
