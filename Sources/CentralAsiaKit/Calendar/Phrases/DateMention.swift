/// A date an article names: the phrase as written and the date or span it stands for.
///
/// ``DatePhraseParser/annotate(_:)`` fills ``NewsArticle/dates`` with these (the `briefing` example does so
/// for every page), reading English and Russian phrases, relative ones included, against the article's date
/// or the page's.
///
/// JSON: `{"text": "12–14 ноября", "value": "2024-11-12/2024-11-14"}`, with `"qualifier": "byEndOf"` when
/// the phrase's leading words qualify the date. `value` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or a span
/// `A/B` of two of them.
public struct DateMention: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The phrase as written ("12–14 ноября", "by the end of 2025").
    public var text: String
    /// The date or span the phrase names.
    public var value: DateOrSpan
    /// What the phrase's leading words add ("by the end of"), or `nil`.
    public var qualifier: DatePhrase.Qualifier?

    /// Creates a date mention.
    ///
    /// - Parameters:
    ///   - text: The phrase as written.
    ///   - value: The date or span it names.
    ///   - qualifier: What its leading words add, if anything.
    public init(text: String, value: DateOrSpan, qualifier: DatePhrase.Qualifier? = nil) {
        self.text = text
        self.value = value
        self.qualifier = qualifier
    }

    /// The mention of a phrase found by ``DatePhraseParser``.
    ///
    /// - Parameter phrase: The phrase.
    public init(_ phrase: DatePhrase) {
        self.init(text: phrase.text, value: phrase.value, qualifier: phrase.qualifier)
    }

    /// `text = value`, as in `12–14 ноября = 2024-11-12/2024-11-14`.
    public var description: String { "\(text) = \(value)" }

    private enum CodingKeys: String, CodingKey { case text, value, qualifier }

    /// Decodes a mention, reading `value` as ISO 8601 text: a date, or two dates of one precision joined by
    /// `/`.
    ///
    /// - Throws: `DecodingError` when a field is missing, or `value` is no date, no span of one precision,
    ///   or a span that ends before it starts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        let written = try container.decode(String.self, forKey: .value)
        guard let value = DateOrSpan(isoText: written) else {
            throw DecodingError.dataCorruptedError(
                forKey: .value, in: container,
                debugDescription: "invalid date \"\(written)\"; expected YYYY, YYYY-MM, YYYY-MM-DD or A/B")
        }
        self.value = value
        qualifier = try container.decodeIfPresent(DatePhrase.Qualifier.self, forKey: .qualifier)
    }

    /// Encodes `text`, `value` as ISO 8601 text, and `qualifier` when there is one.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value.description, forKey: .value)
        try container.encodeIfPresent(qualifier, forKey: .qualifier)
    }
}

extension DateOrSpan {
    /// Reads ISO 8601 text: a date (`"2024"`, `"2024-11"`, `"2024-11-12"`) or a span of two dates of the same
    /// precision joined by `/` (`"2024-11-12/2024-11-14"`), as ``description`` writes them.
    ///
    /// - Parameter isoText: The text.
    /// - Returns: `nil` when the text is neither, the span's dates differ in precision, or it ends before it
    ///   starts.
    public init?(isoText: String) {
        let parts = isoText.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let date = PartialDate(isoText) else { return nil }
            self = .date(date)
        case 2:
            guard let start = PartialDate(String(parts[0])), let end = PartialDate(String(parts[1])),
                start.precision == end.precision, let span = DateSpan(start: start, end: end)
            else { return nil }
            self = .span(span)
        default: return nil
        }
    }
}
