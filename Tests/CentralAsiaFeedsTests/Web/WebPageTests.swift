import CentralAsiaFeeds
import CentralAsiaKit
import Foundation
import Testing

/// The web page reader on small pages written for these tests, one pattern each.
@Suite struct WebPageTests {
    /// What one fixture page must give.
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var title: String
        var date: String?
        var authors: [String] = []
        var url: String?
        var charset = "utf-8"
        var language: String?
        var paragraphs: [String]
        var diagnostics: [String] = []

        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(
            file: "jsonld-graph.html", title: "Naryn Bridge Reopens to Lorries", date: "2024-06-01",
            authors: ["Aibek Toktomushev"], url: "https://courier.example/naryn-bridge/", language: "en",
            paragraphs: [
                "The bridge over the Naryn river reopened to heavy traffic on Saturday after eight months of repairs to its central span.",
                "Engineers replaced the steel deck and strengthened the piers, which were damaged by spring floods two years ago.",
            ]),
        Case(
            file: "broken-jsonld.html", title: "Two Cities Share One Water Plan", date: "2023-08-15",
            authors: ["Zarina Saidova", "Rustam Kholov"], language: "en",
            paragraphs: [
                "Khujand and Isfara have agreed to share a single schedule for drawing water from the canal that feeds both cities in summer.",
                "Under the plan, each city will publish its daily intake, and a joint committee will meet every month to settle disputes.",
            ],
            diagnostics: ["6:1: note: a JSON-LD block is not valid JSON; read after repairing it"]),
        Case(
            file: "jsonld-stray-quote.html", title: "Potters of Rishtan Open Their Workshops", date: "2018-05-12",
            authors: ["Nodira Usmonova"], language: "en",
            paragraphs: [
                "For one weekend every spring, the potters of Rishtan open their workshops to visitors and show how the blue glaze is made.",
                "Most of the families have worked with clay for generations, and their bowls are sold in bazaars across the valley.",
            ],
            diagnostics: [
                "6:1: warning: a JSON-LD block is not valid JSON even after repair; only its plain fields are read"
            ]),
        Case(
            file: "time-datetime.html", title: "Almaty Buses Switch to Electric Power", date: "2022-09-08",
            language: "en",
            paragraphs: [
                "Two hundred electric buses joined the city fleet this month, replacing diesel vehicles on the busiest routes.",
                "The city plans to run only electric buses in the centre by the end of next year, officials said.",
            ]),
        Case(
            file: "visible-date.html", title: "Herders Return to the Suusamyr Pastures", date: "2021-11-14",
            language: "en",
            paragraphs: [
                "Families from the Chui valley drove their flocks back to the high pastures of Suusamyr after a late and snowy spring.",
                "Veterinarians vaccinated more than ten thousand sheep at the entrance to the valley before the animals moved up.",
            ]),
        Case(
            file: "title-suffix.html", title: "Tashkent Opens Fourth Metro Line", date: "2020-12-30",
            authors: ["Dilshod Karimov"], url: "https://silkroadtimes.example/metro-fourth-line", language: "uz",
            paragraphs: [
                "The fourth line of the Tashkent metro opened on Wednesday, linking the northern districts with the city centre.",
                "Trains will run every six minutes at peak hours, and a single fare covers transfers between all four lines.",
            ]),
        Case(
            file: "br-paragraphs.html", title: "Old Bukhara Bazaar Gets a Roof", authors: ["Kamola Azimova"],
            paragraphs: [
                "Builders have covered the old spice market of Bukhara with a roof of wood & glass, so that traders can work in winter.",
                "The roof rests on forty columns; each was carved by hand in a workshop in Gijduvon.",
                "Tickets to the upper gallery cost 5 000 soums — the view is “worth every tiyin”, a guide said.",
            ]),
        Case(
            file: "furniture.html", title: "Caspian Ferry Adds Night Crossings", date: "2024-02-20", language: "en",
            paragraphs: [
                "The ferry between Aktau and Baku will sail at night twice a week from March, the port authority said on Tuesday.",
                "More room for lorries",
                "The extra crossings add space for about sixty lorries a week, easing queues that have stretched for days.",
                "Tuesday night: Aktau to Baku, departing at 23:00.", "Friday night: Baku to Aktau, departing at 22:30.",
                "We expect the night sailings to be full within a month of the start.",
            ]),
        Case(
            file: "lead.html", title: "Glacier Station Sends First Data", date: "2019-07-04", language: "en",
            paragraphs: [
                "A weather station on the Fedchenko glacier has sent its first readings to Dushanbe.",
                "The station measures snowfall, wind and temperature every ten minutes and sends the data by satellite.",
                "Scientists hope the readings will help forecast how much water the Vakhsh river will carry in summer.",
            ]),
        Case(
            file: "paywall-sections.html", title: "Why the Aral Fishery Came Back", date: "2017-10-03", language: "en",
            paragraphs: [
                "Fishermen in Aralsk, once a port on the shore of the shrinking sea, are landing more pike-perch than at any time since the 1970s.",
                "The recovery began when a dike, finished in 2005, raised the level of the northern part of the sea by several metres.",
                "Salinity fell as the Syr Darya filled the basin, and freshwater species returned from the river delta within a few years.",
                "A fish processing plant reopened in 2016, and its managers now hire workers from villages that had lost their young people.",
            ]),
        Case(
            file: "koi8r.html", title: "Новый автобус до Каракола", date: "2023-04-03", charset: "koi8-r",
            language: "ru",
            paragraphs: [
                "Из Бишкека в Каракол теперь ходит ночной автобус, билет стоит четыреста сомов.",
                "Перевозчик обещает добавить второй рейс летом, когда на Иссык-Куле начнётся сезон.",
            ]),
        Case(
            file: "lying-charset.html", title: "Сад у вокзала", charset: "windows-1251", language: "ru",
            paragraphs: [
                "В Оше у вокзала разбили новый сад: высадили двести молодых деревьев и провели полив.",
                "Работы закончат к осени, когда откроют фонтан и детскую площадку.",
            ],
            diagnostics: [
                "5:8: warning: the page declares \"utf-8\" but is not valid UTF-8; read as windows-1251"
            ]),
    ]

    @Test(arguments: cases) func readsArticlePage(_ expected: Case) throws {
        let web = WebPage.read(try Fixture.data("web/" + expected.file))
        #expect(web.kind == .article)
        #expect(web.charset == expected.charset)
        #expect(web.language == expected.language)
        #expect(web.canonicalURL == expected.url)
        #expect(web.page.diagnostics.map(\.description) == expected.diagnostics)
        try #require(web.page.articles.count == 1)
        let article = web.page.articles[0]
        #expect(article.title == expected.title)
        #expect(article.date?.description == expected.date)
        #expect(article.authors == expected.authors)
        #expect(article.url == expected.url)
        #expect(article.paragraphs == expected.paragraphs)
        #expect(article.isTruncated == false)
    }

    @Test func readsListingAsOneArticlePerTeaser() throws {
        let web = WebPage.read(try Fixture.data("web/listing.html"))
        #expect(web.kind == .listing)
        let expected = [
            NewsArticle(
                title: "Cotton Prices Edge Up",
                paragraphs: ["Traders in Fergana paid slightly more for raw cotton this week as mills restocked…"],
                isTruncated: true, date: PartialDate(year: 2025, month: 1, day: 20), url: "https://ledger.example/a/1",
                authors: ["Laylo Rahimova"]),
            NewsArticle(
                title: "Bank Opens Branch in Termez",
                paragraphs: ["The branch will serve traders crossing the bridge to Afghanistan."],
                date: PartialDate(year: 2025, month: 1, day: 19), url: "https://ledger.example/a/2"),
            NewsArticle(
                title: "Silk Mill Hires Two Hundred",
                paragraphs: ["A mill in Margilan is hiring weavers for a new line of scarves..."], isTruncated: true,
                url: "https://ledger.example/a/3"),
        ]
        #expect(web.page.articles == expected)
    }

    @Test(arguments: [
        ("<!DOCTYPE html><p>x</p>", true), ("  <html lang=\"en\">", true), ("<!-- saved --><head>", true),
        ("<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>", false),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\">", false),
        ("{\"version\": \"https://jsonfeed.org/version/1.1\"}", false), ("Kyrgyz parliament backs budget bill", false),
    ])
    func tellsHTMLFromFeedsAndText(_ input: String, _ isHTML: Bool) {
        #expect(WebPage.looksLikeHTML(Data(input.utf8)) == isHTML)
    }
}
