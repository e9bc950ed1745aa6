import CentralAsiaFeeds
import CentralAsiaKit
import Foundation
import Testing

@Suite struct NewsFeedTests {
    private func read(_ name: String) throws -> NewsFeed.Result {
        try NewsFeed.parse(try Fixture.data(name))
    }

    private func json(_ item: FeedItem) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(item), as: UTF8.self)
    }

    @Test func readsRSSItemWithContentCreatorCategoriesAndEnclosure() throws {
        let result = try read("rss.xml")
        #expect(result.format == .rss)
        #expect(result.title == "Steppe Wire & Partners")
        let first = try #require(result.items.first)
        #expect(
            try json(first)
                == #"{"article":{"authors":["Aigerim Sadykova"],"date":"2025-03-03","isTruncated":false,"paragraphs":["The third line of the Almaty metro carried its first riders on Monday, two weeks ahead of plan.","City officials said trains will run every seven minutes.","Fares stay at 150 tenge."],"section":"Transport","tags":["Transport","Almaty"],"title":"Almaty’s new metro line opens early","url":"https://steppe-wire.example/2025/03/metro"},"authors":[{"name":"Aigerim Sadykova"}],"categories":[{"term":"Transport"},{"scheme":"https://steppe-wire.example/tags","term":"Almaty"}],"contentType":"html","enclosures":[{"length":48213,"type":"image/jpeg","url":"https://steppe-wire.example/img/metro.jpg"}],"id":"sw-2025-0311","published":"2025-03-02T19:30:00Z","rawDate":"Mon, 03 Mar 2025 00:30:00 +0500","summary":"The third line carried its first riders on Monday."}"#
        )
    }

    @Test func keepsTheRestOfAnRSSItemWhenFieldsAreBad() throws {
        let result = try read("rss.xml")
        #expect(
            result.items.map(\.article.title) == [
                "Almaty’s new metro line opens early", "Bishkek hosts a regional water forum",
                "Dushanbe market report: fish & chips arrive", "", "",
            ])
        let forum = result.items[1]
        #expect(forum.article.date == nil)
        #expect(forum.rawDate == "Someday soon")
        #expect(forum.article.url == "https://steppe-wire.example/2025/03/forum")  // from the guid
        #expect(forum.article.authors == ["News Desk"])
        #expect(
            forum.enclosures == [FeedEnclosure(url: "https://steppe-wire.example/img/forum.png", type: "image/png")])
        let market = result.items[2]
        #expect(market.article.date == PartialDate("2025-03-04"))
        #expect(market.published == nil)
        #expect(market.article.isTruncated)
        #expect(
            result.diagnostics.map(\.description) == [
                "31:37: warning: bare \"&\" escaped",
                "21:6: warning: malformed date \"Someday soon\"; the date was left out",
                "21:6: warning: malformed link \"not a link\"; the link was left out",
                "21:6: warning: malformed enclosure length \"about 2 MB\"; the length was left out",
                "30:6: note: unknown time zone \"ALMT\" in date \"Tues, 4 Mar 25 09:15 ALMT\"; only the day was kept",
                "35:6: note: the item has no title",
                "39:6: note: the item has neither title nor body; it was kept with what it has",
            ])
    }

    @Test func readsAtomTextConstructs() throws {
        let result = try read("atom.xml")
        #expect(result.format == .atom)
        #expect(result.title == "Oxus Notes")
        #expect(
            try json(result.items[0])
                == #"{"article":{"authors":["Bekzod Karimov","Lola Yusupova"],"date":"2025-04-01","isTruncated":false,"paragraphs":["The new timetable cuts the journey to two hours.","Tickets went on sale on Tuesday."],"section":"Railways","tags":["Railways","uzbekistan"],"title":"Tashkent & Samarkand linked by faster trains","url":"https://oxus-notes.example/trains"},"authors":[{"name":"Bekzod Karimov"},{"name":"Lola Yusupova"}],"categories":[{"label":"Railways","term":"rail"},{"term":"uzbekistan"}],"contentType":"html","enclosures":[{"length":1048576,"type":"audio/mpeg","url":"https://oxus-notes.example/trains.mp3"}],"id":"urn:oxus:trains","published":"2025-04-01T16:30:00.250Z","rawDate":"2025-04-01T21:30:00.250+05:00","summary":"The trip now takes two hours.","updated":{"day":"2025-04-02","instant":"2025-04-02T03:00:00Z","raw":"2025-04-02T08:00:00+05:00"}}"#
        )
        #expect(result.items[1].article.paragraphs == ["White marble lines the avenues.", "Fountains run all night."])
        #expect(result.items[1].article.date == nil)
        #expect(result.items[2].article.paragraphs == ["First paragraph <with a bracket>.", "Second paragraph."])
        #expect(result.items[2].article.date == PartialDate("2025-04-03"))
        #expect(
            result.diagnostics.map(\.description) == [
                "20:9: warning: malformed date \"2025-13-40T00:00:00Z\"; the date was left out"
            ])
    }

    @Test func readsJSONFeedLeniently() throws {
        let result = try read("feed.json")
        #expect(result.format == .jsonFeed)
        #expect(result.title == "Caspian Brief")
        #expect(
            try json(result.items[0])
                == #"{"article":{"authors":["Daniyar Omarov","Saule Ibraeva"],"date":"2025-05-20","isTruncated":false,"paragraphs":["The terminal adds two berths.","Work ends in август."],"section":"ports","tags":["ports","Kazakhstan"],"title":"Aktau port expands its ferry terminal","url":"https://caspian-brief.example/101"},"authors":[{"name":"Daniyar Omarov"},{"name":"Saule Ibraeva"}],"categories":[{"term":"ports"},{"term":"Kazakhstan"}],"contentType":"html","enclosures":[{"length":20480,"type":"image/jpeg","url":"https://caspian-brief.example/101.jpg"}],"id":"cb-101","published":"2025-05-20T04:00:00Z","rawDate":"2025-05-20T09:00:00+05:00","summary":"Two new berths"}"#
        )
        let memo = result.items[1]
        #expect(memo.id == "102")
        #expect(memo.article.title == "Turkmenbashi & Baku sign a shipping memo")
        #expect(memo.article.authors == ["Guljahan Atayeva"])
        #expect(memo.article.paragraphs == ["The memo covers cargo quotas.", "It runs for five years."])
        #expect(result.items.count == 3)
        #expect(
            result.diagnostics.map(\.description) == [
                "warning: item 2: malformed date \"the twentieth of May\"; the date was left out",
                "warning: item 2: malformed link \"caspian-brief/102\"; the link was left out",
                "warning: item 3: not an object; skipped",
                "note: item 4: the item has no \"id\"",
            ])
    }

    @Test func readsJSONLDFromHTMLPage() throws {
        let result = try read("article.html")
        #expect(result.format == .jsonLD)
        let pamir = result.items[0].article
        #expect(pamir.title == "Pamir highway reopens after landslides")
        #expect(pamir.authors == ["Mountain Post Desk"])  // resolved through "@id"
        #expect(pamir.url == "https://mountain-post.example/pamir")
        #expect(pamir.section == "Travel")
        #expect(pamir.tags == ["Pamir", "roads", "Khorog"])
        #expect(pamir.date == PartialDate("2025-06-10"))
        let glacier = result.items[1].article
        #expect(glacier.authors == ["Nilufar Rahimova", "Timur Ashurov"])
        #expect(glacier.section == "Science")
        #expect(glacier.tags == ["glaciers", "climate", "Pamir"])
        #expect(
            glacier.paragraphs == [
                "Researchers measured the Fedchenko glacier in May.",
                "The ice lost more mass than in any year on record.",
            ])
        #expect(result.items[1].published == nil)
        #expect(result.diagnostics.map(\.description) == ["26:1: warning: a JSON-LD block is not valid JSON; skipped"])
    }

    @Test func readsBareJSONLDDocument() throws {
        let text =
            #"{"@context":"https://schema.org","@type":"ReportageNewsArticle","name":"Caravan route mapped","author":"Field Team","keywords":["Silk Road"]}"#
        let result = try NewsFeed.parse(Data(text.utf8))
        #expect(result.format == .jsonLD)
        #expect(
            result.articles == [
                NewsArticle(title: "Caravan route mapped", authors: ["Field Team"], tags: ["Silk Road"])
            ])
    }

    @Test func decodesWindows1251HTMLPage() throws {
        let prefix =
            "<html><head><meta charset=\"windows-1251\"><script type=\"application/ld+json\">"
            + "{\"@type\":\"NewsArticle\",\"headline\":\""
        let bytes = Array(prefix.utf8) + [0xD2, 0xE5, 0xED, 0xE3, 0xE5] + Array("\"}</script></head></html>".utf8)
        let result = try NewsFeed.parse(Data(bytes))
        #expect(result.articles.map(\.title) == ["Тенге"])
    }

    @Test func rejectsHTMLPageWithoutJSONLD() {
        let text = "<!DOCTYPE html><html><body><p>Nothing here</p></body></html>"
        #expect(
            caughtParseError { _ = try NewsFeed.parse(Data(text.utf8)) }?.description
                == "error: not a news feed: an HTML page without JSON-LD articles")
        #expect(NewsFeed.detect(Data(text.utf8)) == nil)
    }

    @Test func rejectsRateFileAndOtherJSON() throws {
        #expect(
            caughtParseError { _ = try NewsFeed.parse(try Fixture.data("ecb.xml")) }?.message
                == "not a news feed: an XML document with root element <gesmes:Envelope>")
        #expect(
            caughtParseError { _ = try NewsFeed.parse(try Fixture.data("cbu.json")) }?.message
                == "not a news feed: JSON that is neither JSON Feed nor JSON-LD")
        #expect(
            caughtParseError { _ = try NewsFeed.parse(Data("just words".utf8)) }?.message
                == "not a news feed: neither XML, JSON nor HTML")
    }

    @Test func rejectsTruncatedFeed() throws {
        let data = try Fixture.data("rss.xml")
        let failure = caughtParseError { _ = try NewsFeed.parse(data.prefix(900)) }
        #expect(failure?.kind == .wrongFormat)
    }

    @Test func refusesOversizedFeed() {
        let data = Data(repeating: 0x20, count: 2048)
        #expect(
            caughtParseError { _ = try NewsFeed.parse(data, limits: FeedXML.Limits(maxBytes: 1024)) }?.message
                == "the input is 2048 bytes, over the limit of 1024 bytes")
    }

    @Test(arguments: ["rss.xml", "atom.xml", "feed.json", "article.html"])
    func detectsFeedFormat(name: String) throws {
        let expected: [String: NewsFeed.Format] = [
            "rss.xml": .rss, "atom.xml": .atom, "feed.json": .jsonFeed, "article.html": .jsonLD,
        ]
        #expect(NewsFeed.detect(try Fixture.data(name)) == expected[name])
    }

    @Test(arguments: ["rss.xml", "atom.xml", "feed.json", "article.html"])
    func roundTripsEveryItem(name: String) throws {
        for item in try read(name).items {
            let data = try JSONEncoder().encode(item)
            #expect(try JSONDecoder().decode(FeedItem.self, from: data) == item)
        }
    }

    @Test func rejectsMalformedInstantWhenDecoding() {
        let json = #"{"article":{"title":"x"},"published":"yesterday"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(FeedItem.self, from: Data(json.utf8)) }
    }
}

