// seeds: Tests/CentralAsiaKitTests/Fixtures/pages/*.txt
// PageParser on arbitrary bytes: whole input, each page of the input as a corpus, and with small
// limits. The page must survive a JSON round trip and hold well-formed text; only a limit may throw.
import Foundation

@testable import CentralAsiaKit

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPage(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = fuzzBytes(data, count)
    do {
        let page = try PageParser().parse(bytes: bytes)
        fuzzCheckRoundTrip(page)
        // Titles and paragraphs are copied from the validated page without validating them again:
        // each must be well-formed UTF-8, so decoding its bytes gives them back unchanged.
        for article in page.articles {
            for text in [article.title] + article.paragraphs {
                let bytes = Array(text.utf8)
                fuzzCheck(String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes), "ill-formed text \(bytes)")
            }
        }
    } catch {
        fuzzCheck(false, "default limits threw on \(bytes.count) bytes: \(error)")
    }
    var previousEnd = 0
    for range in PageCorpus.pageRanges(in: bytes) {
        fuzzCheck(range.lowerBound >= previousEnd && range.upperBound <= bytes.count, "bad page range \(range)")
        previousEnd = range.upperBound
        _ = try? PageParser().parse(bytes: bytes, range: range)
    }
    let small = PageParser(options: .init(maximumPageBytes: 2048, maximumLineBytes: 128, tickerSearchLines: 3))
    do {
        _ = try small.parse(bytes: bytes)
    } catch let error as ParseError {
        fuzzCheck(error.kind == .limitExceeded, "unexpected error \(error)")
    } catch {
        fuzzCheck(false, "unexpected error type \(error)")
    }
    return 0
}
