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
        // Start-up is dominated by loading the Swift and Foundation shared libraries: for a release
        // binary, `swift build -c release --static-swift-stdlib` links them statically (README).
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
