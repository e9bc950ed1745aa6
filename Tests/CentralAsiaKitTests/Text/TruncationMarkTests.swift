import Testing

@testable import CentralAsiaKit

@Suite struct TruncationMarkTests {
    @Test(arguments: [
        ("The talks went on until late ...", true),
        ("The talks went on until late…", true),
        ("The talks went on until late […]", true),
        ("The talks went on until late [...]", true),
        ("The talks went on until late … ", true),
        ("The talks went on until late [+1234 chars]", true),
        ("The talks went on until late.", false),
        ("The talks went on until late [+ chars]", false),
        ("The talks went on until late 1234 chars]", false),
        ("The talks went on until late [+1234567890 chars]", false),
        ("..", false),
        ("", false),
        ("...", true),
        ("…", true),
        ("[…]", true),
        ("[+5 chars]", true),
        (" chars]", false),
        ("The talks went on until late]", false),
        ("The talks went on until late.]", false),
        ("The talks went on until late\u{A6}", false),
    ])
    func endsText(_ text: String, cut: Bool) {
        #expect(TruncationMark.endsText(text) == cut)
    }

    @Test func readsAByteRangeAsItsOwnText() {
        let bytes = Array("Bishkek hosts the forum ... Continue".utf8)
        #expect(TruncationMark.endsText(bytes[0..<27]))
        #expect(!TruncationMark.endsText(bytes[0..<36]))
    }
}

@Suite struct TruncationMarkPageTests {
    /// A plain-text page and a rendered page agree with feeds on what a cut looks like.
    @Test(arguments: [
        ("The ministers met in Bishkek to sign the plan [...]", true),
        ("The ministers met in Bishkek to sign the plan [+812 chars]", true),
        ("The ministers met in Bishkek to sign the plan.", false),
    ])
    func plainTextPageArticle(_ paragraph: String, cut: Bool) throws {
        let text = "21 January 2025\n\nKyrgyz ministers sign a transport plan\n\n\(paragraph)\n"
        let page = try PageParser().parse(text)
        #expect(page.articles.map(\.isTruncated) == [cut])
        #expect(try PageParser().parse(page.renderedPageText()).articles.map(\.isTruncated) == [cut])
    }
}
