import CentralAsiaKit
import Foundation
import Testing

/// The parsers are values with no shared mutable state: parsing from many tasks at once gives the
/// same results as parsing one after another. Run under the thread sanitizer with
/// `swift test --sanitize=thread --filter ConcurrentParsingTests`.
@Suite struct ConcurrentParsingTests {
    /// Pages of every layout the fixtures and the generator cover.
    func texts() throws -> [String] {
        let fixtures = try FileManager.default.contentsOfDirectory(
            at: Fixture.url("pages"), includingPropertiesForKeys: nil
        )
        .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        .map { String(decoding: try Data(contentsOf: $0), as: UTF8.self) }
        var random = SplitMix64(seed: SplitMix64.testSeed)
        return fixtures + (0..<24).map { _ in random.wellFormedPage().renderedPageText() }
    }

    @Test(arguments: [PageParser(), PageParser(annotation: .mentions(.standard))])
    func pageParserGivesTheSameResultsFromManyTasks(parser: PageParser) async throws {
        let texts = try texts()
        #expect(texts.count > 30)
        let expected = try texts.map { try parser.parse($0) }
        let results = await withTaskGroup(of: (Int, NewsPage?).self) { group in
            for round in 0..<8 {
                for (index, text) in texts.enumerated() {
                    group.addTask {
                        (round * texts.count + index, try? parser.parse(text))
                    }
                }
            }
            var results: [Int: NewsPage?] = [:]
            for await (key, result) in group { results[key] = result }
            return results
        }
        #expect(results.count == 8 * texts.count)
        for (key, result) in results {
            #expect(
                result == expected[key % texts.count], "page \(key % texts.count) differs in round \(key / texts.count)"
            )
        }
    }

    @Test func dateAndNumberReadersGiveTheSameResultsFromManyTasks() async throws {
        let texts = try texts()
        let dates = DatePhraseParser()
        let reference = PartialDate(year: 2024, month: 9, day: 8)
        let expected = texts.map { dates.find(in: $0, reference: reference) }
        let same = await withTaskGroup(of: Bool.self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask {
                    let words = text.split(separator: " ").prefix(200).map(String.init)
                    let numbers = words.map { NumberWords.cardinal($0) ?? NumberWords.ordinal($0) ?? -1 }
                    let again = words.map { NumberWords.cardinal($0) ?? NumberWords.ordinal($0) ?? -1 }
                    return dates.find(in: text, reference: reference) == expected[index] && numbers == again
                }
            }
            return await group.allSatisfy { $0 }
        }
        #expect(same)
    }

    @Test func corpusStreamsFromManyTasks() async throws {
        let texts = try texts()
        let corpusText = texts.joined(separator: "\u{0C}\n")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("concurrent-\(UUID().uuidString).txt")
        try Data(corpusText.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let expected = PageParser().parseCorpus(corpusText)
        let same = await withTaskGroup(of: Bool.self) { group in
            for chunk in [7, 100, 4096, 1 << 20] {
                group.addTask {
                    var corpus = PageParser().corpus([url])
                    corpus.chunkSize = chunk
                    return Array(corpus) == expected
                }
            }
            return await group.allSatisfy { $0 }
        }
        #expect(same)
    }
}
