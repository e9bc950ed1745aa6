import CentralAsiaKit

/// National Bank of Kazakhstan: the RSS `rates_all.xml` and the dated `get_rates.cfm` file.
///
/// Items: `title` = code, `description` = KZT per `quant` units, `change` = absolute change.
/// `rates_all` dates each item (`pubDate`, `dd.MM.yy` or `dd.MM.yyyy`) and keeps retired
/// currencies with their last date: an item older than the newest date is skipped with a note.
enum NBKRates {
    static func read(_ root: FeedXMLElement, format: RateFeed.Format) throws -> RateFeed.Result {
        var collector = RateCollector(format: format, decimalComma: false)
        let items: [FeedXMLElement]
        var itemDates: [PartialDate?] = []
        if format == .nbkRSS {
            items = root.child("channel")?.children("item") ?? []
            for item in items {
                let raw = item.childText("pubDate")
                let date = raw.flatMap(RateCollector.date)
                if let raw, date == nil {
                    collector.warn("malformed date \"\(raw)\" for \(item.childText("title") ?? "?")", at: item.location)
                }
                itemDates.append(date)
            }
            collector.date = itemDates.compactMap { $0 }.max()
        } else {
            items = root.children("item")
            collector.setDate(root.childText("date"), at: root.child("date")?.location)
        }
        for (index, item) in items.enumerated() {
            let itemDate = index < itemDates.count ? itemDates[index] : nil
            if let itemDate, let feedDate = collector.date, itemDate < feedDate {
                collector.diagnostics.append(
                    Diagnostic(
                        .note, at: item.location,
                        "\(item.childText("title") ?? "?") is dated \(itemDate), older than the feed's \(feedDate); skipped as retired"
                    ))
                continue
            }
            collector.add(
                code: item.childText("title"), value: item.childText("description"), nominal: item.childText("quant"),
                at: item.location, name: item.childText("fullname"), change: item.childText("change"))
        }
        return try collector.result()
    }
}
