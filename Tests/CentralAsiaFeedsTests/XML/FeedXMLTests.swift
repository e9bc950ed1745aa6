import CentralAsiaFeeds
import CentralAsiaKit
import Foundation
import Testing

@Suite struct FeedXMLTests {
    /// A bound that only a blow-up (quadratic time) exceeds: these inputs stop in well under a second in a
    /// release build, and a busy two-core machine running a debug build must not make them fail.
    static let quadraticBound: TimeInterval = 10

    private func parse(_ text: String, limits: FeedXML.Limits = .standard) throws -> FeedXML.Document {
        try FeedXML.parse(Data(text.utf8), limits: limits)
    }

    @Test func buildsTreeWithNamespaces() throws {
        let document = try parse(
            """
            <?xml version="1.0"?>
            <rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <item><title>One</title><content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item>
            </channel></rss>
            """)
        #expect(document.root.name == "rss")
        #expect(document.encoding == "UTF-8")
        let item = try #require(document.root.child("channel")?.child("item"))
        #expect(item.childText("title") == "One")
        let encoded = try #require(item.child("encoded", namespace: "http://purl.org/rss/1.0/modules/content/"))
        #expect(encoded.qualifiedName == "content:encoded")
        #expect(encoded.text == "<p>Body</p>")
        #expect(item.location.line == 3)
    }

    @Test func readsDefaultNamespaceAndSingleQuotedAttributes() throws {
        let document = try parse(
            "<a:Envelope xmlns:a='urn:a' xmlns='urn:b'><Cube><Cube time='2025-05-09'/></Cube></a:Envelope>")
        #expect(document.root.namespace == "urn:a")
        let cube = try #require(document.root.child("Cube", namespace: "urn:b")?.child("Cube"))
        #expect(cube.attributes["time"] == "2025-05-09")
    }

