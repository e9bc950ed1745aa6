/// What the extractors read of a mention: which entity (an index into the finder's
/// entity table), its kind, and where it is.
struct MentionSpan {
    /// The kinds the rules tell apart, compared without strings.
    enum Kind: UInt8 { case country, organization, city, person, other }

    /// The entity's index in the finder's ``MentionAutomaton/EntityTable``.
    var entityIndex: Int32
    /// The entity's kind.
    var kind: Kind
    /// The mention's UTF-8 byte range in the text.
    var range: Range<Int>
}
