// swift-tools-version: 6.0
import PackageDescription

// Layers, dependencies pointing one way (docs/architecture.md):
//   scpf → SCPFTerminal → SCPFApp → SCPFCore, and scpf → SCPFRuntime → SCPFApp
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
        // The pure UI: state, update, views. No file, clock or environment access: those are
        // the runtime's (a source scan in SCPFAppTests keeps it so).
        .target(name: "SCPFApp", dependencies: ["SCPFCore"]),
        // The imperative shell: runs the App's effects against the Store, the clock, the editor.
        .target(name: "SCPFRuntime", dependencies: ["SCPFApp", "SCPFCore"]),
        .target(
            name: "CNcursesShim",
            cSettings: [.define("NCURSES_WIDECHAR", to: "1"), .define("_GNU_SOURCE")],
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(name: "SCPFTerminal", dependencies: ["SCPFApp", "CNcursesShim"]),
        .executableTarget(
            name: "scpf",
            dependencies: [
                "SCPFCore", "SCPFApp", "SCPFRuntime", "SCPFTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "CSpawn", path: "Tests/CSpawn", cSettings: [.define("_GNU_SOURCE")]),
        .testTarget(name: "SCPFCoreTests", dependencies: ["SCPFCore", "CSpawn"], exclude: ["Golden", "Corpus", "Published"]),
        .testTarget(name: "SCPFAppTests", dependencies: ["SCPFApp", "SCPFRuntime", "SCPFCore"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["scpf", "CSpawn"]),
        .executableTarget(name: "scpf-bench", dependencies: ["SCPFCore", "SCPFApp", "SCPFRuntime"], path: "Benchmarks/scpf-bench"),
        .executableTarget(name: "scpf-savetorture", dependencies: ["SCPFCore"], path: "Tests/SaveTorture"),
        .testTarget(name: "SCPFTerminalTests", dependencies: ["SCPFTerminal", "SCPFApp", "CNcursesShim"]),
    ],
    swiftLanguageModes: [.v6]
)
