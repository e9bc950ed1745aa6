/// What one line of a listing page is, told from its bytes alone.
///
/// Markers that are not article text (bylines, "Continue reading", "Read more:", trailers and
/// photo captions) are recognised from tables of prefixes, so a new phrasing is one table entry.
enum PageLine: Equatable {
    case blank
    case text
    case continueReading
    case readMore
    case registerToReadMore
    case byline(author: Range<Int>)
    case trailer
    case caption

    /// Lines that are only this text (after trimming) are "Continue reading" markers.
    static let continueReadingTexts: [[UInt8]] = [
        "Continue reading", "Continue reading...", "Continue reading…", "Continue reading →",
        "Continue Reading",
    ].map { Array($0.utf8) }

    /// Prefixes of a line that links to the full text.
    static let readMorePrefixes: [[UInt8]] = ["Read more:", "Read More:"].map { Array($0.utf8) }

    /// Prefixes of a line that says the rest is for subscribers (the article is truncated).
    static let registerPrefixes: [[UInt8]] = ["Register to read more"].map { Array($0.utf8) }

    /// Prefixes of a byline; the author's name follows.
    static let bylinePrefixes: [[UInt8]] = ["• Written by ", "- Written by ", "Written by "]
        .map { Array($0.utf8) }

    /// Whole lines that close a page as a trailer.
    static let trailerTexts: [[UInt8]] = ["Times of Central Asia", "The Times of Central Asia"]
        .map { Array($0.utf8) }

    /// Prefixes of a photo caption line.
    static let captionPrefixes: [[UInt8]] = [
        "Photo:", "Photo by ", "Photo credit", "Image:", "Image by ", "Pictured:", "Picture:", "Illustrative photo",
    ].map { Array($0.utf8) }

    /// Classifies the trimmed line `bytes[range]`.
    static func classify(_ bytes: [UInt8], _ range: Range<Int>) -> PageLine {
        if range.isEmpty { return .blank }
        let first = bytes[range.lowerBound]
        // Every marker starts with one of these bytes; most text lines are decided here.
        switch first {
        case UInt8(ascii: "C"):
            if matchesWhole(bytes, range, continueReadingTexts) { return .continueReading }
        case UInt8(ascii: "R"):
            if hasPrefix(bytes, range, readMorePrefixes) != nil { return .readMore }
            if hasPrefix(bytes, range, registerPrefixes) != nil { return .registerToReadMore }
        case 0xE2, UInt8(ascii: "-"), UInt8(ascii: "W"):
            if let length = hasPrefix(bytes, range, bylinePrefixes.filter { $0.first == first }),
                range.count > length
            {
                return .byline(author: range.lowerBound + length..<range.upperBound)
            }
        case UInt8(ascii: "B"):
            // "By NAME" only when short: a sentence may start with "By".
            if range.count <= 60, let length = hasPrefix(bytes, range, [Array("By ".utf8)]),
                isName(bytes, range.lowerBound + length..<range.upperBound)
            {
                return .byline(author: range.lowerBound + length..<range.upperBound)
            }
        case UInt8(ascii: "T"):
            if matchesWhole(bytes, range, trailerTexts) { return .trailer }
        case UInt8(ascii: "P"), UInt8(ascii: "I"):
            if range.count <= 200, hasPrefix(bytes, range, captionPrefixes) != nil { return .caption }
        default:
            break
        }
        return .text
    }

    static func matchesWhole(_ bytes: [UInt8], _ range: Range<Int>, _ table: [[UInt8]]) -> Bool {
        table.contains { entry in entry.count == range.count && bytes[range].elementsEqual(entry) }
    }

    /// The length of the first table entry that prefixes the range, if any.
    static func hasPrefix(_ bytes: [UInt8], _ range: Range<Int>, _ table: [[UInt8]]) -> Int? {
        for entry in table where entry.count <= range.count {
            if bytes[range.lowerBound..<range.lowerBound + entry.count].elementsEqual(entry) {
                return entry.count
            }
        }
        return nil
    }

    /// Two to four capitalised words: a plausible author name after "By".
    static func isName(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var words = 0
        var atWordStart = true
        for index in range {
            let byte = bytes[index]
            if byte == 0x20 {
                atWordStart = true
                continue
            }
            if atWordStart {
                words += 1
                atWordStart = false
                guard byte >= 0x41 && byte <= 0x5A || byte >= 0x80 else { return false }
            }
            if byte == UInt8(ascii: ".") && index == range.upperBound - 1 { return false }
        }
        return (2...4).contains(words)
    }
}
