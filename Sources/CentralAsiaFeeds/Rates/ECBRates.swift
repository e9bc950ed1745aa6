import CentralAsiaKit

/// European Central Bank: `eurofxref-daily.xml`.
///
/// A gesmes envelope with the default namespace of the eurofxref vocabulary; `<Cube time='…'>`
/// holds `<Cube currency='USD' rate='1.1252'/>`, foreign units per one euro. So here the base is
/// EUR and the quote is the listed currency.
enum ECBRates {
    static let namespace = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref"

    static func read(_ root: FeedXMLElement) throws -> RateFeed.Result {
        var collector = RateCollector(format: .ecb, decimalComma: false)
        guard let day = timeCube(in: root) else {
            throw ParseError(.wrongFormat, "the ECB file has no <Cube time='…'> element")
        }
        collector.setDate(day.attributes["time"], at: day.location)
        for cube in day.children("Cube") {
            collector.add(
                code: cube.attributes["currency"], value: cube.attributes["rate"], nominal: nil, at: cube.location,
                inverted: true)
        }
        return try collector.result()
    }

    static func timeCube(in element: FeedXMLElement) -> FeedXMLElement? {
        if element.name == "Cube", element.attributes["time"] != nil { return element }
        for child in element.children {
            if let found = timeCube(in: child) { return found }
        }
        return nil
    }
}
