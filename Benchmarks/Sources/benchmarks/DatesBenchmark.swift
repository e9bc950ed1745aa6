import CentralAsiaKit

/// `dates CORPUS`: finds every date phrase in every page of a corpus with `DatePhraseParser.articles` (English
/// and Russian, relative phrases, the nearest year to 12 November 2025), the work
/// `DatePhraseParser.articles.annotate(&page)` does for a page (`briefing` does it for every page).
///
/// Prints `phrases= bytes= seconds= MBps=`, best of 3 runs.
enum DatesBenchmark {
    /// The reference day of the phrases.
    static let reference = PartialDate(year: 2025, month: 11, day: 12)

    static func run(_ arguments: [String]) throws -> String {
        let bytes = try Measure.bytes(arguments, usage: "benchmarks dates CORPUS")
        let pages = PageCorpus.pageRanges(in: bytes).map { Array(bytes[$0]) }
        let parser = DatePhraseParser.articles
        let (seconds, phrases) = Measure.best {
            pages.reduce(0) { $0 + parser.find(inUTF8: $1, reference: reference).count }
        }
        return "phrases=\(phrases) bytes=\(bytes.count) seconds=\(Measure.format(seconds, decimals: 4)) "
            + "MBps=\(Measure.format(Double(bytes.count) / 1e6 / seconds, decimals: 1))"
    }
}
