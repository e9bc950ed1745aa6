import Foundation

extension Conversion {
    /// The number of decimal places the bounds justify: one place past the leading digit of the
    /// bounds' width (`75…85` → 0 places, so `80`; a width of `0.18` → 2 places).
    ///
    /// An exact conversion (zero width) keeps the target currency's minor units (2 when unknown).
    public var justifiedScale: Int {
        let width = high - low
        guard width > 0 else { return Currency(value.currency)?.minorUnits ?? 2 }
        // The exponent of the width's leading digit: 10 → 1, 0.18 → -1.
        var exponent = 0
        var scaled = width
        while scaled >= 10 && exponent < 40 {
            scaled /= 10
            exponent += 1
        }
        while scaled < 1 && exponent > -40 {
            scaled *= 10
            exponent -= 1
        }
        return Swift.max(0, 1 - exponent)
    }

    /// ``value``, ``low`` and ``high`` rounded to ``justifiedScale`` places for display, as
    /// quoted decimals with exactly that many places: the value half-even, the low bound down and
    /// the high bound up, so the rounded bounds still hold the true value.
    public var rounded: (value: QuotedDecimal, low: QuotedDecimal, high: QuotedDecimal) {
        let scale = justifiedScale
        return (
            QuotedDecimal(value.amount, scale: scale),
            QuotedDecimal(Conversion.round(low, scale, .down), scale: scale),
            QuotedDecimal(Conversion.round(high, scale, .up), scale: scale)
        )
    }

    private static func round(_ value: Decimal, _ scale: Int, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, scale, mode)
        return output
    }
}
