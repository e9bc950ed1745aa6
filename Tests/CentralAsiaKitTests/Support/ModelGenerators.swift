import CentralAsiaKit
import Foundation

/// Random values of every model, for property tests. All draws come from the generator, so a seed
/// gives the same values on every run.
extension SplitMix64 {
    /// A date of any precision between the years 1 and 9999, mostly near the present.
    mutating func partialDate() -> PartialDate {
        let year = chance(0.8) ? Int.random(in: 1990...2035, using: &self) : Int.random(in: 1...9999, using: &self)
        let precision = pick(PartialDate.Precision.allCases)
        let month = Int.random(in: 1...12, using: &self)
        switch precision {
        case .year:
            return PartialDate(year: year) ?? { Self.impossible(year, month) }()
        case .month:
            return PartialDate(year: year, month: month) ?? { Self.impossible(year, month) }()
        case .day:
            let day = Int.random(in: 1...PartialDate.daysIn(month: month, year: year), using: &self)
            return PartialDate(year: year, month: month, day: day) ?? { Self.impossible(year, month) }()
        }
    }

    /// Stops a property test whose generator made an invalid date (a bug in the generator).
    static func impossible(_ year: Int, _ month: Int) -> Never {
        preconditionFailure("the generator made an invalid date in \(year)-\(month)")
    }

    /// A date with a day, in the years news pages carry.
    mutating func dayDate() -> PartialDate {
        let year = Int.random(in: 1995...2035, using: &self)
        let month = Int.random(in: 1...12, using: &self)
        let day = Int.random(in: 1...PartialDate.daysIn(month: month, year: year), using: &self)
        return PartialDate(year: year, month: month, day: day) ?? { Self.impossible(year, month) }()
    }

    /// A span whose start is not after its end.
    mutating func dateSpan() -> DateSpan {
        let dates = [partialDate(), partialDate()]
        let start = dates[0].firstDay <= dates[1].lastDay ? dates[0] : dates[1]
        let end = start == dates[0] ? dates[1] : dates[0]
        return DateSpan(start: start, end: end) ?? DateSpan(start: start, end: start)
            ?? { preconditionFailure("a date spans itself") }()
    }

    mutating func dateOrSpan() -> DateOrSpan {
        chance(0.5) ? .date(partialDate()) : .span(dateSpan())
    }

