import Foundation

/// Locates test fixtures next to this file, and the shared reference samples beside the checkout.
enum Fixture {
    /// The folder of this test target (this file sits in its `Support` folder).
    static let target = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// The `Fixtures` folder of this test target.
    static let directory = target.appendingPathComponent("Fixtures")

    /// The URL of a fixture file.
    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// The bytes of a fixture file.
    static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    /// `../shared` beside the checkout (present on the project machines, absent in a bare clone).
    static let shared = target.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared")

    /// A real rate-feed sample in `../shared/reference/feeds/`.
    static func referenceFeed(_ name: String) -> URL {
        shared.appendingPathComponent("reference/feeds").appendingPathComponent(name)
    }

    /// A real article or news-feed sample in `../shared/reference/articles/`.
    static func referenceArticle(_ name: String) -> URL {
        shared.appendingPathComponent("reference/articles").appendingPathComponent(name)
    }

    /// Whether a file exists (used to enable tests that read `../shared`).
    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }
}