    @Test func repairsNbspAndBareAmpersand() throws {
        let document = try parse("<r><t>Fish &amp; Chips&nbsp;&copy; Salt & Vinegar &foo; &#8217;</t></r>")
        #expect(document.root.childText("t") == "Fish & Chips\u{A0}© Salt & Vinegar &foo; \u{2019}")
        #expect(
            document.diagnostics.map(\.description) == [
                "1:41: warning: bare \"&\" escaped",
                "1:51: warning: unknown entity \"&foo;\" kept as text",
            ])
    }

    @Test func replacesInvalidCharacterReference() throws {
        let document = try parse("<r>a&#0;b&#xD800;c</r>")
        #expect(document.root.text == "a\u{FFFD}b\u{FFFD}c")
        #expect(document.diagnostics.count == 2)
    }

    @Test(arguments: [
        ("windows-1251", "windows-1251", [UInt8]([0xD2, 0xE5, 0xED, 0xE3, 0xE5])),
        ("KOI8-R", "KOI8-R", [0xF4, 0xC5, 0xCE, 0xC7, 0xC5]),
        ("cp1251", "windows-1251", [0xD2, 0xE5, 0xED, 0xE3, 0xE5]),
    ])
    func decodesSingleByteCyrillic(label: String, encoding: String, tenge: [UInt8]) throws {
        let bytes = Array("<?xml version='1.0' encoding='\(label)'?><n>".utf8) + tenge + Array("</n>".utf8)
        let document = try FeedXML.parse(Data(bytes))
        #expect(document.root.text == "Тенге")
        #expect(document.encoding == encoding)
    }

    @Test func keepsLineNumbersAfterMultilineDeclaration() throws {
        let document = try parse("<?xml version=\"1.0\"\n encoding=\"UTF-8\"?>\n<r>\n<x/></r>")
        #expect(document.root.child("x")?.location.line == 4)
    }

    @Test func acceptsUTF8ByteOrderMark() throws {
        let document = try FeedXML.parse(Data([0xEF, 0xBB, 0xBF] + Array("<r>ok</r>".utf8)))
        #expect(document.root.text == "ok")
    }

    @Test func refusesUndeclaredWindows1251() {
        let bytes = Array("<n>".utf8) + [0xD2, 0xE5, 0xED, 0xE3, 0xE5] + Array("</n>".utf8)
        #expect(
            caughtParseError { _ = try FeedXML.parse(Data(bytes)) }?.description
                == "error: no encoding is declared and byte 0xD2 at byte offset 3 is not valid UTF-8; declare the encoding (windows-1251?)"
        )
    }

    @Test func refusesWindows1251DeclaredAsUTF8() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><n>".utf8) + [0xD2, 0xE5] + Array("</n>".utf8)
        #expect(
            caughtParseError { _ = try FeedXML.parse(Data(bytes)) }?.description
                == "error: the declaration says \"utf-8\" but byte 0xD2 at byte offset 41 is not valid UTF-8")
    }

    @Test func refusesUTF8DeclaredAsWindows1251() {
        let text = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><n>Тенге</n>"
        let failure = caughtParseError { _ = try parse(text) }
        #expect(failure?.kind == .badEncoding)
        #expect(failure?.message == "the declaration says \"windows-1251\" but the bytes are UTF-8")
    }

    @Test func refusesByteOrderMarkThatContradictsDeclaration() {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\" encoding=\"koi8-r\"?><n/>".utf8)
        #expect(
            caughtParseError { _ = try FeedXML.parse(Data(bytes)) }?.message
                == "the byte-order mark says UTF-8 but the declaration says \"koi8-r\"")
    }

    @Test func refusesUnknownEncoding() {
        #expect(
            caughtParseError { _ = try parse("<?xml version=\"1.0\" encoding=\"EBCDIC-US\"?><n/>") }?.message
                == "the declared encoding \"EBCDIC-US\" is not supported")
    }

    @Test func refusesBillionLaughs() {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            text += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        text += "]>\n<lolz>&lol9;</lolz>"
        let failure = caughtParseError { _ = try parse(text) }
        #expect(failure?.kind == .refusedMarkup)
        #expect(
            failure?.description
                == "2:1: error: a document type declaration with an internal subset (\"[\") is not accepted; it can declare entities"
        )
    }

    @Test func refusesQuadraticBlowUpQuickly() {
        let entity = String(repeating: "x", count: 100_000)
        let text = "<!DOCTYPE r [<!ENTITY a \"\(entity)\">]><r>" + String(repeating: "&a;", count: 100_000) + "</r>"
        let start = Date()
        #expect(caughtParseError { _ = try parse(text) }?.kind == .refusedMarkup)
        #expect(Date().timeIntervalSince(start) < Self.quadraticBound)
    }

    @Test func refusesExternalEntity() {
        let text = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>"
        #expect(caughtParseError { _ = try parse(text) }?.kind == .refusedMarkup)
    }

    @Test func refusesLoneEntityDeclarationInLowerCase() {
        #expect(caughtParseError { _ = try parse("<r><!entity x 'y'></r>") }?.kind == .refusedMarkup)
    }

    @Test func allowsDoctypeTextInsideCDATAAndComments() throws {
        let document = try parse("<r><!-- <!DOCTYPE x> --><c><![CDATA[<!DOCTYPE html><p>&nbsp;</p>]]></c></r>")
        #expect(document.root.child("c")?.text == "<!DOCTYPE html><p>&nbsp;</p>")
    }

    @Test func refusesOversizedInputBeforeParsing() {
        // 100 MB of nested elements, generated here, never written to disk.
        let bytes = Data(String(repeating: "<a>", count: 34_952_534).utf8)
        let start = Date()
        let failure = caughtParseError { _ = try FeedXML.parse(bytes) }
        #expect(failure?.kind == .limitExceeded)
        #expect(failure?.message == "the input is 104857602 bytes, over the limit of 16777216 bytes")
        #expect(Date().timeIntervalSince(start) < Self.quadraticBound)
    }

    @Test func stopsAtDepthLimit() {
        let text = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        let failure = caughtParseError { _ = try parse(text) }
        #expect(failure?.kind == .limitExceeded)
        #expect(failure?.message == "elements are nested deeper than the limit of 64")
    }

    @Test func stopsAtElementLimit() {
        let text = "<r>" + String(repeating: "<a/>", count: 50) + "</r>"
        let failure = caughtParseError { _ = try parse(text, limits: FeedXML.Limits(maxElements: 10)) }
        #expect(failure?.message == "the document has more than the limit of 10 elements")
    }

    @Test func reportsTruncatedDocument() {
        let failure = caughtParseError { _ = try parse("<rss><channel><item><title>Cut") }
        #expect(failure?.kind == .wrongFormat)
        #expect(failure?.message.hasPrefix("malformed XML: ") == true)
    }

    @Test func reportsEmptyInput() {
        #expect(caughtParseError { _ = try parse("  \n") }?.message == "the input is empty")
    }
}

extension FeedXMLTests {
    @Test func escapesLessThanThatOpensNoTag() throws {
        let document = try FeedXML.parse(Data("<r><t>a < b, x <= 3, <3 </t></r>".utf8))
        #expect(document.root.childText("t") == "a < b, x <= 3, <3")
        #expect(
            document.diagnostics.map(\.description) == [
                "1:9: warning: bare \"<\" escaped", "1:16: warning: bare \"<\" escaped",
                "1:22: warning: bare \"<\" escaped",
            ])
    }

    @Test func replacesForbiddenControlCharacters() throws {
        let bytes =
            Array("<r><t>a".utf8) + [0x0B] + Array("b</t><c><![CDATA[x".utf8) + [0x00] + Array("y]]></c></r>".utf8)
        let document = try FeedXML.parse(Data(bytes))
        #expect(document.root.childText("t") == "a b")
        #expect(document.root.childText("c") == "x y")
        #expect(
            document.diagnostics.map(\.description) == [
                "1:8: warning: control character U+000B replaced with a space",
                "1:27: warning: control character U+0000 replaced with a space",
            ])
    }

    @Test func summarisesRepairsBeyondTheLimit() throws {
        let document = try FeedXML.parse(Data(("<r>" + String(repeating: "R & D ", count: 25) + "</r>").utf8))
        #expect(document.diagnostics.count == 21)
        #expect(document.diagnostics.last?.description == "warning: 5 more entity repairs not listed")
    }
}

