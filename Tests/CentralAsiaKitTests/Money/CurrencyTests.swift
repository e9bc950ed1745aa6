import Foundation
import Testing

@testable import CentralAsiaKit

@Suite struct CurrencyTests {
    @Test func findsEveryTableCodeFromItsBytes() {
        for currency in Currency.all {
            #expect(Currency.knownCode(in: Array(currency.code.rawValue.utf8), at: 0) == currency.code)
        }
    }

    @Test(arguments: ["KZX", "kzt", "KZ", "K-T", "ZZZ", "AAA"])
    func findsNoCodeForOtherBytes(text: String) {
        #expect(Currency.knownCode(in: Array(text.utf8), at: 0) == nil)
    }

    @Test func findsACodeInsideALine() {
        let bytes = Array("• UZS/USD".utf8)
        #expect(Currency.knownCode(in: bytes, at: 4) == CurrencyCode("UZS"))
        #expect(Currency.knownCode(in: bytes, at: 8) == CurrencyCode("USD"))
        #expect(Currency.knownCode(in: bytes, at: 5) == nil)
        #expect(Currency.knownCode(in: bytes, at: 9) == nil)
        #expect(Currency.knownCode(in: bytes, at: -1) == nil)
    }

    @Test func holdsOneEntryPerDistinctCode() {
        #expect(Currency.all.count == 179)
        #expect(Set(Currency.all.map(\.code)).count == Currency.all.count)
        #expect(Currency.all.map(\.code) == Currency.all.map(\.code).sorted())
    }

    @Test func carriesThePublicationDate() {
        #expect(Currency.tablePublicationDate.description == "2024-06-25")
        #expect(Currency.tablePublicationDate.precision == .day)
    }

    @Test(arguments: [
        ("KZT", 398, 2, "Tenge"), ("KGS", 417, 2, "Som"), ("UZS", 860, 2, "Uzbekistan Sum"),
        ("TJS", 972, 2, "Somoni"), ("TMT", 934, 2, "Turkmenistan New Manat"), ("JPY", 392, 0, "Yen"),
        ("BHD", 48, 3, "Bahraini Dinar"), ("CLF", 990, 4, "Unidad de Fomento"),
    ])
    func looksUpByCode(code: String, number: Int, minorUnits: Int, name: String) throws {
        let parsed = try #require(CurrencyCode(code))
        let currency = try #require(Currency(parsed))
        #expect(currency == Currency(code: currency.code, numericCode: number, minorUnits: minorUnits, name: name))
        #expect(Currency(numericCode: number) == currency)
    }

    @Test func givesNoMinorUnitsWhereTheListSaysNotApplicable() throws {
        #expect(try #require(Currency("XAU")).minorUnits == nil)
        #expect(try #require(Currency("XDR")).minorUnits == nil)
    }

    @Test func returnsNilForCodesOutsideTheTable() {
        #expect(Currency("XCG") == nil)
        #expect(Currency(numericCode: 1) == nil)
        #expect(Currency.isKnown(.kzt))
    }

    @Test(arguments: [("KZX", "KZT"), ("kzx", "KZT"), ("UDS", "USD"), ("QQQ", nil), ("KZT", nil), ("US", nil)])
    func suggestsANearMiss(typed: String, expected: String?) {
        #expect(Currency.suggestion(for: typed)?.rawValue == expected)
    }

    @Test func prefersSuggestionsFromGivenCodes() {
        #expect(Currency.suggestion(for: "KGZ", preferring: [.kzt, .kgs]) == .kgs)
    }

    @Test func encodesItsJSONDocument() throws {
        let gold = try #require(Currency("XAU"))
        #expect(
            try TickerTests.sortedJSON(gold)
                == #"{"code":"XAU","minorUnits":null,"name":"Gold","numericCode":959}"#)
        for currency in [gold, try #require(Currency(.kzt))] {
            #expect(try JSONDecoder().decode(Currency.self, from: JSONEncoder().encode(currency)) == currency)
        }
    }

    static let listOne = Fixture.shared.appendingPathComponent("reference/iso4217.xml")
    static let python = URL(fileURLWithPath: "/usr/bin/python3")

    @Test(.enabled(if: Fixture.exists(listOne) && Fixture.exists(python)))
    func generatorReproducesTheCommittedTable() throws {
        let root = Fixture.packageRoot
        let xml = Self.listOne
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("currency-table-\(UUID()).swift")
        let process = Process()
        process.executableURL = Self.python
        process.arguments = [
            root.appendingPathComponent("Scripts/generate-currencies.py").path, xml.path, output.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let generated = try Data(contentsOf: output)
        let committed = try Data(
            contentsOf: root.appendingPathComponent("Sources/CentralAsiaKit/Money/Currency+Table.swift"))
        #expect(generated == committed)
        try? FileManager.default.removeItem(at: output)
    }
}
