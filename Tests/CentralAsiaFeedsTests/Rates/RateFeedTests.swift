import CentralAsiaFeeds
import CentralAsiaKit
import Foundation
import Testing

@Suite struct RateFeedTests {
    private func read(_ name: String) throws -> RateFeed.Result {
        try RateFeed.parse(try Fixture.data(name))
    }

    /// `BASE/QUOTE rate date source` for each rate, for compact pinning.
    private func lines(_ result: RateFeed.Result) -> [String] {
        result.rates.map { "\($0.rate) \($0.rate.date.map(String.init(describing:)) ?? "-") \($0.rate.source ?? "-")" }
    }

    @Test(arguments: [
        ("nbk-rates_all.xml", RateFeed.Format.nbkRSS), ("nbk-get_rates.xml", .nbkDated), ("cbu.json", .cbuJSON),
        ("nbkr-daily.xml", .nbkrDaily), ("nbkr-weekly.xml", .nbkrWeekly), ("nbt.xml", .nbt), ("cbt-2025.xml", .cbt),
        ("cbt-2021.xml", .cbt), ("cbr-2022.xml", .cbr), ("cbr-2025.xml", .cbr), ("ecb.xml", .ecb),
    ])
    func detectsFormatFromContent(name: String, format: RateFeed.Format) throws {
        #expect(RateFeed.detect(try Fixture.data(name)) == format)
    }

