import CentralAsiaKit

/// National Bank of Tajikistan: `export_xml.php`.
///
/// `<ValCurs Date="yyyy-MM-dd">` with `<Valute ID="…">`, `<CharCode>`, `<Nominal>`, `<Name>`,
/// `<Value>`. The `ID` is not a reliable ISO number (RUB comes as 810), so rates are keyed on
/// `CharCode` alone.
enum NBTRates {
    static func read(_ root: FeedXMLElement) throws -> RateFeed.Result {
        try ValCursRates.read(root, format: .nbt, decimalComma: false)
    }
}

/// The `<ValCurs>` layout that the NBT copied from the Bank of Russia.
enum ValCursRates {
    static func read(_ root: FeedXMLElement, format: RateFeed.Format, decimalComma: Bool) throws -> RateFeed.Result {
        var collector = RateCollector(format: format, decimalComma: decimalComma)
        collector.setDate(root.attributes["Date"], at: root.location)
        for valute in root.children("Valute") {
            collector.add(
                code: valute.childText("CharCode"), value: valute.childText("Value"),
                nominal: valute.childText("Nominal"), at: valute.location, name: valute.childText("Name"),
                unitValue: valute.childText("VunitRate"))
        }
        return try collector.result()
    }
}
