import CentralAsiaKit
public import Foundation

/// Reads the daily rate files of central banks into per-unit ``CentralBankRate`` values.
///
/// Supported: NBK (Kazakhstan, both forms), CBU (Uzbekistan, JSON), NBKR (Kyrgyzstan, daily and
/// weekly), NBT (Tajikistan), CBT (Turkmenistan), CBR (Russia) and ECB. The format is recognised
/// from the content, never from a file name; a file of another kind gets a `ParseError` that says
/// what was found.
///
/// ```swift
/// let result = try RateFeed.parse(data)
/// for rate in result.exchangeRates { print(rate) }   // "KZT/RUB 0.163172"
/// ```
public enum RateFeed {
    /// Recognises the format of a rate file from its content.
    ///
    /// - Parameter data: The file's bytes.
    /// - Returns: The format, or `nil` when the bytes are not a known rate file.
    public static func detect(_ data: Data) -> Format? {
        guard let input = try? Input(data) else { return nil }
        return input.format
    }

    /// Reads a rate file of any supported format.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - limits: Limits for XML input.
    /// - Returns: The rates read and the diagnostics for what was skipped.
    /// - Throws: `ParseError` when the bytes are no known rate file (`wrongFormat`), break the
    ///   XML limits or encoding rules, or hold no usable rate (`invalidValue`).
    public static func parse(_ data: Data, limits: FeedXML.Limits = .standard) throws -> Result {
        let input = try Input(data, limits: limits)
        guard let format = input.format else {
            throw ParseError(.wrongFormat, "not a known central-bank rate file: \(input.summary)")
        }
        return try read(input, as: format)
    }

    /// Reads a rate file that must be of one format.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - format: The format expected.
    ///   - limits: Limits for XML input.
    /// - Returns: The rates read and the diagnostics for what was skipped.
    /// - Throws: `ParseError` of kind `wrongFormat` when the content is of another format, as for
    ///   ``parse(_:limits:)`` otherwise.
    public static func parse(_ data: Data, as format: Format, limits: FeedXML.Limits = .standard) throws -> Result {
        let input = try Input(data, limits: limits)
        guard input.format == format else {
            let found = input.format.map { "a \($0) file" } ?? input.summary
            throw ParseError(.wrongFormat, "expected a \(format) rate file, found \(found)")
        }
        return try read(input, as: format)
    }

    private static func read(_ input: Input, as format: Format) throws -> Result {
        var result: Result
        switch (input.content, format) {
        case (.json(let json), .cbuJSON):
            result = try CBURates.read(input.data, json: json)
        case (.xml(let document), .nbkRSS), (.xml(let document), .nbkDated):
            result = try NBKRates.read(document.root, format: format)
        case (.xml(let document), .nbkrDaily), (.xml(let document), .nbkrWeekly):
            result = try NBKRRates.read(document.root, format: format)
        case (.xml(let document), .nbt):
            result = try NBTRates.read(document.root)
        case (.xml(let document), .cbt):
            result = try CBTRates.read(document.root)
        case (.xml(let document), .cbr):
            result = try CBRRates.read(document.root)
        case (.xml(let document), .ecb):
            result = try ECBRates.read(document.root)
        default:
            throw ParseError(.wrongFormat, "no reader for the \(format) format")
        }
        if case .xml(let document) = input.content {
            result.diagnostics = document.diagnostics + result.diagnostics
        }
        return result
    }

    /// A file's parsed content and the format recognised in it.
    private struct Input {
        enum Content {
            case xml(FeedXML.Document)
            case json(Any)
        }

        let data: Data
        let content: Content
        let format: Format?
        let summary: String

        init(_ data: Data, limits: FeedXML.Limits = .standard) throws {
            self.data = data
            let first = FeedXML.firstSignificantByte(data)
            if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
                try limits.checkSize(data)
                let json: Any
                do {
                    json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
                } catch {
                    throw ParseError(.wrongFormat, "malformed JSON: the rate file could not be read as JSON")
                }
                content = .json(json)
                let objects = (json as? [Any]) ?? [json]
                let isCBU = objects.contains { ($0 as? [String: Any])?["Ccy"] != nil }
                format = isCBU ? .cbuJSON : nil
                summary = "JSON without \"Ccy\" fields"
                return
            }
            guard first == UInt8(ascii: "<") else {
                throw ParseError(.wrongFormat, "not a known central-bank rate file: neither XML nor JSON")
            }
            let document = try FeedXML.parse(data, limits: limits)
            content = .xml(document)
            format = Input.classify(document.root)
            summary = "an XML document with root element <\(document.root.qualifiedName)>"
        }

        static func classify(_ root: FeedXMLElement) -> Format? {
            switch root.name {
            case "rss":
                let items = root.child("channel")?.children("item") ?? []
                return items.contains { $0.child("quant") != nil } ? .nbkRSS : nil
            case "rates":
                return root.children("item").contains { $0.child("quant") != nil } ? .nbkDated : nil
            case "CurrencyRates":
                let weekly =
                    root.attributes["Name"]?.localizedCaseInsensitiveContains("weekly") == true
                    || root.children("Currency").contains { $0.child("ValidFor") != nil }
                return weekly ? .nbkrWeekly : .nbkrDaily
            case "ValCurs":
                let valutes = root.children("Valute")
                let isCBR = valutes.contains {
                    $0.child("NumCode") != nil || $0.attributes["ID"]?.hasPrefix("R") == true
                }
                return isCBR ? .cbr : (valutes.isEmpty ? nil : .nbt)
            case "cbt_currency_rate":
                return .cbt
            case "Envelope":
                return ECBRates.timeCube(in: root) != nil ? .ecb : nil
            default:
                return nil
            }
        }
    }
}
