import Foundation

/// What marks an element as page furniture rather than article text: its tag, its role, whether it is
/// hidden, and the words of its `class` and `id`.
///
/// A *strong* word (`comments`, `share`, `advert` …) marks an element whatever else its class says; a
/// *weak* one (`sidebar`, `meta`, `byline` …) only when no *content* word (`article`, `content`, `body`
/// …) stands beside it.
enum WebBoilerplate {
    /// Elements that never hold article text.
    static let tags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "textarea", "nav",
        "aside", "footer", "header", "figure", "figcaption", "head", "title", "object", "canvas", "video", "audio",
        "input", "dialog", "menu", "math",
    ]
    /// ARIA roles of furniture.
    static let roles: Set<String> = [
        "navigation", "complementary", "dialog", "alertdialog", "banner", "contentinfo", "search", "menu",
        "menubar", "toolbar",
    ]
    /// Class and id words that mark furniture whatever stands beside them.
    static let strong: Set<String> = [
        "comment", "comments", "share", "sharing", "sharebar", "social", "socials", "related", "recommended",
        "recommendations", "cookie", "cookies", "consent", "gdpr", "ad", "ads", "advert", "adverts",
        "advertisement", "advertising", "adslot", "dfp", "gpt", "promo", "promotion", "newsletter", "subscribe",
        "subscription", "sponsored", "sponsor", "caption", "outbrain", "taboola", "disqus", "popup", "modal",
        "banner", "breadcrumb", "breadcrumbs", "pagination", "pager", "signup",
        "readmore", "trending", "popular", "mostread", "bios", "bio", "tags", "tag", "keywords",
        "toolbar", "masthead", "navbar", "nav", "navigation", "menu", "footer",
        "copyright", "credit", "credits", "lightbox",
    ]
    /// Class and id words that mark furniture unless a content word stands beside them.
    static let weak: Set<String> = [
        "header", "sidebar", "widget", "widgets", "meta", "byline", "author", "authors", "date", "dateline", "info",
        "aside",
        "extra", "tools", "utility", "actions", "links", "source", "secondary", "rail", "teaser", "card", "list",
        "kicker", "standfirst", "dek", "subtitle", "headline", "title", "heading",
    ]
    /// Class and id words of article text.
    static let content: Set<String> = [
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "page",
        "lead", "summary", "intro", "copy", "prose", "richtext",
    ]

    /// The words of a class or id list, split at anything but ASCII letters and at lower-to-upper case
    /// changes, lower-cased.
    static func words(_ value: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        for byte in value.utf8 {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if (isUpper && previousLower) || !(isUpper || isLower), !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            if isUpper || isLower { current.append(byte | 0x20) }
            previousLower = isLower
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Whether an element is furniture, by its tag, role, hidden state or class words (`classWeight`).
    static func isFurniture(_ node: Int, classWeight: Int, in document: HTMLDocument) -> Bool {
        let item = document.nodes[node]
        if tags.contains(item.name) { return true }
        for attribute in document.attributes(of: node) {
            switch attribute.name {
            case "hidden": return true
            case "aria-hidden":
                if document.attribute("aria-hidden", of: node) == "true" { return true }
            case "role":
                if let role = document.attribute("role", of: node), roles.contains(role.lowercased()) { return true }
            case "style":
                let style = (document.attribute("style", of: node) ?? "").lowercased()
                    .replacingOccurrences(of: " ", with: "")
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default: continue
            }
        }
        guard !["body", "html", "main", "article"].contains(item.name) else { return false }
        return classWeight < 0
    }

    /// −1 for a class or id of furniture, +1 for one of article text, 0 otherwise.
    static func classWeight(_ node: Int, in document: HTMLDocument) -> Int {
        var words: [String] = []
        for attribute in document.attributes(of: node) where attribute.name == "class" || attribute.name == "id" {
            words += Self.words(document.decodedText(attribute.value))
        }
        guard !words.isEmpty else { return 0 }
        if words.contains(where: strong.contains) { return -1 }
        let isContent = words.contains(where: content.contains)
        if words.contains(where: weak.contains), !isContent { return -1 }
        return isContent ? 1 : 0
    }
}
