/// A currency of the ISO 4217 list: its code, numeric code, minor units and English name.
///
/// The built-in table (``all``) is generated from the ISO 4217 maintenance agency's "List One" by
/// `Scripts/generate-currencies.py`; ``tablePublicationDate`` says which edition. Codes newer than
/// the table are still valid ``CurrencyCode`` values; they just have no `Currency`.
///
/// ```swift
/// Currency(.kzt)?.minorUnits   // 2
/// Currency(numericCode: 860)?.code  // UZS
/// ```
///
/// JSON: `{"code": "KZT", "numericCode": 398, "minorUnits": 2, "name": "Tenge"}`; `minorUnits` is
/// `null` where the list says "N.A." (gold, SDR, …).
public struct Currency: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The alphabetic code.
    public var code: CurrencyCode
    /// The ISO 4217 numeric code (398 for KZT).
    public var numericCode: Int
    /// The number of digits after the decimal point, or `nil` where the list says "N.A.".
    public var minorUnits: Int?
    /// The currency's English name as the list gives it ("Tenge", "US Dollar").
    public var name: String

    /// Creates a currency.
    ///
    /// - Parameters:
    ///   - code: The alphabetic code.
    ///   - numericCode: The numeric code.
    ///   - minorUnits: The digits after the decimal point, or `nil` when not applicable.
    ///   - name: The English name.
    public init(code: CurrencyCode, numericCode: Int, minorUnits: Int?, name: String) {
        self.code = code
        self.numericCode = numericCode
        self.minorUnits = minorUnits
        self.name = name
    }

    /// Looks a currency up in the built-in table by its code.
    ///
    /// - Parameter code: The alphabetic code.
    /// - Returns: `nil` when the table does not list the code.
    public init?(_ code: CurrencyCode) {
        guard let index = Currency.indexByCode[code] else { return nil }
        self = Currency.all[index]
    }

    /// Looks a currency up in the built-in table by its numeric code.
    ///
    /// - Parameter numericCode: The numeric code (860 for UZS).
    /// - Returns: `nil` when the table does not list the number.
    public init?(numericCode: Int) {
        guard let index = Currency.indexByNumber[numericCode] else { return nil }
        self = Currency.all[index]
    }

    /// Whether the built-in table lists a code.
    ///
    /// - Parameter code: The alphabetic code.
    /// - Returns: `true` for an ISO 4217 code of the table's edition.
    public static func isKnown(_ code: CurrencyCode) -> Bool { indexByCode[code] != nil }

    /// The code closest to a mistyped one, for "did you mean" messages.
    ///
    /// Candidates are the codes in `preferred` first, then the built-in table; a candidate is close
    /// when it differs from `text` (upper-cased) in one letter, or has two neighbouring letters swapped.
    ///
    /// - Parameters:
    ///   - text: What the user typed.
    ///   - preferred: Codes to try first, such as those that have rates.
    /// - Returns: The suggestion, or `nil` when nothing is close or `text` is itself a known code.
    public static func suggestion(for text: String, preferring preferred: [CurrencyCode] = []) -> CurrencyCode? {
        let typed = Array(text.uppercased().utf8)
        guard typed.count == 3 else { return nil }
        func isClose(_ candidate: CurrencyCode) -> Bool {
            let letters = Array(candidate.rawValue.utf8)
            var differences: [Int] = []
            for index in 0..<3 where letters[index] != typed[index] { differences.append(index) }
            if differences.count == 1 { return true }
            if differences.count == 2, differences[1] == differences[0] + 1 {
                return letters[differences[0]] == typed[differences[1]]
                    && letters[differences[1]] == typed[differences[0]]
            }
            return false
        }
        if let exact = CurrencyCode(String(decoding: typed, as: UTF8.self)),
            isKnown(exact) || preferred.contains(exact)
        {
            return nil
        }
        if let match = preferred.sorted().first(where: isClose) { return match }
        return all.first { isClose($0.code) }?.code
    }

    /// The code and name: `"KZT (Tenge)"`.
    public var description: String { "\(code) (\(name))" }

    private enum CodingKeys: String, CodingKey {
        case code, numericCode, minorUnits, name
    }

    /// Decodes a currency from its JSON document.
    ///
    /// - Throws: `DecodingError` for a malformed code or a missing field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(CurrencyCode.self, forKey: .code)
        numericCode = try container.decode(Int.self, forKey: .numericCode)
        minorUnits = try container.decodeIfPresent(Int.self, forKey: .minorUnits)
        name = try container.decode(String.self, forKey: .name)
    }

    /// Encodes the currency as its JSON document (`minorUnits` is `null` when not applicable).
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(numericCode, forKey: .numericCode)
        try container.encode(minorUnits, forKey: .minorUnits)
        try container.encode(name, forKey: .name)
    }

    private static let indexByCode: [CurrencyCode: Int] = Dictionary(
        all.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { first, _ in first })

    private static let indexByNumber: [Int: Int] = Dictionary(
        all.enumerated().map { ($0.element.numericCode, $0.offset) }, uniquingKeysWith: { first, _ in first })
}
