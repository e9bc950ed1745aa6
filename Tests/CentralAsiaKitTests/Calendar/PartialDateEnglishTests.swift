import CentralAsiaKit
import Testing

@Suite struct PartialDateEnglishTests {
    @Test(arguments: [
        ("21 January 2025", "2025-01-21"), ("08 December 2025", "2025-12-08"), ("8 December 2025", "2025-12-08"),
        ("08 September 2024", "2024-09-08"), ("29 February 2024", "2024-02-29"), ("1 May 2017", "2017-05-01"),
        ("  21 January 2025\t", "2025-01-21"), ("31 October 1991", "1991-10-31"),
    ])
    func readsThePageDateLine(_ line: String, _ iso: String) {
        #expect(PartialDate(englishDay: line)?.description == iso)
    }

    @Test(arguments: [
        "31 April 2024", "29 February 2025", "00 January 2025", "021 January 2025", "21 january 2025",
        "21 Jan 2025", "21 Jan. 2025", "21  January 2025", "21 January 25", "21 January 20250", "January 21, 2025",
        "21 January", "21 January 2025 Uncategorized", "21 Januaryy 2025", "21 Mayo 2025", "", "   ", "2025-01-21",
    ])
    func rejectsAnyOtherForm(_ line: String) {
        #expect(PartialDate(englishDay: line) == nil)
    }

    @Test func readsBytesOfALine() {
        let bytes = Array("junk\n08 December 2025\nmore".utf8)
        #expect(PartialDate(englishDayUTF8: bytes[5..<21])?.description == "2025-12-08")
        #expect(PartialDate(englishDayUTF8: bytes[5..<20]) == nil)
    }
}