    /// A decimal as a quote prints it: optional sign, digits, optional point and fraction.
    mutating func quotedDecimal() -> QuotedDecimal {
        var text = pick(["", "", "-", "+"])
        text += digits(Int.random(in: 1...6, using: &self))
        if chance(0.7) { text += "." + digits(Int.random(in: 1...8, using: &self)) }
        return QuotedDecimal(text) ?? QuotedDecimal(Decimal(1))
    }

    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in pick(Array("0123456789")) })
    }

    mutating func currencyCode() -> CurrencyCode {
        if chance(0.5) { return pick([.kgs, .kzt, .tjs, .uzs, .tmt, .usd, .eur, .rub, .cny]) }
        let letters = (0..<3).map { _ in pick(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) }
        return CurrencyCode(String(letters)) ?? .usd
    }

    mutating func exchangeRate() -> ExchangeRate {
        ExchangeRate(
            base: currencyCode(), quote: currencyCode(), quoted: quotedDecimal(),
            date: chance(0.5) ? partialDate() : nil, source: chance(0.5) ? anyText() : nil,
            changePercent: chance(0.5) ? quotedDecimal() : nil)
    }

    mutating func sourceLocation() -> SourceLocation {
        SourceLocation(
            offset: Int.random(in: 0...1_000_000, using: &self), line: Int.random(in: 1...50_000, using: &self),
            column: Int.random(in: 1...500, using: &self))
    }

    mutating func diagnostic() -> Diagnostic {
        Diagnostic(pick(Diagnostic.Severity.allCases), at: chance(0.8) ? sourceLocation() : nil, anyText())
    }

    mutating func dateline() -> Dateline {
        Dateline(place: anyText(), agency: chance(0.7) ? anyText() : nil)
    }

    /// A consistent listing, sometimes a short last page.
    mutating func listing() -> Listing {
        let size = Int.random(in: 1...50, using: &self)
        let page = Int.random(in: 1...400, using: &self)
        let first = (page - 1) * size + 1
        let count = chance(0.7) ? size : Int.random(in: 1...size, using: &self)
        let last = first + count - 1
        let total = count < size ? last : last + Int.random(in: 0...5000, using: &self)
        return Listing(first: first, last: last, total: total, pageSize: size)
            ?? { preconditionFailure("generated listing \(first) - \(last) of \(total) is inconsistent") }()
    }

    mutating func newsArticle() -> NewsArticle {
        NewsArticle(
            title: anyText(), paragraphs: (0..<Int.random(in: 0...4, using: &self)).map { _ in anyText() },
            isTruncated: chance(0.3), dateline: chance(0.3) ? dateline() : nil, date: chance(0.3) ? partialDate() : nil,
            url: chance(0.3) ? "https://example.org/\(digits(6))" : nil, section: chance(0.3) ? anyText() : nil,
            authors: (0..<Int.random(in: 0...2, using: &self)).map { _ in anyText() },
            tags: (0..<Int.random(in: 0...3, using: &self)).map { _ in anyText() },
            dates: some(2) { $0.dateMention() })
    }

    /// A date phrase of an article: a date, or a span of two dates of one precision.
    mutating func dateMention() -> DateMention {
        let start = partialDate()
        var value = DateOrSpan.date(start)
        if chance(0.4),
            let later = PartialDate(year: start.year + 1, month: start.month, day: start.day.map { _ in 1 }),
            let span = DateSpan(start: start, end: later)
        {
            value = .span(span)
        }
        let qualifier = chance(0.3) ? pick([DatePhrase.Qualifier.byEndOf, .since, .early]) : nil
        return DateMention(text: anyText(), value: value, qualifier: qualifier)
    }

    mutating func ticker() -> Ticker {
        Ticker(
            quotes: (0..<Int.random(in: 1...5, using: &self)).map { _ in exchangeRate() },
            repetitions: Int.random(in: 1...8, using: &self))
    }

    mutating func newsPage() -> NewsPage {
        NewsPage(
            date: chance(0.6) ? partialDate() : nil, category: chance(0.3) ? anyText() : nil,
            ticker: chance(0.6) ? ticker() : nil, listing: chance(0.6) ? listing() : nil,
            articles: (0..<Int.random(in: 0...4, using: &self)).map { _ in newsArticle() },
            travel: some(2) { $0.travelRecord() }, visits: some(2) { $0.visit() },
            partnerships: some(2) { $0.partnership() },
            diagnostics: (0..<Int.random(in: 0...3, using: &self)).map { _ in diagnostic() })
    }

    mutating func datePhrase() -> DatePhrase {
        let lower = Int.random(in: 0...10_000, using: &self)
        return DatePhrase(
            dateOrSpan(), qualifier: chance(0.5) ? pick([.byEndOf, .mid, .since, .until]) : nil,
            range: lower..<lower + Int.random(in: 0...40, using: &self), text: anyText(), isYearInferred: chance(0.5))
    }

    /// A country code: mostly Central Asian and partner codes, sometimes any two capital letters.
    mutating func countryCode() -> CountryCode {
        if chance(0.7) { return pick(["KZ", "KG", "TJ", "TM", "UZ", "RU", "CN", "US", "EU", "GB"]) }
        let letters = (0..<2).map { _ in pick(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) }
        return CountryCode(String(letters)) ?? "KZ"
    }

    /// Up to `limit` values from `make`.
    mutating func some<Value>(_ limit: Int, _ make: (inout SplitMix64) -> Value) -> [Value] {
        (0..<Int.random(in: 0...limit, using: &self)).map { _ in make(&self) }
    }

    /// A count the way articles state one, or `nil`.
    mutating func count() -> Int? {
        chance(0.6) ? Int.random(in: 0...60, using: &self) : nil
    }

    mutating func diplomaticEvent() -> DiplomaticEvent {
        DiplomaticEvent(
            name: anyText(), normalizedName: chance(0.5) ? anyText() : nil, edition: chance(0.5) ? count() : nil,
            organization: chance(0.5) ? pick(["BRICS", "SCO", "CIS", "EU", "C5+1"]) : nil,
            city: chance(0.5) ? anyText() : nil, country: chance(0.5) ? countryCode() : nil,
            date: chance(0.5) ? dateOrSpan() : nil)
    }

    mutating func visit() -> Visit {
        Visit(
            person: anyText(), destination: chance(0.8) ? countryCode() : nil, city: chance(0.5) ? anyText() : nil,
            kind: pick([.state, .official, .officialWorking, .working, .private, .multilateral, .unspecified, "other"]),
            status: pick([.completed, .ongoing, .planned, .cancelled, "rumoured"]),
            date: chance(0.6) ? dateOrSpan() : nil, event: chance(0.3) ? diplomaticEvent() : nil,
            article: chance(0.7) ? Int.random(in: 1...6, using: &self) : nil)
    }

    mutating func travelRecord() -> TravelRecord {
        TravelRecord(
            person: anyText(), country: chance(0.8) ? countryCode() : nil, period: chance(0.6) ? partialDate() : nil,
            article: chance(0.7) ? Int.random(in: 1...6, using: &self) : nil, trips: count(),
            bilateralTrips: count(), stateVisits: count(),
            visitsByCountry: Dictionary(some(4) { ($0.countryCode(), Int.random(in: 1...9, using: &$0)) }) { $1 },
            stateVisitDestinations: some(3) { $0.countryCode() }, alsoVisited: some(3) { $0.countryCode() },
            events: some(3) { $0.diplomaticEvent() })
    }

    /// A signatory for a country, for an organisation, or for no one known.
    mutating func signatory() -> Signatory {
        let forCountry = chance(0.6)
        return Signatory(
            name: anyText(), country: forCountry ? countryCode() : nil, office: chance(0.6) ? anyText() : nil,
            organization: !forCountry && chance(0.5) ? pick(["EU", "UN", "SCO"]) : nil)
    }

    /// A party: a country, or an organisation by a short name that may itself be two capital letters
    /// (never empty: decoding rejects an empty party).
    mutating func party() -> EntityID {
        chance(0.6)
            ? .country(countryCode()) : .organization(pick(["EU", "SCO", "C5+1", "UN", "AB", "Forum " + anyText()]))
    }

    mutating func partnership() -> Partnership {
        Partnership(
            parties: some(6) { $0.party() },
            kind: pick([.strategicPartnership, .treaty, .agreement, .memorandum, .format, .partnership, "charter"]),
            title: chance(0.5) ? anyText() : nil,
            status: pick([.existing, .signed, .adopted, .planned, .proposed, .elevated, .discussed, "frozen"]),
            date: chance(0.6) ? partialDate() : nil, place: chance(0.5) ? anyText() : nil,
            signatories: some(3) { $0.signatory() }, topics: some(2) { $0.anyText() }, documentCount: count(),
            article: chance(0.7) ? Int.random(in: 1...6, using: &self) : nil)
    }

    mutating func diplomacyExtraction() -> DiplomacyExtraction {
        DiplomacyExtraction(
            travel: some(2) { $0.travelRecord() }, visits: some(3) { $0.visit() },
            partnerships: some(3) { $0.partnership() }, diagnostics: some(2) { $0.diagnostic() })
    }

    /// Text that stresses JSON: quotes, backslashes, control characters, accents, emoji, no-break spaces.
    mutating func anyText() -> String {
        let pieces = [
            "Bishkek", "Tashkent", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "é", "Ü", "ş", "—", "…", "“",
            "”",
            "•", "🇰🇿", "\u{00A0}", "\u{FEFF}", "\u{FFFD}", "0.00191", "%", "{", "}", "[", "]", "日本",
        ]
        return (0..<Int.random(in: 0...8, using: &self)).map { _ in pick(pieces) }.joined()
    }
}
