import CentralAsiaKit
import Foundation
import Testing

/// Rounding a conversion for display: at the target currency's minor units, or at the places its bounds justify.
@Suite struct ConversionRoundingTests {
    /// A conversion's exact value and bounds, and what they round to at the target's minor units.
    struct MinorUnitsCase: Sendable, CustomTestStringConvertible {
        var target: CurrencyCode
        var exact: (value: String, low: String, high: String)
        var scale: Int
        var shown: (value: String, low: String, high: String)

        var testDescription: String { "\(exact.value) \(target)" }

        func conversion() throws -> Conversion {
            Conversion(
                amount: Money(amount: 1, currency: .usd),
                value: Money(amount: try decimal(exact.value), currency: target),
                low: try decimal(exact.low), high: try decimal(exact.high), path: [.usd, target], rates: [], dates: [])
        }
    }

    static let gold: CurrencyCode = "XAU"
    static let newerThanTheTable: CurrencyCode = "ZZZ"

    /// No minor units; the value's tie goes to the even neighbour.
    static let yen = MinorUnitsCase(
        target: "JPY", exact: ("1234.5", "1230.01", "1239.99"), scale: 0, shown: ("1234", "1230", "1240"))

    static let minorUnitsCases: [MinorUnitsCase] = [
        // Two places; the bounds move outward to the next cent.
        .init(
            target: .kgs, exact: ("166.958041958", "166.448230668", "167.468298"), scale: 2,
            shown: ("166.96", "166.44", "167.47")),
        // A negative amount: the low bound still rounds down, the high bound up.
        .init(
            target: .kgs, exact: ("-166.958041958", "-167.468298", "-166.448230668"), scale: 2,
            shown: ("-166.96", "-167.47", "-166.44")),
        // Bounds already on a cent stay where they are.
        .init(target: .kzt, exact: ("500", "499.99", "500.01"), scale: 2, shown: ("500.00", "499.99", "500.01")),
        yen,
        // Three places.
        .init(target: "BHD", exact: ("0.12345", "0.1230001", "0.1239"), scale: 3, shown: ("0.123", "0.123", "0.124")),
        // No minor units in the table: the places the bounds justify (a width of 0.1 → 2 places).
        .init(target: gold, exact: ("1.23456", "1.2", "1.3"), scale: 2, shown: ("1.23", "1.20", "1.30")),
        .init(target: newerThanTheTable, exact: ("80", "75", "85"), scale: 0, shown: ("80", "75", "85")),
    ]

    @Test(arguments: minorUnitsCases)
    func roundsToTheTargetCurrencysMinorUnits(_ example: MinorUnitsCase) throws {
        let conversion = try example.conversion()
        #expect(conversion.minorUnitScale == example.scale)
        let shown = conversion.roundedToMinorUnits
        #expect(shown.value.text == example.shown.value)
        #expect(shown.low.text == example.shown.low)
        #expect(shown.high.text == example.shown.high)
        #expect(shown.value.value == (try decimal(example.shown.value)))
        #expect(shown.low.value == (try decimal(example.shown.low)))
        #expect(shown.high.value == (try decimal(example.shown.high)))
    }

    @Test func convertsTheReferenceTickerToTheCent() throws {
        let conversion = try RateBookTests.tickerBook().convert(Money(amount: 1000, currency: .kzt), to: .kgs)
        let cents = conversion.roundedToMinorUnits
        #expect([cents.value, cents.low, cents.high].map(\.text) == ["166.96", "166.44", "167.47"])
        #expect(
            [cents.value.value, cents.low.value, cents.high.value]
                == [try decimal("166.96"), try decimal("166.44"), try decimal("167.47")])
        let significant = conversion.rounded
        #expect([significant.value, significant.low, significant.high].map(\.text) == ["167.0", "166.4", "167.5"])
    }

    @Test(arguments: [(-2, "1234", "1230", "1240"), (0, "1234", "1230", "1240"), (1, "1234.5", "1230.0", "1240.0")])
    func roundsToAnyScale(scale: Int, value: String, low: String, high: String) throws {
        let conversion = try Self.yen.conversion()
        let shown = conversion.rounded(toScale: scale)
        #expect([shown.value.text, shown.low.text, shown.high.text] == [value, low, high])
    }
}
