import CentralAsiaFeeds
import CentralAsiaKit
import Foundation

/// Reads the rates of a `--rates` file: a central-bank rate file (NBK, CBU, NBKR, NBT, CBT, CBR,
/// ECB), a page with a ticker (dated by the page's date line), or any text holding ticker lines.
enum RatesFile {
    /// The rates of a file's bytes.
    ///
    /// - Throws: `ParseError` when a rate file is malformed or the page is over a limit.
    static func rates(in data: Data) throws -> [ExchangeRate] {
        if RateFeed.detect(data) != nil {
            return try RateFeed.parse(data).exchangeRates
        }
        let page = try PageParser().parse(data)
        if page.ticker != nil { return page.datedTickerQuotes }
        return TickerParser.parse(bytes: [UInt8](data)).ticker?.quotes ?? []
    }
}