@Suite struct FeedXMLProcessingInstructionTests {
    /// The fuzzer found that FoundationXML on Linux crashes (strlen of a null pointer) on a
    /// processing instruction without data, such as `<?xml?>` inside a document.
    @Test func removesProcessingInstructionsAfterTheDeclaration() throws {
        let text = "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a.xsl\"?>\n<r><?xml?>ok<?pi\nsplit?></r>"
        let document = try FeedXML.parse(Data(text.utf8))
        #expect(document.root.name == "r")
        // The line feed inside the removed instruction stays, so line numbers stay the input's.
        #expect(document.root.text == "ok\n")
        #expect(
            document.diagnostics.map(\.description) == [
                "2:1: warning: processing instruction removed",
                "3:4: warning: processing instruction removed",
                "3:13: warning: processing instruction removed",
            ])
    }

    @Test func survivesTheFuzzerInput() throws {
        let data = try Fixture.data("fuzz/processing-instruction-without-data.xml")
        #expect(throws: ParseError.self) { try RateFeed.parse(data) }
    }

    /// Found by the `ratefeed` fuzz target: a nominal near `Int.max` overflowed while its number
    /// of digits was counted. Now it is skipped with a diagnostic (the mangled EUR record after it
    /// has no value, so nothing usable is left).
    @Test func survivesAHugeNominal() throws {
        let data = try Fixture.data("fuzz/nominal-overflow.xml")
        #expect(
            caughtParseError { _ = try RateFeed.parse(data) }?.message
                == "no usable rate in the NBKR file; first problem: 3:24: warning: nominal 9223372036854775803 "
                + "for USD is larger than 1000000000; the rate was skipped")
    }

    /// Found by the `newsfeed` fuzz target: the `published` instant of this mangled Atom feed
    /// (`2025-04-01T21:30:00.249+05:00`) lost its exact fraction in a JSON round trip.
    @Test func keepsAMangledAtomFeedThroughAJSONRoundTrip() throws {
        let result = try NewsFeed.parse(try Fixture.data("fuzz/atom-roundtrip.xml"))
        let decoded = try JSONDecoder().decode(NewsFeed.Result.self, from: try JSONEncoder().encode(result))
        #expect(decoded == result)
        #expect(decoded.items.first?.published == result.items.first?.published)
        #expect(result.items.first?.published != nil)
    }
}

extension FeedXMLTests {
    @Test(arguments: [
        "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">",
        "<!DOCTYPE rss SYSTEM \"file:///nonexistent/rss.dtd\">", "<!doctype rss>",
    ])
    func dropsDoctypeWithoutInternalSubsetUnfetched(doctype: String) throws {
        let text = "<?xml version=\"1.0\"?>\n\(doctype)\n<rss><title>Caf&eacute;&nbsp;&mdash;&bogus;</title></rss>"
        let document = try parse(text)
        #expect(document.root.child("title")?.text == "Café\u{A0}—&bogus;")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(
            document.diagnostics.map(\.description) == ["\(line):37: warning: unknown entity \"&bogus;\" kept as text"])
    }

    @Test(arguments: [
        (
            "<!DOCTYPE r [<!ENTITY a \"b\">]><r/>",
            "1:1: error: a document type declaration with an internal subset (\"[\") is not accepted; it can declare entities"
        ),
        (
            "<r>\n<!ENTITY a \"b\"></r>",
            "2:1: error: a markup declaration (\"<!ENTITY\") is not accepted; feeds never need one"
        ),
        (
            "<r>\n <!ATTLIST r a CDATA #IMPLIED></r>",
            "2:2: error: a markup declaration (\"<!ATTLIST\") is not accepted; feeds never need one"
        ),
    ])
    func refusesDeclarationsThatCanDefineEntities(text: String, message: String) {
        #expect(caughtParseError { _ = try parse(text) }?.description == message)
    }

    @Test(arguments: [("nbsp", 0xA0), ("eacute", 0xE9), ("mdash", 0x2014), ("Omega", 0x3A9), ("hearts", 0x2665)])
    func readsHTMLFourNamedReferences(name: String, codePoint: UInt32) throws {
        let document = try parse("<r>&\(name);</r>")
        #expect(document.root.text.unicodeScalars.map(\.value) == [codePoint])
        #expect(document.diagnostics.isEmpty)
    }
}
