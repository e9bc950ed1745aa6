// swift-tools-version:6.2
import Foundation
import PackageDescription

// The library is the package one folder up. A path dependency's identity is that folder's name
// (which differs between checkouts), so read it rather than spell it.
let libraryFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent

let package = Package(
    name: "Benchmarks",
    dependencies: [
        .package(path: "..")
    ],
    targets: [
        .executableTarget(
            name: "benchmarks",
            dependencies: [.product(name: "CentralAsiaKit", package: libraryFolder)],
            swiftSettings: [
                // SE-0335: spell existential types `any P`.
                .enableUpcomingFeature("ExistentialAny"),
                // SE-0444: a file sees only the modules it imports itself.
                .enableUpcomingFeature("MemberImportVisibility"),
                // SE-0409: imports are internal unless marked `public import`.
                .enableUpcomingFeature("InternalImportsByDefault"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
