import Foundation
import Testing

/// Runs an example executable built next to the test bundle and captures what it prints.
enum ExampleRunner {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The products directories to look in: `Bundle.main.bundleURL` or the parent of the `.xctest`
    /// bundle, and the test runner's own folder.
    static let directories: [URL] = {
        var candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent())
        }
        return candidates
    }()

    /// The built executable named `name`, if it is there.
    static func binary(_ name: String) -> URL? {
        directories.map { $0.appendingPathComponent(name) }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
    }

    /// Runs `name` with `arguments`, feeding `input` to its standard input.
    static func run(_ name: String, _ arguments: [String], input: Data? = nil) throws -> Run {
        let process = Process()
        let executable = binary(name)
        let url: URL = try #require(executable, "\(name) was not found next to the test bundle")
        process.executableURL = url
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}
