import CentralAsiaFeeds
import CentralAsiaKit
import ExampleSupport
import Foundation

/// Reads the rates of a `--rates` file: a central-bank rate file (NBK, CBU, NBKR, NBT, CBT, CBR,
/// ECB), a page with a ticker (dated by the page's date line), or any text holding ticker lines.
enum RatesFile {
    /// The rates of a `--rates` file, or the bundled rates when `path` is `nil`.
    ///
    /// - Throws: A failure ``CommandError`` when the file cannot be read, is malformed or holds no rates.
    static func rates(at path: String?) throws(CommandError) -> [ExchangeRate] {
        let data: Data
        if let path {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw .failure("cannot read rates file \"\(path)\"")
            }
            data = contents
        } else {
            data = Data(bundledRates.utf8)
        }
        let rates: [ExchangeRate]
        do {
            rates = try RatesFile.rates(in: data)
        } catch {
            let reason = (error as? ParseError)?.message ?? "\(error)"
            throw .failure("cannot read rates from \"\(path ?? "bundled rates")\": \(reason)")
        }
        if rates.isEmpty, let path { throw .failure("no rates in \"\(path)\"") }
        return rates
    }

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
