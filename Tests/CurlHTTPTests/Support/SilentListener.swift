import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A loopback port that takes connections and never says a word: the kernel completes each TCP handshake into
/// the listen queue, and nobody accepts, so a client's TLS handshake waits for an answer that never comes.
final class SilentListener {
  let port: Int
  private let fd: Int32

  init() throws {
    (fd, port) = try ClosedPort.boundSocket()
    guard listen(fd, 8) == 0 else {
      close(fd)
      throw FixtureError("could not listen on a loopback port")
    }
  }

  deinit { close(fd) }
}
