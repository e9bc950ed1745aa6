/// How ``Money/rounded(_:scale:)`` rounds an amount to a number of decimals.
///
/// The set is closed on purpose (these are the four rules money code needs, and each has one exact
/// meaning), so it is an enum that callers may `switch` over exhaustively. Rules act on the
/// magnitude, so a negative amount rounds like its positive mirror image:
///
/// | amount | halfEven | halfUp | down | up |
/// |---|---|---|---|---|
/// | 2.345 | 2.34 | 2.35 | 2.34 | 2.35 |
/// | 2.355 | 2.36 | 2.36 | 2.35 | 2.36 |
/// | -2.345 | -2.34 | -2.35 | -2.34 | -2.35 |
///
/// JSON: the case name, `"halfEven"`.
public enum RoundingRule: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Nearest; ties go to the even neighbour (banker's rounding).
    case halfEven
    /// Nearest; ties go away from zero (commercial rounding).
    case halfUp
    /// Towards zero (truncation).
    case down
    /// Away from zero.
    case up

    /// The case name.
    public var description: String { rawValue }
}
