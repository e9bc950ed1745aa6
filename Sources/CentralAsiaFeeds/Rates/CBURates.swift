import CentralAsiaKit
import Foundation

/// Central Bank of Uzbekistan: the JSON archive (`arkhiv-kursov-valyut/json/…`).
///
/// An array of objects (or one object for a single currency) whose values are all strings,
/// non-ASCII names sent as `\u` escapes: `Ccy`, `Nominal`, `Rate` (UZS per `Nominal` units),
/// `Diff` (absolute change), `Date` (`dd.MM.yyyy`), `CcyNm_EN`.
enum CBURates {
    static func read(_ data: Data, json: Any) throws -> RateFeed.Result {
        var collector = RateCollector(format: .cbuJSON, decimalComma: false)
        let objects: [Any] = (json as? [Any]) ?? [json]
        let locations = JSONItemLocator.itemLocations(Array(data))
        for (index, element) in objects.enumerated() {
            let location = index < locations.count ? locations[index] : nil
            guard let object = element as? [String: Any] else {
                collector.warn("item \(index + 1) is not an object; skipped", at: location)
                continue
            }
            func field(_ key: String) -> String? {
                switch object[key] {
                case let text as String:
                    return text
                case let number as NSNumber:
                    collector.diagnostics.append(
                        Diagnostic(.note, at: location, "\"\(key)\" is a number (\(number)), not a string"))
                    return number.stringValue
                default:
                    return nil
                }
            }
            let itemDate = field("Date").flatMap(RateCollector.date)
            if collector.date == nil { collector.date = itemDate }
            collector.add(
                code: field("Ccy"), value: field("Rate"), nominal: field("Nominal"), at: location,
                name: field("CcyNm_EN"), change: field("Diff"), date: itemDate)
        }
        return try collector.result()
    }
}

/// Finds where the items of a top-level JSON array start, so diagnostics can point at them.
enum JSONItemLocator {
    static func itemLocations(_ bytes: [UInt8]) -> [SourceLocation] {
        var locations: [SourceLocation] = []
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    if depth == 0 && byte == UInt8(ascii: "{") || depth == 1 {
                        let column = TextScanner.column(in: bytes, from: lineStart, to: index)
                        locations.append(SourceLocation(offset: index, line: line, column: column))
                    }
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                case 0x0A:
                    line += 1
                    lineStart = index + 1
                default: break
                }
            }
            index += 1
        }
        return locations
    }
}
