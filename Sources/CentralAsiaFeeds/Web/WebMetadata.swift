import CentralAsiaKit
import Foundation

/// What a page says about its article, most trustworthy source first: JSON-LD, OpenGraph and other
/// `<meta>` tags, `<time datetime>`, then the visible headline, dates and bylines.
struct WebMetadata {
    /// `<meta>` names and properties that give the publication date, most trusted first.
    static let dateMetaNames = [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
        "sailthru.date", "parsely-pub-date", "article.published", "article_date_original", "og:published_time",
        "published_time", "date.created", "dc.date.created", "originalpublicationdate",
    ]
    /// Separators between a headline and the site's name in a `<title>`.
    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " / "]
    /// Words of a `<time>` element's class that mark a modification date.
    static let modifiedWords: Set<String> = ["updated", "modified", "update", "edited"]
    /// Openings of a visible byline.
    static let bylinePrefixes = ["by ", "written by ", "posted by ", "автор:", "автор "]
    /// Most words in one author's name.
    static let maxNameWords = 5

    var meta: [String: String] = [:]
    var jsonLD: WebJSONLD
    var title: String?
    var date: PartialDate?
    var authors: [String] = []
    var url: String?
    var language: String?

    init(_ document: HTMLDocument, body: WebBody) {
        jsonLD = WebJSONLD(document)
        for node in document.elements(named: "meta") {
            let key =
                document.attribute("property", of: node) ?? document.attribute("name", of: node)
                ?? document.attribute("itemprop", of: node) ?? document.attribute("http-equiv", of: node)
            guard let key = key?.lowercased(), meta[key] == nil, let content = document.attribute("content", of: node),
                !content.isEmpty
            else { continue }
            meta[key] = content
        }
        let heading = Self.heading(document, body: body)
        title = chooseTitle(document, heading: heading)
        let title = title
        let anchor = heading ?? body.blocks.first { $0.text == title }?.owner
        date = chooseDate(document, body: body, after: anchor)
        authors = chooseAuthors(document)
        url = canonical(document)
        language = Self.language(document, meta: meta)
    }

    private static func heading(_ document: HTMLDocument, body: WebBody) -> Int? {
        document.elements(named: "h1").first { !body.skipped[$0] || document.ancestor(of: $0, named: "article") != nil }
            ?? document.elements(named: "h1").first
    }

    private func chooseTitle(_ document: HTMLDocument, heading: Int?) -> String? {
        let pageTitle = document.elements(named: "title").first.map { document.text(of: $0) }
        let named = [jsonLD.headline, meta["og:title"], meta["twitter:title"], meta["title"], pageTitle].compactMap {
            $0
        }
        .filter { !$0.isEmpty }
        let h1s = document.elements(named: "h1").map { document.text(of: $0) }.filter { !$0.isEmpty }
        let folded = named.map { $0.lowercased() }
        if let agreeing = h1s.first(where: { h1 in folded.contains { $0.contains(h1.lowercased()) } }) {
            return agreeing
        }
        if let first = named.first { return strippedSiteName(first) }
        return heading.map { document.text(of: $0) }
    }

    /// A title without the site's name before or after it.
    func strippedSiteName(_ title: String) -> String {
        let site = meta["og:site_name"]?.lowercased()
        for separator in Self.titleSeparators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...])
            if tail.lowercased() == site || (tail.count < head.count && tail.split(separator: " ").count <= 4) {
                return head
            }
            if let first = title.range(of: separator) {
                let lead = String(title[..<first.lowerBound])
                if lead.lowercased() == site { return String(title[first.upperBound...]) }
            }
        }
        return title
    }

    private func chooseDate(_ document: HTMLDocument, body: WebBody, after heading: Int?) -> PartialDate? {
        if let date = jsonLD.datePublished.flatMap(WebDate.iso) { return date }
        for name in Self.dateMetaNames {
            if let date = meta[name].flatMap(WebDate.iso) { return date }
        }
        if let date = timeElementDate(document) { return date }
        return visibleDate(document, body: body, after: heading)
    }

    private func timeElementDate(_ document: HTMLDocument) -> PartialDate? {
        let candidates = document.nodes.indices.filter { index in
            let name = document.nodes[index].name
            guard name == "time" || document.attribute("itemprop", of: index)?.lowercased() == "datepublished" else {
                return false
            }
            let words = WebBoilerplate.words(document.attribute("class", of: index) ?? "")
            return !words.contains(where: Self.modifiedWords.contains)
        }
        let preferred = candidates.sorted { lhs, rhs in
            let left = document.attribute("itemprop", of: lhs)?.lowercased() == "datepublished"
            let right = document.attribute("itemprop", of: rhs)?.lowercased() == "datepublished"
            return left && !right
        }
        for node in preferred {
            let value = document.attribute("datetime", of: node) ?? document.attribute("content", of: node)
            if let date = value.flatMap(WebDate.iso) { return date }
            if let date = WebDate.visible(document.text(of: node)) { return date }
        }
        return nil
    }

    /// The first visible date after the headline (or, failing that, anywhere in the article's blocks),
    /// skipping lines that give a modification date.
    private func visibleDate(_ document: HTMLDocument, body: WebBody, after heading: Int?) -> PartialDate? {
        let start = heading ?? 0
        let texts = document.nodes.indices[start...].lazy.filter { index in
            let node = document.nodes[index]
            return node.isText && !HTMLTags.raw.contains(document.nodes[node.parent].name)
        }
        for index in texts.prefix(WebMetadata.visibleDateReach) {
            let text = document.decodedText(document.nodes[index].text)
            let folded = text.lowercased()
            if Self.modifiedPhrases.contains(where: folded.contains) { continue }
            if let date = WebDate.visible(text) { return date }
        }
        if let fromURL = canonical(document).flatMap(Self.urlDate) { return fromURL }
        return nil
    }

    /// How many texts after the headline are searched for a visible date.
    static let visibleDateReach = 60
    /// Phrases that introduce a modification date.
    static let modifiedPhrases = ["updated", "modified", "last update", "обновлено", "изменено"]

    /// The date in an address's path (`/2019/11/19/`).
    static func urlDate(_ url: String) -> PartialDate? {
        let parts = url.split(separator: "/").map(String.init)
        for index in parts.indices.dropLast(2) {
            guard parts[index].count == 4, let year = Int(parts[index]), WebDate.years.contains(year),
                let month = Int(parts[index + 1]), let day = Int(parts[index + 2].prefix(2))
            else { continue }
            if let date = PartialDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    private func chooseAuthors(_ document: HTMLDocument) -> [String] {
        if !jsonLD.authors.isEmpty { return jsonLD.authors }
        if let author = meta["author"], !author.contains("://"), !author.contains("@"),
            author.split(separator: " ").count <= Self.maxNameWords
        {
            return [author]
        }
        var names: [String] = []
        for node in document.nodes.indices where document.attribute("rel", of: node)?.lowercased() == "author" {
            let name = document.text(of: node)
            if !name.isEmpty, !names.contains(name) { names.append(name) }
        }
        if !names.isEmpty { return names }
        return visibleByline(document)
    }

    private func visibleByline(_ document: HTMLDocument) -> [String] {
        let prefixes = Self.bylinePrefixes.map { Array($0.utf8) }
        for index in document.nodes.indices where document.nodes[index].isText {
            let node = document.nodes[index]
            let start = document.bytes[node.text].firstIndex { $0 > 0x20 } ?? node.text.upperBound
            guard prefixes.contains(where: { Self.startsCaseless(document.bytes[start..<node.text.upperBound], $0) }),
                !HTMLTags.raw.contains(document.nodes[node.parent].name)
            else { continue }
            let own = WebText.collapse(document.decodedText(node.text))
            let names = Self.bylineNames(own) ?? Self.bylineNames(document.text(of: node.parent))
            if let names { return names }
        }
        return []
    }

    /// The names of a byline (`By A and B`, `Written by A`), or `nil` when the text is not one.
    static func bylineNames(_ text: String) -> [String]? {
        guard let prefix = bylinePrefixes.first(where: text.lowercased().hasPrefix) else { return nil }
        let names = text.dropFirst(prefix.count).components(separatedBy: " and ")
            .flatMap { $0.components(separatedBy: ", ") }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let valid = names.allSatisfy { name in
            name.split(separator: " ").count <= maxNameWords && name.first?.isUppercase == true
        }
        return valid && !names.isEmpty ? names : nil
    }

    /// Whether bytes start with an ASCII prefix, ignoring case (the prefix's non-ASCII bytes must match
    /// exactly).
    private static func startsCaseless(_ bytes: ArraySlice<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        return zip(bytes, prefix).allSatisfy { byte, expected in
            byte == expected || (byte >= 0x41 && byte <= 0x5A && byte | 0x20 == expected)
        }
    }

    private func canonical(_ document: HTMLDocument) -> String? {
        for node in document.elements(named: "link")
        where document.attribute("rel", of: node)?.lowercased() == "canonical" {
            if let href = document.attribute("href", of: node), !href.isEmpty { return href }
        }
        return meta["og:url"] ?? jsonLD.url
    }

    private static func language(_ document: HTMLDocument, meta: [String: String]) -> String? {
        let declared =
            document.elements(named: "html").first.flatMap { document.attribute("lang", of: $0) }
            ?? meta["content-language"] ?? meta["og:locale"]
        guard let declared, !declared.isEmpty else { return nil }
        return declared.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
    }
}
