public import Foundation

extension Money {
    /// The locale whose conventions ``formatted(locale:)`` and ``init(parsing:currency:locale:)``
    /// use by default: `.` for decimals and `,` between groups of thousands.
    public static let posixLocale = Locale(identifier: "en_US_POSIX")

    /// Formats the amount for people: the code, a space, and the grouped amount with at least the
    /// currency's minor units.
    ///
    /// Digits beyond the minor units are kept, never rounded away silently; call
    /// ``rounded(_:scale:)`` first to drop them.
    ///
    /// ```swift
    /// Money(amount: 1234.5, currency: .kzt).formatted()                                 // "KZT 1,234.50"
    /// Money(amount: 1234.5, currency: .kzt).formatted(locale: Locale(identifier: "de_DE")) // "KZT 1.234,50"
    /// ```
    ///
    /// - Parameter locale: Supplies the decimal and grouping separators.
    /// - Returns: The formatted amount, such as `"KZT 1,234.50"` or `"KZT -12.50"`.
    public func formatted(locale: Locale = Money.posixLocale) -> String {
        let symbols = NumberSymbols(locale)
        let parts = Money.digitParts(of: amount)
        var grouped = ""
        let digits = Array(parts.integer)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += symbols.grouping }
            grouped.append(digit)
        }
        let fraction = Money.padded(parts.fraction, to: minorUnits ?? 0)
        let number = (parts.negative ? "-" : "") + grouped + (fraction.isEmpty ? "" : symbols.decimal + fraction)
        return "\(currency) \(number)"
    }

    /// Parses an amount as people type it, with or without a currency code.
    ///
    /// Accepted: an optional code before or after the number (`"KZT 1,234.50"`, `"1000000 UZS"`,
    /// any letter case), an optional sign (`-`, `+` or `−`), digits grouped by threes with the
    /// locale's grouping separator or a space (`"1,000,000"`, `"1 234,50"` with a locale that uses a
    /// decimal comma), and one decimal separator.
    ///
    /// - Parameters:
    ///   - text: What the user typed.
    ///   - currency: The currency when the text names none.
    ///   - locale: Supplies the decimal and grouping separators.
    /// - Throws: ``MoneyError`` quoting the text when it is not an amount, or names no currency and
    ///   `currency` is `nil`.
    public init(parsing text: String, currency: CurrencyCode? = nil, locale: Locale = Money.posixLocale) throws {
        var words = text.split(whereSeparator: { $0.isWhitespace })
        var code: CurrencyCode?
        if words.count > 1, let first = words.first, let named = Money.code(in: first) {
            code = named
            words.removeFirst()
        } else if words.count > 1, let last = words.last, let named = Money.code(in: last) {
            code = named
            words.removeLast()
        }
        guard let resolved = code ?? currency else {
            throw MoneyError(.invalidAmount, "invalid amount \"\(text)\": no currency code")
        }
        let number = words.joined(separator: " ")
        self.init(amount: try Money.parseAmount(number, locale: locale, quoting: text), currency: resolved)
    }

    /// Parses a number as people type it: `"1,000,000"`, `"-12.5"`, `"1 234,50"` (with a locale that
    /// uses a decimal comma).
    ///
    /// - Parameters:
    ///   - text: The number.
    ///   - locale: Supplies the decimal and grouping separators.
    /// - Returns: The exact value.
    /// - Throws: ``MoneyError`` quoting the text when it is not a number.
    public static func parseAmount(_ text: String, locale: Locale = Money.posixLocale) throws -> Decimal {
        try parseAmount(text, locale: locale, quoting: text)
    }

    private static func code(in word: Substring) -> CurrencyCode? {
        guard word.utf8.count == 3, word.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else {
            return nil
        }
        return CurrencyCode(word.uppercased())
    }

    private static func parseAmount(_ text: String, locale: Locale, quoting original: String) throws -> Decimal {
        let symbols = NumberSymbols(locale)
        func failure(_ reason: String) -> MoneyError {
            MoneyError(.invalidAmount, "invalid amount \"\(original)\": \(reason)")
        }
        var scalars = Array(text.unicodeScalars.drop(while: { $0.properties.isWhitespace }))
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        var index = 0
        var negative = false
        if index < scalars.count, ["-", "+", "\u{2212}"].contains(scalars[index]) {
            negative = scalars[index] != "+"
            index += 1
        }
        var integer = ""
        var fraction = ""
        var inFraction = false
        var groups: [Int] = [0]
        var sawGrouping = false
        while index < scalars.count {
            let scalar = scalars[index]
            let character = String(scalar)
            if ("0"..."9").contains(scalar) {
                if inFraction {
                    fraction.unicodeScalars.append(scalar)
                } else {
                    integer.unicodeScalars.append(scalar)
                    groups[groups.count - 1] += 1
                }
            } else if character == symbols.decimal, !inFraction {
                inFraction = true
            } else if !inFraction, character == symbols.grouping || NumberSymbols.spaces.contains(scalar) {
                sawGrouping = true
                groups.append(0)
            } else {
                throw failure("unexpected \"\(character)\"")
            }
            index += 1
        }
        guard !integer.isEmpty || !fraction.isEmpty else { throw failure("no digits") }
        if inFraction, fraction.isEmpty { throw failure("no digits after the decimal separator") }
        if sawGrouping {
            let first = groups[0]
            guard (1...3).contains(first), groups.dropFirst().allSatisfy({ $0 == 3 }) else {
                throw failure("digit groups after a separator need three digits")
            }
        }
        let plain = (negative ? "-" : "") + (integer.isEmpty ? "0" : integer) + (fraction.isEmpty ? "" : "." + fraction)
        guard let value = QuotedDecimal(plain)?.value else { throw failure("not a number") }
        return value
    }
}

/// The decimal and grouping separators of a locale, with POSIX-like fallbacks.
struct NumberSymbols {
    /// Spaces accepted between digit groups whatever the locale.
    static let spaces: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}"]

    let decimal: String
    let grouping: String

    init(_ locale: Locale) {
        let decimal = locale.decimalSeparator ?? "."
        self.decimal = decimal.isEmpty ? "." : decimal
        let grouping = locale.groupingSeparator ?? ""
        if grouping.isEmpty || grouping == self.decimal {
            self.grouping = self.decimal == "," ? "\u{00A0}" : ","
        } else {
            self.grouping = grouping
        }
    }
}
