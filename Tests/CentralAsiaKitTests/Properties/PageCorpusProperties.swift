import CentralAsiaKit
import Foundation
import Testing

/// A corpus read as a stream in chunks of any size gives the same pages as the corpus read whole,
/// whatever falls on a chunk boundary.
@Suite struct PageCorpusProperties {
    /// A corpus of rendered pages, separator lines (LF and CRLF), blank pages and form feeds that
    /// are not separators.
    func corpus(_ random: inout SplitMix64) -> String {
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: parts.append("\n \n")
            case 1: parts.append("\u{0C}Not A Separator\n\nIts text.\n")
            default: parts.append(random.wellFormedPage().renderedPageText())
            }
        }
        var text = ""
        for part in parts {
            if !text.isEmpty { text += random.pick(["\u{0C}\n", "\u{0C}\r\n", "\n\u{0C}\n"]) }
            text += part
        }
        return random.chance(0.3) ? text + "\u{0C}" : text
    }

    @Test func streamingInChunksMatchesReadingWhole() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("PageCorpusProperties-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for seed in SplitMix64.caseSeeds(60) {
            var random = SplitMix64(seed: seed)
            let text = corpus(&random)
            let url = directory.appendingPathComponent("\(seed).txt")
            try Data(text.utf8).write(to: url)
            let whole = PageParser().parseCorpus(text)
            var streamed = PageParser().corpus([url])
            streamed.chunkSize = Int.random(in: 1...64, using: &random)
            let results = Array(streamed)
            #expect(results == whole, "seed \(seed), chunks of \(streamed.chunkSize) bytes:\n\(text)")
        }
    }

    /// Found by the property above: a form feed that ended a chunk was taken for a separator
    /// although text followed it on its line in the next chunk.
    @Test func aFormFeedAtAChunkEndIsASeparatorOnlyWhenItsLineEnds() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chunk-end-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = "Title One\n\nText.\n\u{0C}Title Two\n\nMore.\n"
        try Data(text.utf8).write(to: url)
        var corpus = PageParser().corpus([url])
        corpus.chunkSize = 18
        let pages = try Array(corpus).map { try $0.get() }
        // One page: the form feed is trimmed, and "Title Two" follows "Text." without a blank line.
        #expect(pages.map { $0.articles.map(\.title) } == [["Title One"]])
        #expect(pages.map { $0.articles.map(\.paragraphs) } == [[["Text.", "Title Two", "More."]]])
        #expect(Array(corpus) == PageParser().parseCorpus(text))
    }

    /// Found by the property above: a page of only blank lines was skipped when reading a corpus
    /// whole and returned as an empty page when streaming it.
    @Test func skipsBlankPagesWhenStreaming() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("blank-pages-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(String(repeating: "\u{0C}\n", count: 1 << 19).utf8).write(to: url)
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = Array(PageParser().corpus([url])).count }
        #expect(count == 0)
        #expect(elapsed < .seconds(10))
    }
}
