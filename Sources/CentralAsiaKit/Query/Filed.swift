/// A value stored in an ``Archive`` together with the id of the article it was read from.
///
/// Travel records, visits and partnerships name their article by its 1-based place on a page; the
/// archive turns that into the stored article's id, so the same article seen on several pages links
/// to one id and its values are kept once.
public struct Filed<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value, as read (its `article` field still the place on the page it was first read from).
    public var value: Value
    /// The id of the archived article the value came from (an index into ``Archive/articles``), or
    /// `nil` when the value named no article on its page.
    public var articleID: Int?

    /// Creates a filed value.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - articleID: The archived article's id, if known.
    public init(_ value: Value, articleID: Int?) {
        self.value = value
        self.articleID = articleID
    }
}
