// swift-tools-version:6.0
import PackageDescription

// All behaviour lives in DeescalateKit; the command line module `deescalate` parses arguments and
// renders; the executable only calls it and exits.
// No package dependencies: the toolchain (standard library, Foundation, Dispatch, Swift Testing) only.
let package = Package(
    name: "Deescalate",
    products: [
        .library(name: "DeescalateKit", targets: ["DeescalateKit"]),
        .executable(name: "deescalate", targets: ["DeescalateMain"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "DeescalateKit"),
        // The command line (parsing, rendering, the terminal, grading processes) is a library, so
        // its tests link it like any other module; the executable is only `main.swift`.
        .target(name: "deescalate", dependencies: ["DeescalateKit"]),
        // Release builds link the Swift runtime and Foundation statically: loading them as shared
        // libraries was most of a start (11 ms against 4), about a twentieth of grading a folder of
        // 3,000 chats. The flag must reach the compile of this module as
        // well as the link, and only this module gets it, so tests (which link the modules above
        // with the shared libraries, as XCTest and Swift Testing need) are unaffected.
        .executableTarget(
            name: "DeescalateMain",
            dependencies: ["deescalate"],
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        // Regenerates the analyzer's table image after the rules or word lists change.
        .executableTarget(
            name: "deescalate-tables",
            dependencies: ["DeescalateKit"]
        ),
        .executableTarget(
            name: "deescalate-bench",
            dependencies: ["DeescalateKit"],
            path: "Benchmarks/deescalate-bench"
        ),
        .testTarget(
            name: "DeescalateKitTests",
            dependencies: ["DeescalateKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "deescalateTests",
            dependencies: ["deescalate"]
        ),
    ]
)
