import Foundation

/// Locates test fixtures next to this file, and the shared reference material beside the checkout.
enum Fixture {
    /// The folder of this test target (this file sits in its `Support` folder).
    static let target = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// The package's root folder.
    static let packageRoot = target.deletingLastPathComponent().deletingLastPathComponent()

    /// The `Fixtures` folder of this test target.
    static let directory = target.appendingPathComponent("Fixtures")

    /// The URL of a fixture file.
    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// The bytes of a fixture file.
    static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    /// The text of a fixture file.
    static func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }

    /// `../shared` beside the checkout (present in CI, absent in a bare clone).
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The reference page, when `../shared` is there.
    static let referencePage = shared.appendingPathComponent("seed/000_e87d7b1c27e82a44.txt")

    /// Whether a file exists (used to enable tests that read `../shared`).
    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }
}
