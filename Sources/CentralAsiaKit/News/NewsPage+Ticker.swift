extension NewsPage {
    /// The ticker's quotes, each dated by the page's ``date`` when the ticker line gave none: the
    /// rates a page shows are the rates of its day. Empty when the page has no ticker.
    public var datedTickerQuotes: [ExchangeRate] {
        (ticker?.quotes ?? []).map { quote in
            var dated = quote
            if dated.date == nil { dated.date = date }
            return dated
        }
    }
}
