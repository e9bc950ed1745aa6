import CentralAsiaKit
import Foundation
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: ["2024", "2024-03", "2024-04-24", "2024-02-29"])
    func roundTripsISOText(_ text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: ["2025-02-29", "2024-13", "24", "2024-4-24", "2024-04-31", ""])
    func rejectsMalformedOrImpossibleDates(_ text: String) {
        #expect(PartialDate(text) == nil)
    }
}
