public import CentralAsiaKit

extension RateFeed {
    /// A central-bank file format, as an open set.
    ///
    /// JSON: the name as a string (`"cbr"`), through `RawRepresentable`'s coding.
    ///
    /// Each format knows its bank (the ``source`` written into every rate) and the bank's
    /// currency (the quote of every rate it reads, except the ECB's, whose base is EUR).
    public struct Format: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The format's name (`"cbr"`).
        public var rawValue: String

        /// Creates a format from its name.
        ///
        /// - Parameter rawValue: The name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The name.
        public var description: String { rawValue }

        /// National Bank of Kazakhstan, RSS `rates_all.xml` (per-item `pubDate`).
        public static let nbkRSS = Format(rawValue: "nbkRSS")
        /// National Bank of Kazakhstan, dated `get_rates.cfm?fdate=` (`<rates>` root).
        public static let nbkDated = Format(rawValue: "nbkDated")
        /// Central Bank of Uzbekistan, JSON.
        public static let cbuJSON = Format(rawValue: "cbuJSON")
        /// National Bank of the Kyrgyz Republic, `daily.xml`.
        public static let nbkrDaily = Format(rawValue: "nbkrDaily")
        /// National Bank of the Kyrgyz Republic, `weekly.xml` (`ValidFor`).
        public static let nbkrWeekly = Format(rawValue: "nbkrWeekly")
        /// National Bank of Tajikistan, `export_xml.php`.
        public static let nbt = Format(rawValue: "nbt")
        /// Central Bank of Turkmenistan, `kurs/YYYY/DDMMYYYY.xml`.
        public static let cbt = Format(rawValue: "cbt")
        /// Bank of Russia, `XML_daily.asp` (Russian or English names).
        public static let cbr = Format(rawValue: "cbr")
        /// European Central Bank, `eurofxref-daily.xml`.
        public static let ecb = Format(rawValue: "ecb")

        /// Every built-in format.
        public static let all: [Format] = [
            .nbkRSS, .nbkDated, .cbuJSON, .nbkrDaily, .nbkrWeekly, .nbt, .cbt, .cbr, .ecb,
        ]

        /// The bank, as written into `ExchangeRate/source` (`"CBR"`).
        public var source: String {
            switch self {
            case .nbkRSS, .nbkDated: return "NBK"
            case .cbuJSON: return "CBU"
            case .nbkrDaily, .nbkrWeekly: return "NBKR"
            case .nbt: return "NBT"
            case .cbt: return "CBT"
            case .cbr: return "CBR"
            case .ecb: return "ECB"
            default: return rawValue
            }
        }

        /// The bank's own currency (`RUB` for the CBR), `nil` for a format this module does not know.
        public var localCurrency: CurrencyCode? {
            switch self {
            case .nbkRSS, .nbkDated: return .kzt
            case .cbuJSON: return .uzs
            case .nbkrDaily, .nbkrWeekly: return .kgs
            case .nbt: return .tjs
            case .cbt: return .tmt
            case .cbr: return .rub
            case .ecb: return .eur
            default: return nil
            }
        }
    }
}
