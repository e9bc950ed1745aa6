// seeds: Tests/CentralAsiaKitTests/Fixtures/pages/*.txt Fuzz/seeds/dates/*
// DatePhraseParser.find/scan (and .articles) on arbitrary bytes (also invalid UTF-8) and text, PartialDate(englishDay:)
// and PartialDate(_:). A phrase's range lies in its input and its text is that range; a date read
// from ISO text prints back as that text.
import Foundation

@testable import CentralAsiaKit

/// The libFuzzer entry point: runs one input; returns 0 (a broken invariant aborts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = fuzzBytes(data, count)
    let text = String(decoding: bytes, as: UTF8.self)
    let reference = PartialDate(year: 2024, month: 9, day: 8)
    for inference in [DatePhraseParser.YearInference.notAfterReference, .notBeforeReference, .nearest] {
        let parser = DatePhraseParser(yearInference: inference)
        let found = parser.find(in: text, reference: reference)
        fuzzCheckSpans(found.map { ($0.range, $0.text) }, in: Array(text.utf8), "phrase")
        found.forEach(fuzzCheckRoundTrip)
        let scan = parser.scan(inUTF8: bytes, reference: nil)
        for phrase in scan.phrases {
            fuzzCheck(phrase.range.upperBound <= bytes.count, "scan range \(phrase.range) outside the input")
        }
        _ = parser.find(inUTF8: bytes, range: bytes.count / 3..<bytes.count, reference: reference)
        _ = parser.parse(text, reference: reference)
    }
    // Both languages with relative phrases, as pages are annotated.
    let articles = DatePhraseParser.articles.find(in: text, reference: reference)
    fuzzCheckSpans(articles.map { ($0.range, $0.text) }, in: Array(text.utf8), "article phrase")
    _ = DatePhraseParser.articles.scan(inUTF8: bytes, reference: nil)
    if let day = PartialDate(englishDay: text) {
        fuzzCheck(day.precision == .day, "an English day without a day: \(day)")
    }
    _ = PartialDate(englishDayUTF8: bytes)
    if let date = PartialDate(text) {
        fuzzCheck(date.description == text, "PartialDate(\"\(text)\") prints as \"\(date)\"")
        fuzzCheckRoundTrip(date)
        fuzzCheck(date.firstDay <= date.lastDay, "\(date) ends before it starts")
        _ = date.addingDays(Int(bytes.first ?? 0) * 1000)
    }
    return 0
}
