import CentralAsiaKit
import Foundation

/// JSON rendering of page documents: pretty for one page, one line per page for corpora.
enum JSONOutput {
    static func pretty(_ page: some Encodable) -> String {
        encode(page, formatting: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    static func line(_ page: some Encodable) -> String {
        encode(page, formatting: [.sortedKeys, .withoutEscapingSlashes])
    }

    private static func encode(_ page: some Encodable, formatting: JSONEncoder.OutputFormatting) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        guard let data = try? encoder.encode(page) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
