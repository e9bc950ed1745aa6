import CentralAsiaKit
import Foundation
import Testing

/// Parsers never lose content silently: rendered pages with injected damage (invalid bytes, a
/// broken ticker line, a page cut mid-sentence, junk lines before the ticker) still give every
/// undamaged article unchanged, and every damage has a diagnostic.
@Suite struct PageDamageProperties {
    /// One kind of damage done to a rendered page.
    enum Damage: CaseIterable {
        case invalidBytes, brokenTickerLine, cutMidSentence, junkBeforeTicker
    }

    /// What a damage must leave behind.
    struct Expectation {
        var damagedArticles: Set<Int> = []
        /// A diagnostic that must appear, by 1-based line (before junk is prepended) and message.
        var located: [(line: Int, column: Int?, message: String?)] = []
        /// Text that some diagnostic must contain.
        var mentioned: [String] = []
    }

    @Test func everyUndamagedArticleSurvivesAndEveryDamageIsReported() throws {
        var covered: Set<String> = []
        for seed in SplitMix64.caseSeeds(300) {
            var random = SplitMix64(seed: seed)
            let page = random.wellFormedPage()
            var lines = page.renderedPageText().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                .map { Array($0.utf8) }
            let kinds = Damage.allCases.filter { _ in random.chance(0.5) }
            var expected = Expectation()
            var finalNewline = true
            var junk = 0
            if kinds.contains(.cutMidSentence), let cut = cutPoint(page, lines, &random) {
                lines = Array(lines[..<cut.line]) + [Array(lines[cut.line][..<cut.byte])]
                finalNewline = false
                expected.damagedArticles.insert(page.articles.count - 1)
                expected.mentioned.append("ends mid-sentence in article \(page.articles.count)")
                covered.insert("cut")
            }
            if kinds.contains(.invalidBytes) {
                let candidates = paragraphLines(page, lines).filter { !expected.damagedArticles.contains($0.article) }
                if !candidates.isEmpty {
                    let target = random.pick(candidates)
                    let spaces = lines[target.line].indices.filter { $0 >= 20 && lines[target.line][$0] == 0x20 }
                    if let position = spaces.isEmpty ? nil : random.pick(spaces) {
                        let bad = random.pick([[UInt8(0xFF)], [0xC3], [0xE2, 0x80], [0x80, 0x80]])
                        lines[target.line].insert(contentsOf: bad, at: position + 1)
                        let column =
                            String(decoding: lines[target.line][...position], as: UTF8.self).unicodeScalars.count + 1
                        let hex = String(bad[0], radix: 16, uppercase: true)
                        expected.located.append(
                            (target.line + 1, column, "invalid UTF-8 byte 0x\(hex) replaced with U+FFFD"))
                        expected.damagedArticles.insert(target.article)
                        covered.insert("bytes")
                    }
                }
            }
            if kinds.contains(.brokenTickerLine), let ticker = page.ticker {
                let count = ticker.quotes.count * max(1, ticker.repetitions)
                let index = Int.random(in: 0..<count, using: &random)
                let text = String(decoding: lines[index], as: UTF8.self).replacingOccurrences(
                    of: "= 0.0", with: "= 0.O")
                lines[index] = Array(text.utf8)
                expected.located.append((index + 1, nil, nil))
                covered.insert("ticker")
            }
            if kinds.contains(.junkBeforeTicker), page.ticker != nil {
                let banner = [Array("Proxied by example.net".utf8), Array("|".utf8), Array("🌍 🌍 🌍".utf8)]
                junk = Int.random(in: 1...3, using: &random)
                lines = Array(banner.prefix(junk)) + lines
                expected.mentioned.append("skipped \(junk) \(junk == 1 ? "line" : "lines") before the ticker")
                covered.insert("junk")
            }
            var bytes = Array(lines.joined(separator: [0x0A]))
            if finalNewline { bytes.append(0x0A) }
            let parsed = try PageParser().parse(bytes: bytes)
            let context = "seed \(seed), damage \(kinds):\n\(String(decoding: bytes, as: UTF8.self))"
            #expect(parsed.articles.count == page.articles.count, "\(context)")
            for (index, article) in page.articles.enumerated() where !expected.damagedArticles.contains(index) {
                #expect(
                    parsed.articles.indices.contains(index) && parsed.articles[index] == article,
                    "article \(index + 1) was lost or changed; \(context)")
            }
            for (index, article) in page.articles.enumerated() where expected.damagedArticles.contains(index) {
                #expect(
                    parsed.articles.indices.contains(index) && parsed.articles[index].title == article.title,
                    "\(context)")
            }
            #expect(parsed.listing == page.listing && parsed.date == page.date, "\(context)")
            for (line, column, message) in expected.located {
                #expect(
                    parsed.diagnostics.contains { diagnostic in
                        diagnostic.location?.line == line + junk
                            && (column == nil || diagnostic.location?.column == column)
                            && (message == nil || diagnostic.message == message)
                    },
                    "no diagnostic at line \(line + junk): \(parsed.diagnostics); \(context)")
            }
            for text in expected.mentioned {
                #expect(
                    parsed.diagnostics.contains { $0.message.contains(text) },
                    "no diagnostic says \"\(text)\": \(parsed.diagnostics); \(context)")
            }
        }
        #expect(covered == ["cut", "bytes", "ticker", "junk"], "the seeds did not exercise every damage")
    }

    /// The lines that hold paragraphs, with their article's index.
    func paragraphLines(_ page: NewsPage, _ lines: [[UInt8]]) -> [(line: Int, article: Int)] {
        var result: [(Int, Int)] = []
        var searchFrom = 0
        for (index, article) in page.articles.enumerated() {
            for paragraph in article.paragraphs {
                let suffix = Array(paragraph.utf8)
                guard
                    let line = lines[searchFrom...].firstIndex(where: {
                        $0.count >= suffix.count && $0.suffix(suffix.count).elementsEqual(suffix)
                    })
                else { continue }
                result.append((line, index))
                searchFrom = line + 1
            }
        }
        return result
    }

    /// Where to cut the last paragraph of the last article mid-sentence: after a word that does
    /// not end a sentence.
    func cutPoint(_ page: NewsPage, _ lines: [[UInt8]], _ random: inout SplitMix64) -> (line: Int, byte: Int)? {
        guard let last = paragraphLines(page, lines).last(where: { $0.article == page.articles.count - 1 }) else {
            return nil
        }
        let line = lines[last.line]
        let cuts = line.indices.filter { index in
            index >= 40 && line[index] == 0x20 && (0x61...0x7A).contains(line[index - 1])
        }
        return cuts.isEmpty ? nil : (last.line, random.pick(cuts))
    }
}
