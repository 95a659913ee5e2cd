import ArgumentParser
import Foundation

/// kubectl's global flags, accepted after any subcommand (kubectl passes them to plugins that way).
public struct GlobalOptions: ParsableArguments, Sendable {
  @Option(name: .customLong("kubeconfig"), help: "Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).")
  public var kubeconfig: String?

  @Option(name: .customLong("context"), help: "The kubeconfig context to use.")
  public var context: String?

  @Option(name: .customLong("cluster"), help: "The kubeconfig cluster to use instead of the context's.")
  public var cluster: String?

  @Option(name: .customLong("user"), help: "The kubeconfig user to use instead of the context's.")
  public var user: String?

  @Option(name: [.customShort("n"), .customLong("namespace")], help: "The namespace (default: the context's).")
  public var namespace: String?

  @Option(name: .customLong("as"), help: "Impersonate this user or service account (system:serviceaccount:NS:NAME).")
  public var asUser: String?

  @Option(name: .customLong("as-group"), help: "Impersonate this group (repeatable).")
  public var asGroups: [String] = []

  @Option(name: .customLong("as-uid"), help: "Impersonate this UID.")
  public var asUID: String?

  @Option(
    name: .customLong("request-timeout"),
    help: "How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).")
  public var requestTimeout: String = "0"

  @Option(
    name: [.customShort("v"), .customLong("v")],
    help: "Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).")
  public var verbosity: Int = 0

  public init() {}

  /// `--request-timeout` as a Duration; nil for none.
  public func parsedRequestTimeout() throws -> Duration? {
    let text = requestTimeout.trimmingCharacters(in: .whitespaces)
    if text.isEmpty || text == "0" { return nil }
    if let seconds = Int(text) { return .seconds(seconds) }
    guard let interval = DurationText.parse(text) else {
      throw CommandError.usage("invalid --request-timeout \"\(text)\" (use e.g. 30s, 2m, 1h)")
    }
    return interval == 0 ? nil : .milliseconds(Int64(interval * 1000))
  }
}

/// Parses kubectl-style durations: `30s`, `5m`, `1h30m`, `2d`, `500ms`.
public enum DurationText {
  public static func parse(_ text: String) -> TimeInterval? {
    var total: TimeInterval = 0
    var number = ""
    var sawUnit = false
    var chars = Array(text)
    var index = 0
    func unit(_ name: String) -> TimeInterval? {
      switch name {
      case "ms": 0.001
      case "s": 1
      case "m": 60
      case "h": 3600
      case "d": 86400
      default: nil
      }
    }
    guard !chars.isEmpty else { return nil }
    while index < chars.count {
      let c = chars[index]
      if c.isNumber || c == "." {
        number.append(c)
        index += 1
        continue
      }
      var name = String(c)
      if c == "m", index + 1 < chars.count, chars[index + 1] == "s" {
        name = "ms"
        index += 1
      }
      index += 1
      guard let value = Double(number), let factor = unit(name) else { return nil }
      total += value * factor
      number = ""
      sawUnit = true
    }
    chars.removeAll()
    guard number.isEmpty, sawUnit else { return nil }
    return total
  }
}
