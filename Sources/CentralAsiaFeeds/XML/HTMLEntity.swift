/// The HTML named character references that feeds use in practice, and decoding of references in
/// text that has already left the XML parser.
enum HTMLEntity {
    /// Named references beyond XML's five, with their code points.
    static let named: [String: UInt32] = [
        "nbsp": 0xA0, "iexcl": 0xA1, "cent": 0xA2, "pound": 0xA3, "curren": 0xA4, "yen": 0xA5, "brvbar": 0xA6,
        "sect": 0xA7, "uml": 0xA8, "copy": 0xA9, "ordf": 0xAA, "laquo": 0xAB, "not": 0xAC, "shy": 0xAD,
        "reg": 0xAE, "macr": 0xAF, "deg": 0xB0, "plusmn": 0xB1, "sup2": 0xB2, "sup3": 0xB3, "acute": 0xB4,
        "micro": 0xB5, "para": 0xB6, "middot": 0xB7, "cedil": 0xB8, "sup1": 0xB9, "ordm": 0xBA, "raquo": 0xBB,
        "frac14": 0xBC, "frac12": 0xBD, "frac34": 0xBE, "iquest": 0xBF, "Agrave": 0xC0, "Aacute": 0xC1,
        "Auml": 0xC4, "Ccedil": 0xC7, "Eacute": 0xC9, "Ouml": 0xD6, "times": 0xD7, "Uuml": 0xDC, "szlig": 0xDF,
        "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "auml": 0xE4, "ccedil": 0xE7, "egrave": 0xE8,
        "eacute": 0xE9, "ecirc": 0xEA, "iacute": 0xED, "ntilde": 0xF1, "oacute": 0xF3, "ouml": 0xF6,
        "divide": 0xF7, "uacute": 0xFA, "uuml": 0xFC, "scaron": 0x161, "Scaron": 0x160, "ccaron": 0x10D,
        "Ccaron": 0x10C, "zcaron": 0x17E, "Zcaron": 0x17D, "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018,
        "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "dagger": 0x2020,
        "Dagger": 0x2021, "bull": 0x2022, "hellip": 0x2026, "permil": 0x2030, "prime": 0x2032, "lsaquo": 0x2039,
        "rsaquo": 0x203A, "euro": 0x20AC, "trade": 0x2122, "larr": 0x2190, "rarr": 0x2192, "minus": 0x2212,
        "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E,
        "rlm": 0x200F, "numero": 0x2116,
    ]

    /// XML's five predefined references.
    static let xml: [String: UInt32] = ["amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27]

    /// The code point of a reference's body (`amp`, `#8217`, `#x2019`), or `nil` when it names
    /// nothing known or an invalid character.
    static func codePoint(of body: Substring) -> UInt32? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return validScalar(UInt32(body.dropFirst(2), radix: 16))
        }
        if body.hasPrefix("#") {
            return validScalar(UInt32(body.dropFirst(), radix: 10))
        }
        let name = String(body)
        return xml[name] ?? named[name]
    }

    private static func validScalar(_ value: UInt32?) -> UInt32? {
        guard let value, value != 0, Unicode.Scalar(value) != nil else { return nil }
        return value
    }

    /// Decodes every HTML character reference in a text; unknown ones stay as written.
    ///
    /// Runs twice at most, so a doubly escaped `&amp;#8217;` (common in feed titles) becomes `’`.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        let once = decodeOnce(text)
        return once.utf8.contains(0x26) ? decodeOnce(once) : once
    }

    private static func decodeOnce(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "&" else {
                output.append(scalar)
                index = scalars.index(after: index)
                continue
            }
            var end = scalars.index(after: index)
            var length = 0
            while end < scalars.endIndex, scalars[end] != ";", length < 32,
                scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) || scalars[end] == "#"
            {
                end = scalars.index(after: end)
                length += 1
            }
            if end < scalars.endIndex, scalars[end] == ";", length > 0,
                let value = codePoint(of: Substring(text.unicodeScalars[scalars.index(after: index)..<end])),
                let decoded = Unicode.Scalar(value)
            {
                output.append(decoded)
                index = scalars.index(after: end)
            } else {
                output.append(scalar)
                index = scalars.index(after: index)
            }
        }
        return String(output)
    }
}
