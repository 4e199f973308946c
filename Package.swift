// swift-tools-version: 6.0
import PackageDescription

/// Parley depends on the Swift toolchain alone: Foundation, the standard library and
/// Swift Testing. Layers only point down: CivilTime → ICalendar → Holidays → ParleyKit → ParleyCLI.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parley", targets: ["ParleyCLI"]),
        .executable(name: "parley-bench", targets: ["ParleyBench"]),
        .library(name: "ParleyKit", targets: ["ParleyKit"]),
    ],
    targets: [
        .target(name: "CivilTime", swiftSettings: strictSettings),
        .target(name: "ICalendar", dependencies: ["CivilTime"], swiftSettings: strictSettings),
        .target(name: "Holidays", dependencies: ["CivilTime", "ICalendar"], swiftSettings: strictSettings),
        .target(
            name: "ParleyKit",
            dependencies: ["CivilTime", "ICalendar", "Holidays"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "ParleyCLI",
            dependencies: ["CivilTime", "ICalendar", "Holidays", "ParleyKit"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "ParleyBench",
            dependencies: ["CivilTime", "ICalendar", "Holidays", "ParleyKit"],
            exclude: ["ics_write_bench.py", "expand_bench.py", "ics_feeds_bench.py"],
            swiftSettings: strictSettings
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strictSettings),
        .testTarget(name: "CivilTimeTests", dependencies: ["CivilTime", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "ICalendarTests",
            dependencies: ["ICalendar", "CivilTime", "TestSupport"],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "HolidaysTests",
            dependencies: ["Holidays", "CivilTime", "TestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ParleyKitTests",
            dependencies: ["ParleyKit", "CivilTime", "ICalendar", "TestSupport"],
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ParleyCLITests",
            dependencies: ["ParleyCLI", "ParleyKit", "TestSupport"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