    @Test func readsNBKRSSAndSkipsRetiredCodes() throws {
        let result = try read("nbk-rates_all.xml")
        #expect(result.date == PartialDate("2025-06-02"))
        #expect(
            lines(result) == [
                "USD/KZT 511.87 2025-06-02 NBK", "UZS/KZT 0.0396 2025-06-02 NBK", "IRR/KZT 0.00122 2025-06-02 NBK",
            ])
        #expect(result[.usd]?.change == QuotedDecimal("1.22"))
        #expect(result[.uzs]?.nominal == 100)
        #expect(result[.uzs]?.rawValue == "3.96")
        #expect(
            result.diagnostics.map(\.description) == [
                "5:6: note: LVL is dated 2013-12-31, older than the feed's 2025-06-02; skipped as retired",
                "6:6: warning: malformed rate \"6,44\" for RUB; the rate was skipped",
            ])
    }

    @Test func readsNBKDatedFileWithNames() throws {
        let result = try read("nbk-get_rates.xml")
        #expect(result.format == .nbkDated)
        #expect(
            lines(result) == [
                "USD/KZT 498.20 2026-03-15 NBK", "KGS/KZT 5.70 2026-03-15 NBK", "IRR/KZT 0.00040 2026-03-15 NBK",
            ])
        #expect(result[.kgs]?.name == "КЫРГЫЗСКИХ СОМОВ")
        #expect(result[.usd]?.change == QuotedDecimal("-2.05"))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func readsCBUJSONWithStringValuesAndEscapes() throws {
        let result = try read("cbu.json")
        #expect(
            lines(result) == [
                "USD/UZS 12815.40 2025-02-10 CBU", "KZT/UZS 24.85 2025-02-10 CBU", "IRR/UZS 0.003 2025-02-10 CBU",
            ])
        #expect(result[.usd]?.change == QuotedDecimal("-12.6"))
        #expect(result[.kzt]?.name == "Kazakhstan Tenge")
        #expect(
            result.diagnostics.map(\.description) == [
                "41:3: warning: malformed rate \"12.3.4\" for XYZ; the rate was skipped"
            ])
    }

    @Test func readsCommaDecimalsOfNBKRDaily() throws {
        let result = try read("nbkr-daily.xml")
        #expect(result.date == PartialDate("2026-02-07"))
        // Decimal(string: "87,4500") would give 87: the comma must not cut the value.
        #expect(result[.usd]?.rate.rate == Decimal(string: "87.45"))
        #expect(
            lines(result) == [
                "USD/KGS 87.4500 2026-02-07 NBKR", "EUR/KGS 99.8712 2026-02-07 NBKR", "KZT/KGS 0.1702 2026-02-07 NBKR",
                "RUB/KGS 1.0931 2026-02-07 NBKR",
            ])
        #expect(result[.usd]?.rawValue == "87,4500")
    }

    @Test func readsNBKRWeeklyWithFourDecimals() throws {
        let result = try read("nbkr-weekly.xml")
        #expect(result.format == .nbkrWeekly)
        #expect(
            lines(result) == [
                "UZS/KGS 0.0073 2026-02-07 NBKR", "JPY/KGS 0.58021 2026-02-07 NBKR", "TJS/KGS 8.0154 2026-02-07 NBKR",
                "TMT/KGS 24.9857 2026-02-07 NBKR",
            ])
        #expect(result[.uzs]?.rate.quoted.significantDigits == 2)
    }

    @Test func keysNBTOnCharCodeNotID() throws {
        let result = try read("nbt.xml")
        #expect(
            lines(result) == [
                "USD/TJS 10.9284 2026-03-02 NBT", "RUB/TJS 0.1193 2026-03-02 NBT", "KZT/TJS 0.02186 2026-03-02 NBT",
                "UZS/TJS 0.000852 2026-03-02 NBT",
            ])
    }

    @Test func readsCBTRateTMTAndBothDateForms() throws {
        let recent = try read("cbt-2025.xml")
        #expect(
            lines(recent) == [
                "USD/TMT 3.5 2025-08-14 CBT", "GBP/TMT 4.7292 2025-08-14 CBT", "UZS/TMT 0.0002776 2025-08-14 CBT",
            ])
        #expect(recent[.uzs]?.name == "ÖZBEK SUMY")
        let older = try read("cbt-2021.xml")
        #expect(lines(older) == ["KZT/TMT 0.008212 2021-06-18 CBT"])
    }

    @Test func readsCBRWindows1251WithoutUnitRate() throws {
        let result = try read("cbr-2022.xml")
        #expect(
            lines(result) == [
                "KZT/RUB 0.210544 2022-03-19 CBR", "KGS/RUB 1.15730 2022-03-19 CBR", "UZS/RUB 0.0092021 2022-03-19 CBR",
                "TMT/RUB 29.5731 2022-03-19 CBR", "TJS/RUB 9.18402 2022-03-19 CBR",
            ])
        #expect(result[.kgs]?.nominal == 10)
        #expect(result[.kzt]?.name == "Казахстанских тенге")
        #expect(result[.kzt]?.rawUnitValue == nil)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func readsCBRWithUnitRateAndChangedNominals() throws {
        let result = try read("cbr-2025.xml")
        #expect(
            lines(result) == [
                "KZT/RUB 0.163172 2025-09-20 CBR", "KGS/RUB 0.952104 2025-09-20 CBR",
                "UZS/RUB 0.00673080 2025-09-20 CBR",
                "USD/RUB 83.0029 2025-09-20 CBR", "TRY/RUB 2.00513 2025-09-20 CBR",
            ])
        let kzt = try #require(result[.kzt])
        #expect(kzt.rate.quoted.fractionDigits == 6)
        #expect(kzt.rate.precision == Decimal(string: "0.0000005"))
        #expect(kzt.rawUnitValue == "0,163172")
        #expect(result[.kgs]?.nominal == 100)
        #expect(result[.uzs]?.nominal == 10000)
        #expect(
            result.diagnostics.map(\.description) == [
                "35:21: warning: stated unit rate \"2,1\" for TRY disagrees with 20,0513 / 10"
            ])
    }

    @Test func readsECBDefaultNamespaceWithEuroAsBase() throws {
        let result = try read("ecb.xml")
        #expect(
            lines(result) == [
                "EUR/USD 1.1587 2025-11-28 ECB", "EUR/JPY 181.05 2025-11-28 ECB", "EUR/GBP 0.87610 2025-11-28 ECB",
                "EUR/CNY 8.2013 2025-11-28 ECB",
            ])
        #expect(result["GBP"]?.rate.quoted.text == "0.87610")
    }

    @Test(arguments: [
        ("16.3172", 100, "0.163172"), ("0.0780", 100, "0.000780"), ("87.4500", 1, "87.4500"), ("5.70", 1, "5.70"),
        ("0.40", 1000, "0.00040"), ("67.3080", 10000, "0.00673080"), ("10", 3, "3.3"), ("1.00", 50, "0.0200"),
    ])
    func normalisesPerUnitWithHonestPrecision(value: String, nominal: Int, expected: String) throws {
        let text =
            "<ValCurs Date=\"01.01.2025\"><Valute ID=\"R1\"><CharCode>AMD</CharCode>"
            + "<Nominal>\(nominal)</Nominal><Value>\(value.replacingOccurrences(of: ".", with: ","))</Value></Valute></ValCurs>"
        let result = try RateFeed.parse(Data(text.utf8))
        #expect(result.rates.first?.rate.quoted.text == expected)
    }

    /// A rate file's date is read by the same dotted-day rule as a feed's: ASCII digits only.
    @Test(
        arguments: [
            ("01.01.2025", "2025-01-01"), ("1.1.2025", "2025-01-01"), ("21.01.25", "2025-01-21"),
            ("2025-01-21", "2025-01-21"), ("+1.01.2025", nil), ("01.01.+025", nil), ("01.13.2025", nil),
            ("01.01.202", nil), ("001.01.2025", nil), ("01..2025", nil),
        ] as [(String, String?)])
    func readsDottedDaysStrictly(text: String, expected: String?) throws {
        let feed =
            "<ValCurs Date=\"\(text)\"><Valute ID=\"R1\"><CharCode>USD</CharCode><Nominal>1</Nominal>"
            + "<Value>87,45</Value></Valute></ValCurs>"
        let result = try RateFeed.parse(Data(feed.utf8))
        #expect(result.date == expected.flatMap { PartialDate($0) })
        #expect(FeedDate(text)?.day == expected.flatMap { PartialDate($0) })
    }

    @Test func skipsBadRecordsWithDiagnostics() throws {
        let text = """
            <CurrencyRates Name="Daily Exchange Rates" Date="31.02.2026">
            <Currency ISOCode="USD"><Nominal>1</Nominal><Value>87,45</Value></Currency>
            <Currency ISOCode="Eur"><Nominal>1</Nominal><Value>99,1</Value></Currency>
            <Currency ISOCode="CNY"><Nominal>0</Nominal><Value>12,1</Value></Currency>
            <Currency ISOCode="RUB"><Nominal>1</Nominal><Value>1,O9</Value></Currency>
            <Currency><Nominal>1</Nominal><Value>1,0</Value></Currency>
            <Currency ISOCode="KGS"><Nominal>1</Nominal><Value>1</Value></Currency>
            <Currency ISOCode="KZT"><Nominal>9223372036854775807</Nominal><Value>1</Value></Currency>
            </CurrencyRates>
            """
        let result = try RateFeed.parse(Data(text.utf8))
        #expect(lines(result) == ["USD/KGS 87.45 - NBKR"])
        #expect(
            result.diagnostics.map(\.description) == [
                "1:61: warning: malformed date \"31.02.2026\"",
                "3:24: warning: malformed currency code \"Eur\"; the rate was skipped",
                "4:24: warning: malformed nominal \"0\" for CNY; the rate was skipped",
                "5:24: warning: malformed rate \"1,O9\" for RUB; the rate was skipped",
                "6:10: warning: a rate without a currency code was skipped",
                "7:24: note: the bank's own currency KGS was skipped",
                "8:24: warning: nominal 9223372036854775807 for KZT is larger than 1000000000; the rate was skipped",
            ])
    }

    @Test func throwsWhenNoRateIsUsable() {
        let text =
            "<ValCurs Date=\"01.01.2025\"><Valute ID=\"R1\"><CharCode>USD</CharCode><Value>x</Value></Valute></ValCurs>"
        #expect(
            caughtParseError { _ = try RateFeed.parse(Data(text.utf8)) }?.description
                == "error: no usable rate in the CBR file; first problem: 1:43: warning: malformed rate \"x\" for USD; the rate was skipped"
        )
    }

    @Test func rejectsNewsFeedAsRateFile() {
        let text =
            "<rss version=\"2.0\"><channel><title>News</title><item><title>A story</title></item></channel></rss>"
        #expect(RateFeed.detect(Data(text.utf8)) == nil)
        #expect(
            caughtParseError { _ = try RateFeed.parse(Data(text.utf8)) }?.description
                == "error: not a known central-bank rate file: an XML document with root element <rss>")
    }

    @Test func rejectsOtherJSONAndPlainText() {
        #expect(
            caughtParseError { _ = try RateFeed.parse(Data("[{\"title\": \"x\"}]".utf8)) }?.message
                == "not a known central-bank rate file: JSON without \"Ccy\" fields")
        #expect(
            caughtParseError { _ = try RateFeed.parse(Data("KZT/USD = 0.00191".utf8)) }?.message
                == "not a known central-bank rate file: neither XML nor JSON")
        #expect(
            caughtParseError { _ = try RateFeed.parse(Data("[{\"Ccy\": ".utf8)) }?.message
                == "malformed JSON: the rate file could not be read as JSON")
    }

    @Test func rejectsFileOfAnotherExpectedFormat() throws {
        let data = try Fixture.data("ecb.xml")
        #expect(
            caughtParseError { _ = try RateFeed.parse(data, as: .cbr) }?.description
                == "error: expected a cbr rate file, found a ecb file")
    }

    @Test func rejectsTruncatedCBRFile() throws {
        let data = try Fixture.data("cbr-2025.xml")
        let failure = caughtParseError { _ = try RateFeed.parse(data.prefix(300)) }
        #expect(failure?.kind == .wrongFormat)
    }

    @Test func rejectsCBRBytesRelabelledAsUTF8() throws {
        var text = String(decoding: try Fixture.data("nbt.xml"), as: UTF8.self)
        text = text.replacingOccurrences(of: "US Dollar", with: "Доллар")
        var bytes = Array(text.utf8)
        // Re-encode as windows-1251 behind a UTF-8 label: the classic mislabelled file.
        bytes = Array(
            String(decoding: bytes, as: UTF8.self).unicodeScalars.map { scalar -> UInt8 in
                scalar.value < 0x80 ? UInt8(scalar.value) : UInt8(truncatingIfNeeded: scalar.value - 0x350)
            })
        let failure = caughtParseError { _ = try RateFeed.parse(Data(bytes)) }
        #expect(failure?.kind == .badEncoding)
    }

    @Test func encodesCentralBankRateAsPinnedJSON() throws {
        let result = try read("cbr-2025.xml")
        let kzt = try #require(result[.kzt])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(kzt), as: UTF8.self)
        #expect(
            json
                == #"{"name":"Тенге","nominal":100,"rate":{"base":"KZT","date":"2025-09-20","quote":"RUB","rate":"0.163172","source":"CBR"},"rawUnitValue":"0,163172","rawValue":"16,3172"}"#
        )
        #expect(try JSONDecoder().decode(CentralBankRate.self, from: Data(json.utf8)) == kzt)
    }

    @Test func roundTripsEveryRateOfEveryFixture() throws {
        for name in ["nbk-rates_all.xml", "cbu.json", "nbkr-weekly.xml", "cbt-2025.xml", "ecb.xml"] {
            for rate in try read(name).rates {
                let data = try JSONEncoder().encode(rate)
                #expect(try JSONDecoder().decode(CentralBankRate.self, from: data) == rate)
            }
        }
    }

    @Test func rejectsNominalBelowOneWhenDecoding() {
        let json = #"{"rate":{"base":"KZT","quote":"RUB","rate":"1"},"rawValue":"1","nominal":0}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CentralBankRate.self, from: Data(json.utf8)) }
    }

    @Test func describesRateWithRawFigures() throws {
        let kzt = try #require(try read("cbr-2025.xml")[.kzt])
        #expect(kzt.description == "100 KZT = 16,3172 RUB (KZT/RUB 0.163172)")
    }
}

extension RateFeedTests {
    @Test func encodesResultAsPinnedJSON() throws {
        let result = try RateFeed.parse(try Fixture.data("ecb.xml"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(result), as: UTF8.self)
        #expect(
            json.hasPrefix(
                #"{"date":"2025-11-28","diagnostics":[],"format":"ecb","rates":[{"nominal":1,"rate":{"base":"EUR","date":"2025-11-28","quote":"USD","rate":"1.1587","source":"ECB"},"rawValue":"1.1587"}"#
            ))
        #expect(try JSONDecoder().decode(RateFeed.Result.self, from: Data(json.utf8)) == result)
        let withDiagnostics = try RateFeed.parse(try Fixture.data("cbr-2025.xml"))
        let data = try JSONEncoder().encode(withDiagnostics)
        #expect(try JSONDecoder().decode(RateFeed.Result.self, from: data) == withDiagnostics)
    }
}
