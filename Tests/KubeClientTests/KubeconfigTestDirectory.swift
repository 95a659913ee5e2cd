import Foundation
import Glibc

@testable import KubeClient

/// A temporary directory for one test, removed when the test lets go of it.
final class KubeconfigTestDirectory: @unchecked Sendable {
  let path: String

  init() throws {
    let base = FileManager.default.temporaryDirectory.path
    path = KubeconfigPath.clean("\(base)/lamp-kubeconfig-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes `contents` at `relativePath` (directories created), optionally executable; returns the full path.
  @discardableResult
  func write(_ relativePath: String, _ contents: String, executable: Bool = false) throws -> String {
    let full = KubeconfigPath.resolve(relativePath, against: path)
    try FileManager.default.createDirectory(
      atPath: KubeconfigPath.directory(of: full), withIntermediateDirectories: true)
    // Written through a close-on-exec descriptor: a process another test forks meanwhile must not inherit it,
    // or running this file as a plugin fails with "text file busy".
    let descriptor = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, executable ? 0o755 : 0o644)
    guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: full]) }
    defer { close(descriptor) }
    let bytes = Array(contents.utf8)
    guard bytes.withUnsafeBytes({ Glibc.write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: full])
    }
    if executable {
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: full)
    }
    return full
  }

  /// The full path of `relativePath` inside the directory.
  func file(_ relativePath: String) -> String {
    KubeconfigPath.resolve(relativePath, against: path)
  }

  /// The text of a file inside the directory ("" when missing).
  func read(_ relativePath: String) -> String {
    (try? String(contentsOfFile: file(relativePath), encoding: .utf8)) ?? ""
  }

  /// A loader confined to this directory: HOME is the directory, nothing comes from the real environment.
  func loader(
    explicit: String? = nil, kubeconfig: String? = nil, environment extra: [String: String] = [:]
  ) -> KubeconfigLoader {
    var environment = ["HOME": path, "PATH": "/usr/bin:/bin"]
    if let kubeconfig { environment["KUBECONFIG"] = kubeconfig }
    environment.merge(extra) { _, new in new }
    return KubeconfigLoader(
      explicitPath: explicit, environment: environment, currentDirectory: path,
      inClusterRoot: file("serviceaccount"))
  }
}

/// Base64 of UTF-8 text, for `*-data` fields.
func base64(_ text: String) -> String {
  Data(text.utf8).base64EncodedString()
}

/// The message a typed error renders to.
func message(of error: any Error) -> String {
  String(describing: error)
}
