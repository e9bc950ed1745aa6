// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "CentralAsiaKit",
    products: [
        .library(name: "CentralAsiaKit", targets: ["CentralAsiaKit"]),
        .library(name: "CentralAsiaFeeds", targets: ["CentralAsiaFeeds"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "CentralAsiaKit"),
        .target(name: "CentralAsiaFeeds", dependencies: ["CentralAsiaKit"]),
        // What the examples share: the command-line helper, JSON output and the bundled sample page.
        .target(name: "ExampleSupport", path: "Examples/Support"),
        .executableTarget(
            name: "fx", dependencies: ["CentralAsiaKit", "CentralAsiaFeeds", "ExampleSupport"], path: "Examples/fx"),
        .executableTarget(
            name: "briefing", dependencies: ["CentralAsiaKit", "CentralAsiaFeeds", "ExampleSupport"],
            path: "Examples/briefing"),
        .executableTarget(name: "trips", dependencies: ["CentralAsiaKit", "ExampleSupport"], path: "Examples/trips"),
        .testTarget(
            name: "CentralAsiaKitTests",
            dependencies: ["CentralAsiaKit", "ExampleSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CentralAsiaFeedsTests",
            dependencies: ["CentralAsiaFeeds", "CentralAsiaKit"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        // SE-0335: spell existential types `any P`.
        .enableUpcomingFeature("ExistentialAny"),
        // SE-0444: a file sees only the modules it imports itself.
        .enableUpcomingFeature("MemberImportVisibility"),
        // SE-0409: imports are internal unless marked `public import`.
        .enableUpcomingFeature("InternalImportsByDefault"),
    ])
    target.swiftSettings = settings
}
