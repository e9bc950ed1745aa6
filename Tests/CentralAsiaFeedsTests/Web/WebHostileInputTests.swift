import CentralAsiaFeeds
import CentralAsiaKit
import Foundation
import Testing

/// Hostile and broken HTML: every input gives a page, with a diagnostic that says what was repaired.
@Suite struct WebHostileInputTests {
    private func read(_ html: String) -> WebPage { WebPage.read(Data(html.utf8)) }

    private func paragraphs(_ html: String) -> [String] { read(html).page.articles.flatMap(\.paragraphs) }

    private func messages(_ html: String) -> [String] { read(html).page.diagnostics.map(\.description) }

    @Test func flattensHundredThousandNestedTags() {
        let depth = 100_000
        let html =
            String(repeating: "<div>", count: depth) + "<p>The text at the bottom of a very deep page.</p>"
            + String(repeating: "</div>", count: depth)
        let web = read(html)
        #expect(web.page.articles.map(\.paragraphs) == [["The text at the bottom of a very deep page."]])
        #expect(
            web.page.diagnostics.map(\.description) == [
                "1:2561: warning: elements nest deeper than 512 levels; deeper ones are read flat"
            ])
    }

    @Test func closesTagsLeftOpenAtTheEnd() {
        let html = "<html><body><div class=\"story\"><section><p>A page cut short by the network is still read."
        #expect(paragraphs(html) == ["A page cut short by the network is still read."])
        #expect(
            messages(html) == ["1:13: warning: 2 elements are not closed at the end of the input (the first: <div>)"])
    }

    @Test func readsTagCutInsideAnAttribute() {
        let html = "<p>Kept before the broken tag.</p><a href=\"https://example.org/cut"
        #expect(paragraphs(html) == ["Kept before the broken tag."])
        #expect(
            messages(html) == [
                "1:38: warning: an attribute value is not closed",
                "1:35: warning: the tag <a> is not closed at the end of the input",
            ])
    }

    @Test func endsScriptOnlyAtItsOwnEndTag() {
        let html = """
            <body><script>document.write("</scr" + "ipt>"); var a = "</scripts>"; var b = "<p>no</p>";</script>
            <p>After the script comes the text.</p></body>
            """
        #expect(paragraphs(html) == ["After the script comes the text."])
        #expect(messages(html) == [])
    }

    @Test func readsUnclosedScriptAsRawToTheEnd() {
        let html = "<p>Before the script that never ends.</p><script>var x = '<p>not text</p>';"
        #expect(paragraphs(html) == ["Before the script that never ends."])
        #expect(messages(html) == ["1:42: warning: <script> is not closed; the rest of the input is its content"])
    }

    @Test func replacesNULBytes() {
        let html = "<p>Tea\u{0}house on the Ala-Archa road\u{0}</p>"
        #expect(paragraphs(html) == ["Tea\u{FFFD}house on the Ala-Archa road\u{FFFD}"])
        #expect(messages(html) == ["1:7: warning: 2 NUL bytes replaced with U+FFFD"])
    }

    @Test func skipsCommentsAndReadsCDATA() {
        let html = "<div><!-- <p>Hidden in a comment.</p> --><p><![CDATA[Raw & plain text]]> stays.</p></div><!-- cut"
        #expect(paragraphs(html) == ["Raw & plain text stays."])
        #expect(messages(html) == ["1:90: warning: a comment is not closed"])
    }

    @Test(arguments: [
        ("<p>A &amp; B &#8212; C &#x2014; D&hellip; &unknown; &lt;tag&gt;</p>", "A & B — C — D… &unknown; <tag>"),
        ("<p class=lead id='x' data-a=\"1\" hidden-not>Attributes of every kind</p>", "Attributes of every kind"),
        ("<P>Upper-case tags<BR>still read</P>", "Upper-case tags still read"),
        ("<p>One < two, and 3 > 2</p>", "One < two, and 3 > 2"),
    ])
    func readsMarkup(_ html: String, _ text: String) {
        #expect(paragraphs(html) == [text])
    }

    @Test func readsLargePage() {
        let paragraph =
            "<p>Freight trains between Almaty and Tashkent now run every day, the railway said, with more to come.</p>\n"
        let count = 40_000
        let html = "<html><body><article>" + String(repeating: paragraph, count: count) + "</article></body></html>"
        let web = read(html)
        #expect(web.page.articles.first?.paragraphs.count == count)
        #expect(web.page.diagnostics.isEmpty)
    }

    @Test func readsListingOfTwentyThousandTeasers() {
        let teaser = "<div class=\"teaser\"><h2><a href=\"/n\">A headline</a></h2><p>An excerpt…</p></div>\n"
        let count = 20_000
        let html =
            "<html><head><meta property=\"og:type\" content=\"website\"></head><body><div class=\"list\">"
            + String(repeating: teaser, count: count) + "</div></body></html>"
        let web = read(html)
        #expect(web.kind == .listing)
        #expect(web.page.articles.count == count)
        #expect(
            web.page.articles.last
                == NewsArticle(title: "A headline", paragraphs: ["An excerpt…"], isTruncated: true, url: "/n"))
    }

    @Test func readsRandomBytesWithoutFailing() {
        // Seeded, so a failure can be replayed.
        var random = SplitMix64(seed: 0x0057_EB5E)
        let alphabet = Array("<>/!-=\"' abcdiv p script &#;x0\n\u{0}".utf8)
        for _ in 0..<200 {
            let bytes = (0..<random.below(400)).map { _ in alphabet[random.below(alphabet.count)] }
            let web = WebPage.read(Data(bytes))
            #expect(web.kind == .listing || web.page.articles.count == 1)
        }
    }
}
