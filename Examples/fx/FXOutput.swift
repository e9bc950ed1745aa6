import CentralAsiaKit

/// The `--json` object: the amount, the currencies, the value and bounds at the target currency's
/// minor units, the path and the latest rate date (`null` when the rates are undated).
struct FXDocument: Encodable {
    let conversion: Conversion

    init(_ conversion: Conversion) { self.conversion = conversion }

    private enum CodingKeys: String, CodingKey {
        case amount, from, to, value, low, high, path, date
    }

    /// Writes every key, `"date": null` included.
    func encode(to encoder: any Encoder) throws {
        let shown = conversion.roundedToMinorUnits
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(QuotedDecimal(conversion.amount.amount), forKey: .amount)
        try container.encode(conversion.amount.currency, forKey: .from)
        try container.encode(conversion.value.currency, forKey: .to)
        try container.encode(shown.value, forKey: .value)
        try container.encode(shown.low, forKey: .low)
        try container.encode(shown.high, forKey: .high)
        try container.encode(conversion.path, forKey: .path)
        try container.encode(conversion.latestDate, forKey: .date)
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
