public import CentralAsiaKit

extension ParseError.Kind {
    /// The input holds markup refused on principle: a document type or entity declaration.
    public static let refusedMarkup = ParseError.Kind(rawValue: "refusedMarkup")
}
