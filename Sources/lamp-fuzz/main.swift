// Feeds libFuzzer's inputs to the readers of what lamp does not control: API responses, kubeconfig files, secret
// values, the scheduler's and Karpenter's messages, and what is typed on the command line. Any crash, trap or
// memory error is a bug: bad input gets an error, never a crash. `make fuzz` builds it with libFuzzer and
// AddressSanitizer (and `-D LAMP_FUZZ`) and runs it on `fuzz/corpus`; any other build makes a stub that says so.
import EventsFeature
import Formatters
import KubeAPI
import KubeClient
import SecretsFeature
import YAMLCoding

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#endif

/// The reader an input goes to, by its first byte (the corpus files are named after it).
enum FuzzTarget: UInt8, CaseIterable {
  case eventPage, podPage, nodePage, object, jsonValue, commandLine, kubeconfig, secret, schedulerMessage, yaml,
    certificate

  static let secretTypes = [
    "kubernetes.io/tls", "kubernetes.io/dockerconfigjson", "kubernetes.io/dockercfg",
    "kubernetes.io/service-account-token", "kubernetes.io/ssh-auth", "kubernetes.io/basic-auth", "helm.sh/release.v1",
    "Opaque", "bootstrap.kubernetes.io/token",
  ]
  static let secretKeys = [
    "tls.crt", "tls.key", "ca.crt", ".dockerconfigjson", ".dockercfg", "token", "ssh-privatekey", "release",
    "username", "password", "value",
  ]
  /// Certificates' validity is read against a fixed time, so a run is reproducible.
  static let now = Date(timeIntervalSince1970: 1_795_000_000)
  static let kubeconfigPath = "/tmp/lamp-fuzz-kubeconfig-\(getpid())"

  func run(_ data: Data) {
    let text = String(decoding: data, as: UTF8.self)
    switch self {
    case .eventPage:
      _ = try? JSONSlice.reading(data) { page in
        try page.member("items")?.forEachElement { _ = try ClusterEvent(scanning: $0) }
      }
    case .podPage:
      _ = ObjectList<Pod>.scanning(data)
      _ = try? JSONSlice.decode(ObjectList<Pod>.self, from: data)
    case .nodePage:
      _ = ObjectList<Node>.scanning(data)
    case .object:
      _ = try? JSONSlice.decode(NodePool.self, from: data)
      _ = try? JSONSlice.decode(ScaledObject.self, from: data)
      _ = try? JSONSlice.decode(EventV1.self, from: data)
      _ = try? JSONSlice.decode(Secret.self, from: data)
    case .jsonValue:
      if let value = try? JSONValue.parse(data) { _ = try? value.encoded() }
    case .commandLine:
      _ = try? Quantity(parsing: text)
      _ = try? LabelSelector(parsing: text)
      _ = try? FieldSelector(parsing: text)
      _ = KubeTime.parse(text)
      _ = try? Age.parseDuration(text)
      _ = try? ConfigOverrides.parseRequestTimeout(text)
      _ = try? EventsTarget.parse(text)
      _ = try? PathEscaping.segment(text, role: .name)
    case .kubeconfig:
      // Resolving a kubeconfig reads the files it names but runs no exec plugin: credentials are asked for later.
      guard FileManager.default.createFile(atPath: Self.kubeconfigPath, contents: data) else { return }
      let loader = KubeconfigLoader(explicitPath: Self.kubeconfigPath, environment: [:], currentDirectory: "/tmp")
      _ = try? loader.clientConfig()
      _ = try? loader.view()
    case .secret:
      guard data.count >= 2 else { return }
      let type = Self.secretTypes[Int(data[data.startIndex]) % Self.secretTypes.count]
      let key = Self.secretKeys[Int(data[data.startIndex + 1]) % Self.secretKeys.count]
      let secret = Secret(
        metadata: ObjectMeta(name: "fuzz", namespace: "fuzz"), type: type, data: [key: Data(data.dropFirst(2))])
      _ = SecretDecoder(now: Self.now, reveal: true).view(of: secret)
      _ = SecretDecoder(now: Self.now, mask: true).view(of: secret)
    case .schedulerMessage:
      _ = SchedulerMessage.parse(text)
      _ = KarpenterMessage.parse(text)?.verdicts.map(\.reasons)
    case .yaml:
      _ = try? YAMLDecoder().decode(JSONValue.self, from: data)
    case .certificate:
      _ = CertificateReader.chain(pem: text, now: Self.now)
      let half = text.utf8.count / 2
      _ = CertificateReader.keyMatches(certificatePEM: String(text.prefix(half)), keyPEM: String(text.dropFirst(half)))
    }
  }
}

/// libFuzzer's entry for one input.
func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  guard count > 0 else { return 0 }
  let selector = start.load(as: UInt8.self) % UInt8(FuzzTarget.allCases.count)
  FuzzTarget(rawValue: selector)?.run(Data(bytes: start + 1, count: count - 1))
  return 0
}

// The executable's entry, by the name SwiftPM gives it (the module's name and `_main`).
#if LAMP_FUZZ
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzer(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
  ) -> CInt

  @_cdecl("lamp_fuzz_main")
  func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var vector = argv
    // libFuzzer ends the process itself once its runs are done.
    atexit { _ = unlink(FuzzTarget.kubeconfigPath) }
    return runFuzzer(&count, &vector) { fuzzOne($0, $1) }
  }
#else
  @_cdecl("lamp_fuzz_main")
  func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    let message = "lamp-fuzz: build it with `make fuzz` (libFuzzer)\n"
    _ = message.withCString { write(2, $0, strlen($0)) }
    return 2
  }
#endif
