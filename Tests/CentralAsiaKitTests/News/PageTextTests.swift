import Testing

@testable import CentralAsiaKit

@Suite struct PageTextTests {
    /// Lines and whether they read as headlines.
    static let headlines: [(line: String, isTitle: Bool)] = [
        ("Kazakhstan is a Key Strategic Partner", true),
        ("Turkmenistan Opens a New Port on the Caspian", true),
        ("Uzbekistan Signs a Trade Deal With the U.S.", true),
        ("Tajik Wheat Harvest Tops Forecasts.", false),
        ("The ministers met in Bishkek on Tuesday to sign the plan", false),
        ("Ministers Met in Bishkek,", false),
        ("Ministers Met in Bishkek...", false),
        ("2025 Budget Passes Its First Reading", true),
        ("“Open Skies” Talks Resume in Astana", true),
        ("Öskemen Hosts the Altai Forum", true),
        ("of the and in", false),
        ("a", false),
    ]

    @Test(arguments: headlines)
    func tellsAHeadlineFromASentence(line: String, isTitle: Bool) {
        let bytes = Array(line.utf8)
        #expect(PageText.isTitleLike(bytes, 0..<bytes.count) == isTitle)
    }

    /// Words and whether titles leave them in lower case.
    static let minorWords: [(word: String, isMinor: Bool)] = [
        ("a", true), ("an", true), ("vs.", true), ("after", true), ("new", true), ("New", false), ("ant", false),
        ("amids", false), ("", false), ("withs", false), ("the", true), ("thee", false),
    ]

    @Test(arguments: minorWords)
    func knowsTheMinorWords(word: String, isMinor: Bool) {
        let bytes = Array("x \(word) y".utf8)
        #expect(PageText.isMinorWord(bytes, 2..<2 + word.utf8.count) == isMinor)
    }
}
