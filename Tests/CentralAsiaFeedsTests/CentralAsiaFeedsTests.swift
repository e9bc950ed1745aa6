import CentralAsiaFeeds
import Testing

@Suite struct CentralAsiaFeedsTests {
    @Test func exposesReaderVersion() {
        #expect(CentralAsiaFeeds.readerVersion == 1)
    }
}
