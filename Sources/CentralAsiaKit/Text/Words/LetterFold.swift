import Foundation

/// The one fold of letters that names, prose, date phrases and search compare words by: lower case, Latin
/// diacritics removed (`Ü` → `u`, `ş` → `s`, `Ə` → `e`), Cyrillic lower-cased with `ё` as `е` and the
/// letters of Kazakh, Kyrgyz, Uzbek and Tajik kept (`Қ` → `қ`), typographic apostrophes and dashes read
/// as their ASCII forms by the word scanners' gap rules.
///
/// ``WordScanner`` folds Latin and Cyrillic with ``latin(_:)`` and ``cyrillic(_:)`` inline; the date
/// phrases fold Cyrillic with ``cyrillic(_:)``; search and the phrase tables fold whole scalars and words with
/// ``folded(_:)`` and ``folded(word:)``, which add only what the scanners never meet in a name: other
/// scripts through Unicode's case and diacritic folding.
package enum LetterFold {
    /// Base letters of U+00C0…U+017F, lower-case; `.` marks a non-letter (× and ÷).
    private static let latinBase: [UInt8] = Array(
        ("aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuyty"
            + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
            + "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs").utf8)
    /// The first scalar of Latin-1's letters (U+00C0) and of Latin Extended-A (U+0100).
    private static let latinOneFirst: UInt32 = 0x00C0
    private static let extendedAFirst: UInt32 = 0x0100
    /// The first lower-case letter of Latin-1 (`ß`, U+00DF).
    private static let latinOneFirstLower: UInt32 = 0x00DF
    /// The first scalar of the Cyrillic blocks (U+0400) and the span to the end of Cyrillic Supplement (U+052F).
    private static let cyrillicFirst: UInt32 = 0x0400
    private static let cyrillicSpan: UInt32 = 0x052F - 0x0400
    /// The combining diacritical marks (U+0300…U+036F), which a decomposed text writes after its letters
    /// ("u" and U+0308 for "ü"): folded away, as the diacritics of composed letters are.
    private static let combiningDiacritics: ClosedRange<UInt32> = 0x0300...0x036F
    /// The mark of a non-letter in ``latinBase``.
    private static let noLetter = UInt8(ascii: ".")

    /// An ASCII byte folded: a capital letter lower-cased, any other byte as it is.
    @inline(__always)
    static func ascii(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// Folds a Latin letter of U+00C0…U+017F (and `Ə`/`ə`) to its ASCII base (0 when it has none) and tells
    /// whether it is upper-case.
    ///
    /// - Parameter value: The scalar.
    /// - Returns: The base byte, 0 for any other scalar, and whether `value` is upper-case.
    @inline(__always)
    package static func latin(_ value: UInt32) -> (base: UInt8, upper: Bool) {
        switch value {
        case 0x00C0...0x00FF:
            let base = latinBase[Int(value - latinOneFirst)]
            return (base, value < latinOneFirstLower)
        case 0x0100...0x017F:
            let base = latinBase[Int(value - extendedAFirst) + 64]
            let even = value & 1 == 0
            let upper: Bool
            switch value {
            case 0x0138, 0x0149, 0x017F: upper = false
            case 0x0139...0x0148, 0x0179...0x017E: upper = !even
            case 0x0178: upper = true
            default: upper = even
            }
            return (base, upper)
        case 0x018F: return (UInt8(ascii: "e"), true)
        case 0x0259: return (UInt8(ascii: "e"), false)
        default: return (0, false)
        }
    }

    /// Whether a scalar is in the Cyrillic blocks ``cyrillic(_:)`` reads (U+0400…U+052F).
    @inline(__always)
    package static func isCyrillic(_ value: UInt32) -> Bool {
        value &- cyrillicFirst <= cyrillicSpan
    }

    /// Lower-cases a Cyrillic scalar (U+0400…U+052F) and tells whether it was upper-case; `ё` and `Ё`
    /// become `е`, the press's spellings with and without the dots being one word.
    ///
    /// `А`…`Я` and `Ѐ`…`Џ` sit 32 and 80 below their lower-case letters; from U+0460 on, the letters come
    /// in pairs, upper-case first (`Қ қ`, `Ң ң`, `Ө ө`, `Ү ү`, `Ұ ұ`, `Һ һ`, `Ә ә`, `Ғ ғ`, `Ҳ ҳ`, `Ҷ ҷ`,
    /// `Ӯ ӯ`, `Ў ў`), except `Ӏ` (U+04C0, whose small letter is U+04CF) and the run U+04C1…U+04CE, where the
    /// upper-case letter is odd. U+0482…U+0489 (a sign and combining marks) are kept as they are.
    ///
    /// - Parameter value: The scalar.
    /// - Returns: The lower-case scalar and whether `value` was upper-case.
    @inline(__always)
    package static func cyrillic(_ value: UInt32) -> (lower: UInt32, upper: Bool) {
        switch value {
        case 0x0401, 0x0451: return (0x0435, value == 0x0401)
        case 0x0400...0x040F: return (value + 0x50, true)
        case 0x0410...0x042F: return (value + 0x20, true)
        case 0x0430...0x045F, 0x0482...0x0489, 0x04CF: return (value, false)
        case 0x04C0: return (0x04CF, true)
        case 0x04C1...0x04CE: return value & 1 == 1 ? (value + 1, true) : (value, false)
        default: return value & 1 == 0 ? (value + 1, true) : (value, false)
        }
    }

    /// The lead bytes of two-byte scalars: 110xxxxx; their payload bits, and a continuation byte's.
    private static let twoByteLead: UInt8 = 0xC0
    private static let leadPayload: UInt8 = 0x1F
    private static let continuation: UInt8 = 0x80
    private static let continuationPayload: UInt8 = 0x3F

    /// A two-byte letter folded as ``cyrillic(_:)`` folds it: a Cyrillic capital to its small letter, `Ё` and
    /// `ё` to `е`; any other two-byte scalar unchanged. Every letter of U+0400…U+052F is two bytes in either
    /// case, so text folded this way keeps its length.
    ///
    /// - Parameters:
    ///   - lead: The lead byte (110xxxxx).
    ///   - second: The continuation byte.
    /// - Returns: The folded letter's two bytes.
    package static func twoByteLetter(lead: UInt8, _ second: UInt8) -> (UInt8, UInt8) {
        let value = UInt32(lead & leadPayload) << 6 | UInt32(second & continuationPayload)
        guard isCyrillic(value) else { return (lead, second) }
        let lower = cyrillic(value).lower
        return (twoByteLead | UInt8(lower >> 6), continuation | UInt8(lower & UInt32(continuationPayload)))
    }

    /// The folded text of one scalar: ASCII lower-cased, Latin and Cyrillic as ``latin(_:)`` and
    /// ``cyrillic(_:)`` fold them, a combining diacritic to nothing, any other scalar through Unicode's case
    /// and diacritic folding.
    ///
    /// - Parameter scalar: The scalar.
    /// - Returns: Its folded form (empty when folding leaves nothing, as for a lone combining mark).
    package static func folded(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value < 0x80 { return String(Unicode.Scalar(ascii(UInt8(value)))) }
        if isCyrillic(value), let lower = Unicode.Scalar(cyrillic(value).lower) { return String(Character(lower)) }
        if combiningDiacritics.contains(value) { return "" }
        let (base, _) = latin(value)
        if base != 0, base != noLetter { return String(UnicodeScalar(base)) }
        return String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// A word or phrase folded scalar by scalar (``folded(_:)``): how tables of words are stored.
    ///
    /// - Parameter word: The text.
    /// - Returns: The folded text (`"Мирзиёев"` → `"мирзиеев"`, `"Türkiye"` → `"turkiye"`).
    package static func folded(word: String) -> String {
        word.unicodeScalars.map(folded).joined()
    }
}
