import CentralAsiaKit
import Foundation

/// A text element of a feed as HTML for ``HTMLText``, with how it was written.
///
/// Atom 1.0 text constructs (`type="text"`, `html`, `xhtml`, a MIME type, base64 for other
/// types), Atom 0.3 modes (`mode="escaped"`, `base64`, `xml`) and elements of other dialects that
/// hold markup where text was expected (an RSS `title` given as XHTML).
struct FeedText: Hashable {
    /// The content as HTML.
    var html: String
    /// How it was written: `text`, `html`, `xhtml`, or the MIME type as given.
    var type: String
    /// Why part of it could not be read, when it could not.
    var problem: String?

    /// An element whose content is HTML as text (RSS `description`), or markup when it holds
    /// elements (a title given as XHTML).
    static func markup(_ element: FeedXMLElement) -> FeedText {
        if element.children.isEmpty { return FeedText(html: element.text, type: "html") }
        return FeedText(html: unwrapped(element), type: "xhtml")
    }

    /// An Atom (1.0 or 0.3) text construct.
    static func atom(_ element: FeedXMLElement) -> FeedText {
        let written = element.attributes["type"]?.trimmedSpaces
        let type = written.map { $0.isEmpty ? "text" : $0 } ?? "text"
        let kind = Kind(type)
        switch element.attributes["mode"]?.lowercased() {
        case "base64":
            return decoded(element, type: type, as: kind)
        case "escaped":
            return FeedText(html: kind == .text ? element.text.markupEscaped : element.text, type: type)
        default:
            break
        }
        switch kind {
        case .markup where !element.children.isEmpty:
            return FeedText(html: unwrapped(element), type: type)
        case .html:
            return FeedText(html: element.text, type: type)
        case .text, .markup:
            return FeedText(html: plain(element.text), type: type)
        case .other:
            return decoded(element, type: type, as: .text)
        }
    }

    /// What a construct's type says about its content.
    private enum Kind {
        case text, html, markup, other

        init(_ type: String) {
            let lower = type.lowercased()
            if lower == "text" || lower == "text/plain" {
                self = .text
            } else if lower == "html" || lower == "text/html" {
                self = .html
            } else if lower == "xhtml" || lower.hasSuffix("+xml") || lower.hasSuffix("/xml") {
                self = .markup
            } else if lower.hasPrefix("text/") {
                self = .text
            } else {
                self = .other
            }
        }
    }

    /// Plain text as HTML: escaped, its blank lines kept as paragraph breaks.
    private static func plain(_ text: String) -> String {
        text.markupEscaped.replacingOccurrences(of: "\n\n", with: "<p>")
    }

    /// Base64 content, read as text when the bytes are UTF-8 text.
    private static func decoded(_ element: FeedXMLElement, type: String, as kind: Kind) -> FeedText {
        let compact = element.text.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: compact) else {
            return FeedText(html: "", type: type, problem: "content of type \"\(type)\" is not valid base64; left out")
        }
        guard let text = String(validating: [UInt8](data), as: UTF8.self),
            !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" })
        else {
            return FeedText(html: "", type: type, problem: "content of type \"\(type)\" is not text; left out")
        }
        return FeedText(html: kind == .html || kind == .markup ? text : plain(text), type: type)
    }

    /// The element's markup, without the `div` that wraps Atom XHTML content.
    private static func unwrapped(_ element: FeedXMLElement) -> String {
        if element.children.count == 1, let only = element.children.first, only.name == "div",
            element.trimmedText.isEmpty
        {
            return only.innerXML
        }
        return element.innerXML
    }
}
