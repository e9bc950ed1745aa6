import Testing

@testable import CentralAsiaFeeds

@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("<p>A</p><script>var p = '<p>x</p>';</script><p>B</p>", ["A", "B"]),
        (
            "<p>A</p><STYLE>p{}</STYLE><iframe src=x>frame</iframe><object>obj</object><applet>app</applet><p>B</p>",
            ["A", "B"]
        ),
        ("<p>A <embed src=x> B</p>", ["A B"]),
        ("<p>A<script src=x /> B</p>", ["A B"]),
        ("<p>A<!-- c --> B</p>", ["A B"]),
        ("<p>A<!--> B</p>", ["A B"]),
        ("<p>A<!---> B</p>", ["A B"]),
        ("<p>A<!-- c --!> B</p>", ["A B"]),
        ("<p>A<!x> B<?pi?></p>", ["A B"]),
        ("<p>Seen</p><!-- -- x > unseen", ["Seen"]),
        ("<p>&amp;lt;b&amp;gt;</p>", ["&lt;b&gt;"]),
        ("<p>&lt;b&gt;</p>", ["<b>"]),
        ("&lt;b&gt;", ["<b>"]),
        ("Fish &amp;amp; chips", ["Fish &amp; chips"]),
    ])
    func keepsOnlyVisibleTextAndDecodesOnce(html: String, paragraphs: [String]) {
        #expect(HTMLText.paragraphs(html) == paragraphs)
    }
}
