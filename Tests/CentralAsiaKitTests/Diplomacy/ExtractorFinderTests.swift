import Testing

@testable import CentralAsiaKit

/// The extractors ask for the words they need when they build their finder: a finder a user compiled for
/// mentions alone watches no word, and an extractor given it still reads its sentences.
@Suite struct ExtractorFinderTests {
    static let reference = PartialDate(year: 2025, month: 1, day: 21)
    static let text = "Serdar Berdimuhamedov arrived in Minsk on a state visit."

    @Test func aMentionsFinderWatchesNoWord() {
        #expect(MentionFinder.standard.watchedWords.isEmpty)
        #expect(MentionFinder(gazetteer: .standard).watchedWords.isEmpty)
    }

    @Test func anExtractorGivenAMentionsFinderWatchesItsAnchorWords() {
        let extractor = DiplomacyExtractor(gazetteer: .standard, mentions: MentionFinder(gazetteer: .standard))
        #expect(extractor.mentionFinder.watchedWords == ProseText.anchorWords)
        #expect(extractor.travel.mentionFinder.watchedWords == ProseText.anchorWords)
        #expect(extractor.partnerships.mentionFinder.watchedWords == ProseText.anchorWords)
        #expect(
            extractor.extract(from: Self.text, reference: Self.reference).visits.map(\.description) == [
                "Serdar Berdimuhamedov → Minsk, BY (state, completed)"
            ])
    }

    @Test func anExtractorWithoutAFinderReadsWithTheStandardWatchingOne() {
        let extractor = DiplomacyExtractor()
        #expect(extractor.mentionFinder.isStandard)
        #expect(extractor.mentionFinder.watchedWords == ProseText.anchorWords)
        #expect(ProseText.finder(readingWith: nil).watchedWords == ProseText.anchorWords)
    }

    @Test func theStandardFinderIsCompiledWithAnchorsOnce() {
        #expect(ProseText.finder(readingWith: .standard).watchedWords == ProseText.anchorWords)
        #expect(ProseText.finder(readingWith: .standard).isStandard)
        let watching = ProseText.standardFinder
        #expect(ProseText.finder(readingWith: watching).watchedWords == watching.watchedWords)
    }

    @Test func aCustomGazetteerKeepsItsOwnNames() {
        let gazetteer = Gazetteer().adding(
            Country(code: "XK", alpha3: "XKX", numeric: "926", isoName: "Kosovo", demonyms: ["Kosovar"]))
        let finder = ProseText.finder(readingWith: MentionFinder(gazetteer: gazetteer))
        #expect(finder.mentions(in: "Kosovo and Kazakhstan").map(\.entity.description) == ["country:XK"])
        #expect(!finder.isStandard)
        #expect(finder.watchedWords == ProseText.anchorWords)
    }
}
