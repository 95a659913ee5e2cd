// swift-tools-version: 6.0
import PackageDescription

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")

/// gperftools' minimal tcmalloc in place of glibc's malloc, for both executables (see their `main.swift`).
let tcmalloc: [LinkerSetting] = [.linkedLibrary("tcmalloc_minimal", .when(platforms: [.linux]))]
/// Full RELRO for lamp, as distributions build their packages: every imported symbol is bound at start-up (about 500
/// of them) and the table holding them is then read-only, so a memory bug cannot redirect a library call.
let bindNow: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "-z", "-Xlinker", "now"], .when(platforms: [.linux]))]
/// The toolchain's static-stdlib link exports every symbol of lamp's own modules (23,000 of them, 2 MB of symbol
/// tables in the mapped image), though lamp never looks one up: without them a cold start takes fewer page faults.
let localSymbols: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux]))]

let package = Package(
  name: "lamp",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "lamp", targets: ["lamp"]),
    .executable(name: "lamp-sim", targets: ["lamp-sim"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.30.0"),
    .package(url: "https://github.com/apple/swift-nio-http2", from: "1.46.0"),
    .package(url: "https://github.com/apple/swift-certificates", from: "1.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
  ],
  targets: [
    // C libraries, one Swift module each touches them.
    .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
    .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

    .target(name: "YAMLCoding", dependencies: ["CYAML"]),
    .target(name: "ByteScanning"),
    .target(name: "CurlHTTP", dependencies: ["ByteScanning", "CCurl"]),
    .target(name: "CPrefetch"),
    .target(name: "CJSONIndex"),
    .target(name: "KubeAPI", dependencies: ["ByteScanning", "CJSONIndex", "CPrefetch", "YAMLCoding"]),
    .target(name: "KubeClient", dependencies: ["ByteScanning", "KubeAPI", "CurlHTTP", "YAMLCoding"]),
    .target(name: "Formatters", dependencies: ["YAMLCoding", "ByteScanning"]),
    .target(name: "EventsFeature", dependencies: ["ByteScanning", "CPrefetch", "KubeClient", "KubeAPI", "Formatters"]),
    .target(
      name: "SecretsFeature",
      dependencies: [
        "ByteScanning", "KubeClient", "KubeAPI", "CZlib",
        .product(name: "X509", package: "swift-certificates"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "RBACFeature", dependencies: ["KubeClient", "KubeAPI"]),
    .target(name: "AutoscaleFeature", dependencies: ["KubeClient", "KubeAPI", "Formatters", "EventsFeature"]),
    .target(name: "MapFeature", dependencies: ["ByteScanning", "KubeClient", "KubeAPI", "Formatters"]),
    .target(
      name: "AskFeature",
      dependencies: [
        "ByteScanning", "KubeClient", "KubeAPI", "CurlHTTP", "YAMLCoding", "Formatters", "EventsFeature", "MapFeature",
        "RBACFeature",
      ]),
    .target(
      name: "LampCommands",
      dependencies: [
        "ByteScanning", "KubeClient", "Formatters", "YAMLCoding", "EventsFeature", "SecretsFeature", "RBACFeature",
        "AutoscaleFeature", "MapFeature", "AskFeature", argumentParser,
      ]),
    .executableTarget(
      name: "lamp", dependencies: ["LampCommands"],
      linkerSettings: tcmalloc + bindNow + localSymbols),

    // The fake API server: tests, the demo and the benchmarks. Never linked into lamp.
    .target(
      name: "KubeSim",
      dependencies: [
        "KubeAPI", "YAMLCoding",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "NIOHTTP2", package: "swift-nio-http2"),
        .product(name: "X509", package: "swift-certificates"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Resources")]
    ),
    .executableTarget(
      name: "lamp-sim", dependencies: ["KubeSim"],
      linkerSettings: tcmalloc),

    // Bad input for lamp's readers, from libFuzzer: `make fuzz`. Never linked into lamp.
    .executableTarget(
      name: "lamp-fuzz",
      dependencies: ["KubeAPI", "KubeClient", "Formatters", "EventsFeature", "SecretsFeature", "YAMLCoding"],
      // Its entry is a function (libFuzzer brings its own `main`), so main.swift is read as a library file.
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]),

    .target(
      name: "LampTestSupport",
      dependencies: [
        "KubeSim", "KubeClient", "LampCommands",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ],
      path: "Tests/LampTestSupport"),
    .testTarget(name: "YAMLCodingTests", dependencies: ["YAMLCoding"]),
    .testTarget(name: "CurlHTTPTests", dependencies: ["CurlHTTP", "LampTestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "ByteScanningTests", dependencies: ["ByteScanning"]),
    .testTarget(name: "KubeAPITests", dependencies: ["KubeAPI", "YAMLCoding"]),
    .testTarget(name: "KubeClientTests", dependencies: ["KubeClient", "LampTestSupport"]),
    .testTarget(name: "FormattersTests", dependencies: ["Formatters", "LampTestSupport"]),
    .testTarget(name: "LampCommandsTests", dependencies: ["LampCommands", "LampTestSupport"], exclude: ["Golden"]),
    .testTarget(
      name: "EventsFeatureTests", dependencies: ["EventsFeature", "LampTestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "SecretsFeatureTests", dependencies: ["SecretsFeature", "LampTestSupport"], exclude: ["Golden"]),
    .testTarget(name: "RBACFeatureTests", dependencies: ["RBACFeature", "LampTestSupport"], exclude: ["Golden"]),
    .testTarget(
      name: "AutoscaleFeatureTests", dependencies: ["AutoscaleFeature", "LampTestSupport"], exclude: ["Golden"]),
    .testTarget(name: "MapFeatureTests", dependencies: ["MapFeature", "LampTestSupport"], exclude: ["Golden"]),
    .testTarget(name: "AskFeatureTests", dependencies: ["AskFeature", "LampTestSupport"]),
    .testTarget(
      name: "KubeSimTests",
      dependencies: [
        "KubeSim", "LampTestSupport",
        .product(name: "NIOEmbedded", package: "swift-nio"),
        .product(name: "NIOHTTP2", package: "swift-nio-http2"),
      ]),
  ]
)
