// swift-tools-version: 6.0
import PackageDescription

// Layers, dependencies pointing one way (docs/architecture.md):
//   scpf → SCPFTerminal → SCPFApp → SCPFCore
// Only SCPFTerminal (through CNcursesShim) touches ncursesw.
let package = Package(
    name: "scpf",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "scpf", targets: ["scpf"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "SCPFCore"),
        .target(name: "SCPFApp", dependencies: ["SCPFCore"]),
        .target(
            name: "CNcursesShim",
            cSettings: [.define("NCURSES_WIDECHAR", to: "1"), .define("_GNU_SOURCE")],
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(name: "SCPFTerminal", dependencies: ["SCPFApp", "CNcursesShim"]),
        .executableTarget(
            name: "scpf",
            dependencies: [
                "SCPFCore", "SCPFApp", "SCPFTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "CSpawn", path: "Tests/CSpawn", cSettings: [.define("_GNU_SOURCE")]),
        .testTarget(name: "SCPFCoreTests", dependencies: ["SCPFCore", "CSpawn"], exclude: ["Golden"]),
        .testTarget(name: "SCPFAppTests", dependencies: ["SCPFApp", "SCPFCore"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["scpf", "CSpawn"]),
        .executableTarget(name: "scpf-bench", dependencies: ["SCPFCore", "SCPFApp"], path: "Benchmarks/scpf-bench"),
        .executableTarget(name: "scpf-savetorture", dependencies: ["SCPFCore"], path: "Tests/SaveTorture"),
        .testTarget(name: "SCPFTerminalTests", dependencies: ["SCPFTerminal", "SCPFApp", "CNcursesShim"]),
    ],
    swiftLanguageModes: [.v6]
)
