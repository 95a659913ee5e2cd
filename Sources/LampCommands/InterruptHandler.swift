import Dispatch

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

/// Makes Ctrl-C end a `--watch` with exit 0, as the user asked for it to stop (not an error).
final class InterruptHandler: @unchecked Sendable {
  private let source: DispatchSourceSignal

  private init(source: DispatchSourceSignal) { self.source = source }

  /// Routes SIGINT to a clean exit until `remove()`.
  static func install() -> InterruptHandler {
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler { exit(0) }
    source.resume()
    return InterruptHandler(source: source)
  }

  /// Restores the default SIGINT behaviour.
  func remove() {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }
}
