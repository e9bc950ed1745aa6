import Testing

@testable import CentralAsiaKit

/// English frames that read a place or a person from the context, one text per case (written for these
/// tests): a place referred to ("there"), a traveller in a relative clause ("who"), someone named after
/// "from" (absent). The page's date is Tuesday, 21 January 2025.
@Suite struct FrameContextTests {
    static let reference = PartialDate(year: 2025, month: 1, day: 21)

    @Test(arguments: [
        (
            "The talks were held in Tashkent. Putin arrived there in the evening.",
            ["Vladimir Putin → Tashkent, UZ (unspecified, completed)"]
        ),
        (
            "Tokayev thanked Mirziyoyev, who arrived in Astana for talks.",
            ["Shavkat Mirziyoyev → Astana, KZ (unspecified, completed)"]
        ),
        ("The greetings, who arrived in Astana, were warm.", []),
        (
            "Tokayev arrived in the capital of Uzbekistan.",
            ["Kassym-Jomart Tokayev → Tashkent, UZ (unspecified, completed)"]
        ),
        (
            "Mirziyoyev passed greetings from Putin when he met Tokayev in Astana.",
            ["Shavkat Mirziyoyev → Astana, KZ (unspecified, completed)"]
        ),
    ])
    func readsFromTheContext(text: String, expected: [String]) {
        #expect(
            TravelExtractor().extract(from: text, reference: Self.reference).visits.map(\.description) == expected)
    }
}
