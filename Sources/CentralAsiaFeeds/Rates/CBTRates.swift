import CentralAsiaKit

/// Central Bank of Turkmenistan: `kurs/YYYY/DDMMYYYY.xml`.
///
/// `<date>` is `dd.MM.yyyy` (2024 on) or `yyyy-MM-dd` (2020–23); each `<rate code="…">` gives
/// `rate_tmt` per `multiplier` units. `rate_usd` is ignored: its direction varies by currency.
enum CBTRates {
    static func read(_ root: FeedXMLElement) throws -> RateFeed.Result {
        var collector = RateCollector(format: .cbt, decimalComma: false)
        collector.setDate(root.childText("date"), at: root.child("date")?.location)
        for rate in root.children("rate") {
            collector.add(
                code: rate.attributes["code"], value: rate.childText("rate_tmt"), nominal: rate.childText("multiplier"),
                at: rate.location, name: rate.childText("name"))
        }
        return try collector.result()
    }
}
