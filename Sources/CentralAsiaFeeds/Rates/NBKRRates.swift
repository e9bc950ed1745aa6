import CentralAsiaKit

/// National Bank of the Kyrgyz Republic: `daily.xml` and `weekly.xml`.
///
/// `<CurrencyRates Date="dd.MM.yyyy">` (the effective date) with `<Currency ISOCode="USD">`,
/// `<Nominal>`, `<Value>` in decimal-comma form (`87,4500`), and in the weekly file `<ValidFor>`.
enum NBKRRates {
    static func read(_ root: FeedXMLElement, format: RateFeed.Format) throws -> RateFeed.Result {
        var collector = RateCollector(format: format, decimalComma: true)
        collector.setDate(root.attributes["Date"], at: root.location)
        for currency in root.children("Currency") {
            collector.add(
                code: currency.attributes["ISOCode"], value: currency.childText("Value"),
                nominal: currency.childText("Nominal"), at: currency.location)
        }
        return try collector.result()
    }
}
