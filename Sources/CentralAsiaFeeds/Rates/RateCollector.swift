import CentralAsiaKit
import Foundation

/// Turns the raw fields of one record into a ``CentralBankRate`` or a diagnostic; shared by every
/// adapter so that validation and messages are the same for all banks.
struct RateCollector {
    let format: RateFeed.Format
    let local: CurrencyCode
    /// Whether values use a decimal comma (`87,4500`).
    let decimalComma: Bool
    var date: PartialDate?
    private(set) var rates: [CentralBankRate] = []
    var diagnostics: [Diagnostic] = []

    init(format: RateFeed.Format, decimalComma: Bool) {
        self.format = format
        self.local = format.localCurrency ?? .usd
        self.decimalComma = decimalComma
    }

    mutating func warn(_ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.warning, at: location, message))
    }

    /// Sets the file's date from its text, with a warning when it is malformed.
    mutating func setDate(_ raw: String?, at location: SourceLocation?) {
        guard let raw else { return }
        date = RateCollector.date(raw)
        if date == nil { warn("malformed date \"\(raw)\"", at: location) }
    }

    /// Reads a decimal as the source writes it (already trimmed); a comma is the separator only in
    /// comma feeds.
    func decimal(_ text: String) -> QuotedDecimal? {
        QuotedDecimal(decimalComma ? text.replacingOccurrences(of: ",", with: ".") : text)
    }

    /// Adds one record, or a diagnostic saying why it was skipped.
    ///
    /// - Parameters:
    ///   - code: The foreign currency code as written.
    ///   - value: The local-currency value of `nominal` units, as written.
    ///   - nominal: The scale as written; `nil` means 1.
    ///   - inverted: The value is foreign units per one local unit (ECB): base = local.
    mutating func add(
        code rawCode: String?, value rawValue: String?, nominal rawNominal: String?, at location: SourceLocation?,
        name: String? = nil, change rawChange: String? = nil, unitValue: String? = nil,
        date itemDate: PartialDate? = nil,
        inverted: Bool = false
    ) {
        guard let code = currency(rawCode, at: location) else { return }
        let valueText = rawValue?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard let value = decimal(valueText), value.value > 0 else {
            warn("malformed rate \"\(valueText)\" for \(code); the rate was skipped", at: location)
            return
        }
        guard let nominal = nominal(rawNominal, for: code, at: location) else { return }
        var change: QuotedDecimal?
        if let rawChange = rawChange?.trimmingCharacters(in: .whitespacesAndNewlines), !rawChange.isEmpty {
            change = decimal(rawChange)
            if change == nil { warn("malformed change \"\(rawChange)\" for \(code) was ignored", at: location) }
        }
        let perUnit = RateCollector.perUnit(value, nominal: nominal)
        let trimmedUnit = unitValue?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let trimmedUnit, !trimmedUnit.isEmpty {
            check(unitValue: trimmedUnit, of: code, value: value, text: valueText, nominal: nominal, at: location)
        }
        let trimmedName = name?.trimmingCharacters(in: .whitespacesAndNewlines)
        let rate = ExchangeRate(
            base: inverted ? local : code, quote: inverted ? code : local, quoted: perUnit, date: itemDate ?? date,
            source: format.source)
        rates.append(
            CentralBankRate(
                rate: rate, rawValue: valueText, nominal: nominal,
                name: trimmedName?.isEmpty == false ? trimmedName : nil,
                change: change, rawUnitValue: trimmedUnit?.isEmpty == false ? trimmedUnit : nil))
    }

    /// The foreign currency of a record, or `nil` with a diagnostic when it is missing, malformed or the
    /// bank's own.
    private mutating func currency(_ rawCode: String?, at location: SourceLocation?) -> CurrencyCode? {
        let codeText = rawCode?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !codeText.isEmpty else {
            warn("a rate without a currency code was skipped", at: location)
            return nil
        }
        guard let code = CurrencyCode(codeText) else {
            warn("malformed currency code \"\(codeText)\"; the rate was skipped", at: location)
            return nil
        }
        guard code != local else {
            diagnostics.append(Diagnostic(.note, at: location, "the bank's own currency \(code) was skipped"))
            return nil
        }
        return code
    }

    /// The nominal of a record (1 when not written), or `nil` with a warning when it is malformed or larger
    /// than ``largestNominal``.
    private mutating func nominal(
        _ rawNominal: String?, for code: CurrencyCode, at location: SourceLocation?
    ) -> Int? {
        let nominalText = rawNominal?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "1"
        guard let nominal = Int(nominalText), nominal >= 1 else {
            warn("malformed nominal \"\(nominalText)\" for \(code); the rate was skipped", at: location)
            return nil
        }
        guard nominal <= RateCollector.largestNominal else {
            warn(
                "nominal \(nominal) for \(code) is larger than \(RateCollector.largestNominal); the rate was skipped",
                at: location)
            return nil
        }
        return nominal
    }

    /// Warns when a stated unit rate (trimmed, not empty) is malformed, or disagrees with `value / nominal` by
    /// more than half its last unit.
    private mutating func check(
        unitValue trimmedUnit: String, of code: CurrencyCode, value: QuotedDecimal, text valueText: String,
        nominal: Int, at location: SourceLocation?
    ) {
        guard let stated = decimal(trimmedUnit) else {
            warn("malformed unit rate \"\(trimmedUnit)\" for \(code) was ignored", at: location)
            return
        }
        var difference = stated.value - value.value / Decimal(nominal)
        if difference < 0 { difference = -difference }
        if difference > stated.halfUnit {
            warn(
                "stated unit rate \"\(trimmedUnit)\" for \(code) disagrees with \(valueText) / \(nominal)",
                at: location)
        }
    }

    /// The rate, or a `ParseError` when nothing usable was read.
    func result() throws -> RateFeed.Result {
        guard !rates.isEmpty else {
            let first = diagnostics.first.map { "; first problem: \($0)" } ?? ""
            throw ParseError(.invalidValue, "no usable rate in the \(format.source) file\(first)")
        }
        return RateFeed.Result(format: format, date: date, rates: rates, diagnostics: diagnostics)
    }

    /// The largest nominal accepted. Banks quote per 1 to 1,000,000 units; a nominal above
    /// 1,000,000,000 is taken for a broken file.
    static let largestNominal = 1_000_000_000

    /// `value / nominal` with the source's decimals plus ⌈log₁₀ nominal⌉ (see ``CentralBankRate``).
    static func perUnit(_ value: QuotedDecimal, nominal: Int) -> QuotedDecimal {
        guard nominal > 1 else { return value }
        var extra = 0
        var power = 1
        while power < nominal {
            power *= 10
            extra += 1
        }
        return QuotedDecimal(value.value / Decimal(nominal), scale: value.fractionDigits + extra, rule: .halfUp)
    }

    /// Reads `yyyy-MM-dd` or a dotted day (``PartialDate/init(dottedDay:)``: `dd.MM.yyyy`, `dd.MM.yy`).
    static func date(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = PartialDate(trimmed), iso.precision == .day { return iso }
        return PartialDate(dottedDay: trimmed[...])
    }
}
