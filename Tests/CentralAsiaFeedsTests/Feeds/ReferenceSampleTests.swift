import CentralAsiaFeeds
import CentralAsiaKit
import Foundation
import Testing

/// Reads the real recorded payloads in `../shared/reference/` when they are there.
@Suite struct ReferenceSampleTests {
    static let rateSamples: [(String, RateFeed.Format, Int)] = [
        ("cbr-XML_daily-2022-03-15.xml", .cbr, 34), ("cbr-XML_daily_eng-2025-12-13.xml", .cbr, 55),
        ("cbt-kurs-20052026.xml", .cbt, 0), ("cbu-json-2023-11-22.json", .cbuJSON, 2),
        ("cbu-json-2023-11-22-kzt.json", .cbuJSON, 1), ("ecb-eurofxref-daily.xml", .ecb, 30),
        ("nbk-get_rates-01.04.2026.xml", .nbkDated, 39), ("nbk-rates_all-2016.xml", .nbkRSS, 0),
        ("nbkr-daily-2026-05-24.xml", .nbkrDaily, 5), ("nbkr-weekly-2013-12-14.xml", .nbkrWeekly, 0),
        ("nbt-export_xml-2026-05-18.xml", .nbt, 0),
    ]

    static var ratesPresent: Bool { Fixture.exists(Fixture.referenceFeed("ecb-eurofxref-daily.xml")) }
    static var articlesPresent: Bool { Fixture.exists(Fixture.referenceArticle("rss2-tutby-ru-2019-12-30.xml")) }

    @Test(.enabled(if: ratesPresent)) func readsEveryRealRateSample() throws {
        for (name, format, count) in ReferenceSampleTests.rateSamples {
            let result = try RateFeed.parse(try Data(contentsOf: Fixture.referenceFeed(name)))
            #expect(result.format == format, "\(name)")
            if count > 0 { #expect(result.rates.count == count, "\(name)") }
            #expect(result.diagnostics.filter { $0.severity == .warning }.isEmpty, "\(name): \(result.diagnostics)")
        }
    }

    @Test(.enabled(if: ratesPresent)) func readsRealCBRAndNBKRFigures() throws {
        let cbr = try RateFeed.parse(try Data(contentsOf: Fixture.referenceFeed("cbr-XML_daily-2022-03-15.xml")))
        #expect(cbr.date == PartialDate("2022-03-15"))
        #expect(cbr[.kzt]?.nominal == 100)
        #expect(cbr[.kgs]?.nominal == 10)
        #expect(cbr[.uzs]?.nominal == 1000)
        let nbkr = try RateFeed.parse(try Data(contentsOf: Fixture.referenceFeed("nbkr-daily-2026-05-24.xml")))
        #expect(nbkr[.usd]?.rate.quoted.text == "87.4500")
        #expect(nbkr.date == PartialDate("2026-05-24"))
        let nbt = try RateFeed.parse(try Data(contentsOf: Fixture.referenceFeed("nbt-export_xml-2026-05-18.xml")))
        #expect(nbt[.rub]?.rate.quoted.text == "0.1277")
    }

    @Test(.enabled(if: articlesPresent)) func readsRealNewsSamples() throws {
        let tutby = try NewsFeed.parse(try Data(contentsOf: Fixture.referenceArticle("rss2-tutby-ru-2019-12-30.xml")))
        #expect(tutby.items.count == 100)
        #expect(tutby.items.allSatisfy { $0.published != nil })
        let liga = try NewsFeed.parse(try Data(contentsOf: Fixture.referenceArticle("rss2-liganet-ru-2021-08-22.xml")))
        #expect(liga.items.count == 12)
        #expect(liga.items.allSatisfy { $0.enclosures.count == 1 })
        #expect(tutby.metadata.link == "https://news.tut.by/")
        #expect(tutby.metadata.language == "ru")
        #expect(liga.metadata.updated?.instant == Date(timeIntervalSince1970: 1_629_631_441))
        for name in [
            "jsonld-graph-newsarticle-kulu-media.json", "jsonld-newsarticle-articlebody-faz.json",
            "jsonld-newsarticle-reuters.json",
        ] {
            let result = try NewsFeed.parse(try Data(contentsOf: Fixture.referenceArticle(name)))
            #expect(result.items.count == 1, "\(name)")
            #expect(result.items.first?.article.authors.isEmpty == false, "\(name)")
            #expect(result.items.first?.article.date != nil, "\(name)")
        }
    }
}
