import CentralAsiaKit

/// The `--json` object: the amount, the currencies, the value and bounds at the target currency's
/// minor units, the path and the latest rate date (`null` when the rates are undated).
struct FXDocument: Encodable {
    var amount: QuotedDecimal
    var from: CurrencyCode
    var to: CurrencyCode
    var value: QuotedDecimal
    var low: QuotedDecimal
    var high: QuotedDecimal
    var path: [CurrencyCode]
    var date: PartialDate?

    init(_ conversion: Conversion) {
        let shown = conversion.roundedToMinorUnits
        amount = QuotedDecimal(conversion.amount.amount)
        from = conversion.amount.currency
        to = conversion.value.currency
        (value, low, high) = shown
        path = conversion.path
        date = conversion.latestDate
    }

    private enum CodingKeys: String, CodingKey {
        case amount, from, to, value, low, high, path, date
    }

    /// Writes every key, `"date": null` included.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(amount, forKey: .amount)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(value, forKey: .value)
        try container.encode(low, forKey: .low)
        try container.encode(high, forKey: .high)
        try container.encode(path, forKey: .path)
        try container.encode(date, forKey: .date)
    }
}

/// The text output: the conversion, its bounds, its path and its rates.
struct FXText {
    let conversion: Conversion
    let request: FXRequest

    init(_ conversion: Conversion, request: FXRequest) {
        self.conversion = conversion
        self.request = request
    }

    var text: String {
        let shown = request.significant ? conversion.rounded : conversion.roundedToMinorUnits
        let target = conversion.value.currency
        var lines = [
            "\(conversion.amount) = \(target) \(shown.value)",
            "  between \(shown.low) and \(shown.high) \(target)",
            "  path: \(conversion.path.map(\.rawValue).joined(separator: " → "))",
        ]
        for rate in conversion.rates {
            lines.append("  rate: \(rate)" + (rate.date.map { " on \($0)" } ?? ""))
        }
        if conversion.isCarriedForward, let on = request.date {
            lines.append("  note: no rate on \(on); the latest earlier rate was carried forward")
        }
        return lines.joined(separator: "\n")
    }
}
