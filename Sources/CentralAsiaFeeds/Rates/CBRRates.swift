import CentralAsiaKit

/// Bank of Russia: `XML_daily.asp` and `XML_daily_eng.asp`.
///
/// Raw windows-1251 bytes (decoded by ``FeedXML``), decimal commas, a `Nominal` that changes over
/// the years (KGS 10 → 100), and since 2023 a `<VunitRate>` (= Value ÷ Nominal) that is kept as
/// ``CentralBankRate/rawUnitValue`` and checked against the computed per-unit value.
enum CBRRates {
    static func read(_ root: FeedXMLElement) throws -> RateFeed.Result {
        try ValCursRates.read(root, format: .cbr, decimalComma: true)
    }
}
