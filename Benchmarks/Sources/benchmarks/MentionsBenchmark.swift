import CentralAsiaKit

/// `mentions CORPUS`: finds every mention in every page of a corpus with the standard gazetteer.
///
/// Prints `names= mentions= bytes= seconds= MBps=` (the keys of the Python `flashtext` and
/// `pyahocorasick` peers), best of 3 runs. Building the finder is not timed.
enum MentionsBenchmark {
    static func run(_ arguments: [String]) throws -> String {
        let bytes = try Measure.bytes(arguments, usage: "benchmarks mentions CORPUS")
        let pages = PageCorpus.pageRanges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        let finder = MentionFinder(gazetteer: .standard)
        let (seconds, mentions) = Measure.best {
            pages.reduce(0) { $0 + finder.mentions(in: $1).count }
        }
        return "names=\(finder.nameCount) mentions=\(mentions) bytes=\(bytes.count) "
            + "seconds=\(Measure.format(seconds, decimals: 4)) MBps=\(Measure.format(Double(bytes.count) / 1e6 / seconds, decimals: 1))"
    }
}
