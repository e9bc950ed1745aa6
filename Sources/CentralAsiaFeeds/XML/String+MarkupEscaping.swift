import Foundation

extension String {
    /// The text with `&` and `<` escaped, so that it reads back as text when parsed as markup.
    var markupEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
