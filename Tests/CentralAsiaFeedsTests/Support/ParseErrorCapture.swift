import CentralAsiaKit

/// The `ParseError` a body throws, or `nil` when it throws nothing or another error.
///
/// Tests compare the error's exact text, which `#expect(throws:)` does not show on failure.
func caughtParseError(_ body: () throws -> Void) -> ParseError? {
    do {
        try body()
        return nil
    } catch let error as ParseError {
        return error
    } catch {
        return nil
    }
}