extension NewsFeedTests {
    @Test func roundTripsWholeResult() throws {
        let result = try NewsFeed.parse(try Fixture.data("feed.json"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(result), as: UTF8.self)
        #expect(
            json.hasPrefix(
                #"{"diagnostics":[{"message":"item 2: malformed date \"the twentieth of May\"; the date was left out","severity":"warning"}"#
            ))
        #expect(
            json.hasSuffix(
                #""format":"jsonFeed","items":[{"article":{"authors":["Daniyar Omarov","Saule Ibraeva"],"date":"2025-05-20","isTruncated":false,"paragraphs":["The terminal adds two berths.","Work ends in август."],"section":"ports","tags":["ports","Kazakhstan"],"title":"Aktau port expands its ferry terminal","url":"https:\/\/caspian-brief.example\/101"},"authors":[{"name":"Daniyar Omarov"},{"name":"Saule Ibraeva"}],"categories":[{"term":"ports"},{"term":"Kazakhstan"}],"contentType":"html","enclosures":[{"length":20480,"type":"image\/jpeg","url":"https:\/\/caspian-brief.example\/101.jpg"}],"id":"cb-101","published":"2025-05-20T04:00:00Z","rawDate":"2025-05-20T09:00:00+05:00","summary":"Two new berths"},{"article":{"authors":["Guljahan Atayeva"],"isTruncated":false,"paragraphs":["The memo covers cargo quotas.","It runs for five years."],"title":"Turkmenbashi & Baku sign a shipping memo"},"authors":[{"name":"Guljahan Atayeva"}],"contentType":"text","id":"102","rawDate":"the twentieth of May"},{"article":{"isTruncated":false,"paragraphs":["A short note without an identifier."],"title":"No id here"},"contentType":"text"}],"link":"https:\/\/caspian-brief.example\/","title":"Caspian Brief"}"#
            ))
        #expect(try JSONDecoder().decode(NewsFeed.Result.self, from: Data(json.utf8)) == result)
    }
}

extension NewsFeedTests {
    @Test func readsExtensionsWhoseNamespaceIsUndeclared() throws {
        let text = """
            <rss><channel><item><title>Forum</title><dc:creator>Desk</dc:creator><dc:date>2025-03-01</dc:date>
            <content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded></item></channel></rss>
            """
        let article = try #require(try NewsFeed.parse(Data(text.utf8)).articles.first)
        #expect(article.authors == ["Desk"])
        #expect(article.date == PartialDate("2025-03-01"))
        #expect(article.paragraphs == ["Body"])
    }
}
