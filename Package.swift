// swift-tools-version:6.0
import PackageDescription

// All behaviour lives in DeescalateKit; the executable only parses arguments, renders and exits.
// No package dependencies: the toolchain (standard library, Foundation, Dispatch, Swift Testing) only.
let package = Package(
    name: "Deescalate",
    products: [
        .library(name: "DeescalateKit", targets: ["DeescalateKit"]),
        .executable(name: "deescalate", targets: ["deescalate"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "DeescalateKit"),
        // Loading the Swift and Foundation shared libraries is most of a start: a binary to deploy is
        // built with `swift build -c release --static-swift-stdlib` (README). Not forced here: a
        // linker flag alone cannot do it (the static Foundation needs its own compile settings too).
        .executableTarget(name: "deescalate", dependencies: ["DeescalateKit"]),
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
