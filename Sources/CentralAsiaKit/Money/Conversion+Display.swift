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

    /// The number of decimal places of the target currency's minor units, its ISO 4217 exponent
    /// (2 for KGS, 0 for JPY, 3 for KWD).
    ///
    /// Where the built-in ``Currency`` table gives no minor units (gold, SDR, a code newer than the
    /// table) this is ``justifiedScale``.
    public var minorUnitScale: Int {
        Currency(value.currency)?.minorUnits ?? justifiedScale
    }

    /// ``value``, ``low`` and ``high`` rounded to ``justifiedScale`` places for display: the
    /// significant-figures view, as many digits as the rates' precision supports.
    ///
    /// 1000 KZT at KZT/USD `0.00191` and KGS/USD `0.01144` is `167.0`, between `166.4` and
    /// `167.5` KGS. See ``rounded(toScale:)`` for the rounding.
    public var rounded: (value: QuotedDecimal, low: QuotedDecimal, high: QuotedDecimal) {
        rounded(toScale: justifiedScale)
    }

    /// ``value``, ``low`` and ``high`` at the target currency's minor units (``minorUnitScale``
    /// places): the amount a user converting money expects, with the bounds rounded outward.
    ///
    /// 1000 KZT at KZT/USD `0.00191` and KGS/USD `0.01144` is `166.96`, between `166.44` and
    /// `167.47` KGS. See ``rounded(toScale:)`` for the rounding.
    public var roundedToMinorUnits: (value: QuotedDecimal, low: QuotedDecimal, high: QuotedDecimal) {
        rounded(toScale: minorUnitScale)
    }

    /// ``value``, ``low`` and ``high`` rounded to a number of decimal places, as quoted decimals
    /// with exactly that many places.
    ///
    /// The value rounds half-even; the low bound rounds towards negative infinity and the high bound
    /// towards positive infinity, so the rounded bounds still hold the true value, for negative
    /// amounts too (`-167.468` rounds to a low bound of `-167.47`).
    ///
    /// - Parameter scale: The number of decimal places, 0 or more (a negative scale counts as 0).
    /// - Returns: The rounded value and bounds.
    public func rounded(toScale scale: Int) -> (value: QuotedDecimal, low: QuotedDecimal, high: QuotedDecimal) {
        let places = Swift.max(0, scale)
        return (
            QuotedDecimal(value.amount, scale: places),
            QuotedDecimal(Conversion.round(low, places, .down), scale: places),
            QuotedDecimal(Conversion.round(high, places, .up), scale: places)
        )
    }

    /// Rounds towards negative infinity (`.down`) or positive infinity (`.up`), whatever the sign.
    private static func round(_ value: Decimal, _ scale: Int, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, scale, mode)
        return output
    }
}
