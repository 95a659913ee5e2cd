import CurlHTTP
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// lamp's documented exit codes.
public enum LampExit {
  public static let success: Int32 = 0
  /// The cluster was unreachable, the API refused, the kubeconfig is broken.
  public static let failure: Int32 = 1
  /// The command line was wrong.
  public static let usage: Int32 = 2
  /// A check did not pass (pending pods over the threshold, a denied permission, an expiring certificate).
  public static let checkFailed: Int32 = 3

  /// The text for `lamp --help` and the man page.
  public static let documentation = """
    EXIT CODES:
      0  success
      1  error: cluster unreachable, API error, bad kubeconfig, output not written
      2  usage error: unknown command or flag, bad value
      3  a check did not pass (pods pending too long, a permission denied)
    """
}

/// An error a command reports: one line on stderr, then exit with `exitCode`.
public struct CommandError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var exitCode: Int32

  public init(_ message: String, exitCode: Int32 = LampExit.failure) {
    self.message = message
    self.exitCode = exitCode
  }

  /// A bad flag value or combination (exit 2).
  public static func usage(_ message: String) -> CommandError { CommandError(message, exitCode: LampExit.usage) }

  /// Every list a report reads was forbidden (the warnings before it name the permissions): an error, since an
  /// empty report would read as a clear one.
  static func nothingReadable(namespace: String?) -> CommandError {
    let place = namespace.map { " in namespace \"\($0)\"" } ?? ""
    return CommandError("nothing could be read\(place): every list was forbidden (see the warnings above)")
  }

  public var description: String { message }
}

/// A check that did not pass: the report is already printed, only the exit code remains.
public struct CheckFailed: Error, Sendable {
  public init() {}
}
