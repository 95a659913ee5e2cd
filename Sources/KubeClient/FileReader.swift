#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files with POSIX calls, so that a failure keeps its cause (`no such file or directory`)
/// for the one-line error that names the file (and, in a kubeconfig, the field).
public enum FileReader {
  /// A failed read: the errno and its text in Go's lower-case style.
  public struct Failure: Error, Sendable, Equatable {
    public var code: Int32

    /// The file (or a directory on its path) does not exist.
    var isNotFound: Bool { code == ENOENT || code == ENOTDIR }

    public var reason: String {
      guard let text = strerror(code) else { return "error \(code)" }
      let message = String(cString: text)
      return message.prefix(1).lowercased() + message.dropFirst()
    }
  }

  /// The bytes of the file at `path`.
  public static func contents(of path: String) throws(Failure) -> Data {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 { throw Failure(code: errno) }
    defer { close(descriptor) }
    return try contents(ofDescriptor: descriptor)
  }

  /// Everything on standard input, read from its descriptor: opening `/dev/stdin` fails when it is a socket.
  public static func standardInput() throws(Failure) -> Data {
    try contents(ofDescriptor: STDIN_FILENO)
  }

  /// Everything left to read from an open descriptor.
  static func contents(ofDescriptor descriptor: Int32) throws(Failure) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(code: errno)
      }
      if count == 0 { return data }
      data.append(contentsOf: buffer[0..<count])
    }
  }

  /// Whether a regular file exists at `path` (directories do not count).
  static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    return (info.st_mode & S_IFMT) == S_IFREG
  }

  /// Whether `path` is a regular file this process may execute.
  static func isExecutableFile(_ path: String) -> Bool {
    isRegularFile(path) && access(path, X_OK) == 0
  }
}
