// swift-tools-version: 6.0
import PackageDescription

/// Parley depends on the Swift toolchain alone: Foundation, the standard library and
/// Swift Testing. Layers only point down: Basics → CivilTime → ICalendar → Holidays → ParleyKit →
/// ParleyCLI. Basics (atomic file writing, the `write(2)`/`send(2)` loop, the parallel map, the binary
/// search) depends on Foundation alone, so every layer, the CLI included, uses it directly.
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
        // The HTTP stack of `parley publish`, a program of its own so that no other command loads it.
        .executable(name: "parley-http", targets: ["ParleyHTTP"]),
        .library(name: "ParleyKit", targets: ["ParleyKit"]),
        // libFuzzer harnesses (.ci/fuzz.sh builds them with -DPARLEY_FUZZ); elsewhere they replay files.
        .executable(name: "fuzz-calendar-reader", targets: ["FuzzCalendarReader"]),
        .executable(name: "fuzz-plan-reader", targets: ["FuzzPlanReader"]),
    ],
    targets: [
        .target(name: "Basics", swiftSettings: strictSettings),
        // <malloc.h> for the CLI's allocator settings (FreedMemory); no code of its own.
        .target(name: "CAllocator"),
        .target(name: "CivilTime", dependencies: ["Basics"], swiftSettings: strictSettings),
        .target(name: "ICalendar", dependencies: ["Basics", "CivilTime"], swiftSettings: strictSettings),
        .target(name: "CalDAV", dependencies: ["Basics"], swiftSettings: strictSettings),
        .target(name: "Holidays", dependencies: ["Basics", "CivilTime", "ICalendar"], swiftSettings: strictSettings),
        .target(
            name: "ParleyKit",
            dependencies: ["Basics", "CivilTime", "ICalendar", "Holidays", "CalDAV"],
            swiftSettings: strictSettings
        ),
        // ParleyHTTP is built with the programs that run it (publish), not linked into them.
        .executableTarget(name: "ParleyHTTP", dependencies: ["CalDAV"], swiftSettings: strictSettings),
        .executableTarget(
            name: "ParleyCLI",
            dependencies: ["Basics", "CAllocator", "CivilTime", "ICalendar", "Holidays", "ParleyKit", "CalDAV", "ParleyHTTP"],
            // A release `parley` on Linux carries the Swift runtime and Foundation, as `make install`'s
            // does: it starts in half the time (no loader resolving thousands of symbols).
            swiftSettings: strictSettings + [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "ParleyBench",
            dependencies: ["Basics", "CivilTime", "ICalendar", "Holidays", "ParleyKit", "CalDAV", "ParleyHTTP"],
            exclude: [
                "ics_write_bench.py", "expand_bench.py", "ics_feeds_bench.py",
                "ics_expand_calendar.py", "libical_parse_bench.c", "build_libical_bench.sh",
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "FuzzCalendarReader", dependencies: ["CivilTime", "ICalendar"], path: "Sources/Fuzz/CalendarReader",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "FuzzPlanReader", dependencies: ["CivilTime", "ParleyKit"], path: "Sources/Fuzz/PlanReader", swiftSettings: strictSettings
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strictSettings),
        .testTarget(name: "BasicsTests", dependencies: ["Basics", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "CalDAVTests", dependencies: ["CalDAV", "TestSupport"], swiftSettings: strictSettings),
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
            dependencies: ["ParleyKit", "Basics", "CivilTime", "ICalendar", "TestSupport"],
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ParleyCLITests",
            dependencies: ["ParleyCLI", "ParleyKit", "CalDAV", "TestSupport"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
