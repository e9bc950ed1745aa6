public import Foundation

/// An exact decimal number together with the text it was quoted as.
///
/// Sources quote rates and changes with a fixed number of decimals: `0.00008` has five decimals and
/// one significant digit, and `-0` (a tiny negative rounded to zero) is not the same quote as `0`.
/// `Decimal` alone loses both facts; a `QuotedDecimal` keeps them.
///
/// Accepted text: an optional sign (`-` or `+`), digits, and an optional `.` followed by digits.
/// JSON: the quoted text as a string, `"0.00008"`, `"-0"`.
public struct QuotedDecimal: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The text as quoted (a leading `+` is dropped).
    public let text: String
    /// The exact value.
    public let value: Decimal

    /// Parses a quoted decimal.
    ///
    /// - Parameter text: An optional sign, digits, and an optional `.` followed by digits.
    /// - Returns: `nil` for anything else (`"1,5"`, `"0.0O191"`, `""`, `"1e5"`).
    public init?(_ text: String) {
        var utf8 = text
        guard let shape = utf8.withUTF8(QuotedDecimal.Shape.init) else { return nil }
        let normalised = shape.hasPlusSign ? String(text.utf8.dropFirst()) ?? text : text
        if shape.digits <= Shape.exactDigits {
            // Exact and much faster than parsing the text again.
            value = Decimal(
                sign: shape.isNegative && shape.mantissa != 0 ? .minus : .plus, exponent: -shape.digitsAfterPoint,
                significand: Decimal(shape.mantissa))
        } else {
            guard let parsed = Decimal(string: normalised, locale: QuotedDecimal.posix) else { return nil }
            value = parsed
        }
        self.text = normalised
    }

    /// What one pass over the bytes of a quoted decimal finds (read from the bytes: iterating a
    /// short string's UTF-8 view cost more than the rest of the parse).
    private struct Shape {
        /// The most digits whose value fits the 64-bit mantissa exactly.
        static let exactDigits = 19
        var digits = 0
        var digitsAfterPoint = 0
        var isNegative = false
        var hasPlusSign = false
        var mantissa: UInt64 = 0

        /// Reads an optional sign, digits, and an optional `.` followed by digits; `nil` otherwise.
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            var sawPoint = false
            for (position, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "-") where position == 0:
                    isNegative = true
                case UInt8(ascii: "+") where position == 0:
                    hasPlusSign = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                    if sawPoint { digitsAfterPoint += 1 }
                    if digits <= Shape.exactDigits { mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0")) }
                case UInt8(ascii: ".") where !sawPoint && digits > 0:
                    sawPoint = true
                default:
                    return nil
                }
            }
            guard digits > 0, !sawPoint || digitsAfterPoint > 0 else { return nil }
        }
    }

    /// Quotes an exact value in its shortest plain form (`Decimal`'s own description).
    ///
    /// - Parameter value: The value.
    public init(_ value: Decimal) {
        self.value = value
        self.text = QuotedDecimal.plainText(value)
    }

    /// Quotes a value rounded to exactly `scale` decimal places (`813` at scale 1 is `"813.0"`), as
    /// a source with a fixed number of decimals would print it.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - scale: The number of decimal places, 0 or more.
    ///   - rule: How to round (half-even by default), acting on the magnitude as ``Money`` does.
    public init(_ value: Decimal, scale: Int, rule: RoundingRule = .halfEven) {
        let places = Swift.max(0, scale)
        let rounded = Money.round(value, scale: places, rule: rule)
        var text = QuotedDecimal.plainText(rounded)
        let point = text.firstIndex(of: ".")
        let present = point.map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        if places > 0 {
            if point == nil { text += "." }
            text += String(repeating: "0", count: places - present)
        }
        self.value = rounded
        self.text = text
    }

    /// The number of digits after the decimal point as quoted (`0.00008` → 5, `12` → 0).
    public var fractionDigits: Int {
        guard let point = text.utf8.firstIndex(of: 0x2E) else { return 0 }
        return text.utf8.distance(from: point, to: text.utf8.endIndex) - 1
    }

    /// The number of significant digits as quoted (`0.00008` → 1, `87.4500` → 6, `0` → 0).
    public var significantDigits: Int {
        var count = 0
        var leading = true
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 {
            if leading && byte == 0x30 { continue }
            leading = false
            count += 1
        }
        return count
    }

    /// Half a unit in the last quoted place: how far the true value may lie from a rounded quote
    /// (`0.00008` → `0.000005`, `87.45` → `0.005`, `12` → `0.5`).
    public var halfUnit: Decimal {
        Decimal(sign: .plus, exponent: -(fractionDigits + 1), significand: 5)
    }

    /// Whether the quote carries a minus sign, including `-0`.
    public var isNegative: Bool { text.utf8.first == UInt8(ascii: "-") }

    /// The text as quoted.
    public var description: String { text }

    /// Two quotes are equal when their texts are: `0.5` and `0.50` differ in precision.
    public static func == (lhs: QuotedDecimal, rhs: QuotedDecimal) -> Bool { lhs.text == rhs.text }

    /// Hashes the quoted text, as `==` compares it.
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// Orders quotes by value, then by text so that the order agrees with `==`.
    public static func < (lhs: QuotedDecimal, rhs: QuotedDecimal) -> Bool {
        lhs.value != rhs.value ? lhs.value < rhs.value : lhs.text < rhs.text
    }

    /// Decodes a quote from its string.
    ///
    /// - Throws: `DecodingError.dataCorrupted` quoting the value when it is not a plain decimal.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let quote = QuotedDecimal(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "invalid decimal \"\(text)\"; expected digits with an optional sign and point")
        }
        self = quote
    }

    /// Encodes the quote as its text.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// `Decimal`'s plain text form, which never uses an exponent.
    static func plainText(_ value: Decimal) -> String {
        var copy = value
        return NSDecimalString(&copy, posix)
    }

    /// The locale of plain decimal text (`.` as the separator).
    static let posix = Money.posixLocale
}
