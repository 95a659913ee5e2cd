import Foundation

/// The `lamp-sim` command line, parsed by hand (KubeSim does not use ArgumentParser).
public struct SimCommandLine: Sendable {
  public var options = SimOptions()
  /// `--log`: one line per request on stderr.
  public var logRequests = false
  /// `-h` / `--help`.
  public var showHelp = false

  public static let usage = """
    USAGE: lamp-sim [options]

    An in-memory Kubernetes API server (HTTPS) for lamp's demo, tests and benchmarks.

    OPTIONS:
      --scenario demo|empty       Objects to start with (default: demo).
      --state PATH...             Load manifests (YAML, JSON, Lists, directories); repeatable.
      --scale SPEC                Generate a large cluster, e.g. pods=20000,events=50000,nodes=500.
      --port N                    Port to listen on (default: 0, an ephemeral port).
      --host H                    Address to listen on (default: 127.0.0.1).
      --kubeconfig-out PATH       Write a kubeconfig for the server (default: ./lamp-sim.kubeconfig).
      --now RFC3339               The simulated clock at start (default: the real time).
      --latency DURATION          Delay every response (e.g. 50ms, 1s).
      --fail-rate P               Fraction of reads answered 503 (0...1).
      --throttle P                Fraction of requests answered 429 (0...1).
      --retry-after SECONDS       Retry-After of injected 429s (default: 1).
      --expire-continue-after D   Continue tokens older than D fail with 410 Expired.
      --drop-watch-after D        Close watch connections after D.
      --truncate-rate P           Fraction of responses cut short.
      --body-pause DURATION       Send each response's first 512 bytes, the rest after this pause.
      --log                       Print one line per request on stderr.
      -h, --help                  Show this help.

    """

  public init() {
    options.kubeconfigOut = "lamp-sim.kubeconfig"
  }

  /// Parses arguments (without the program name).
  public static func parse(_ arguments: [String]) throws(SimError) -> SimCommandLine {
    var result = SimCommandLine()
    var index = 0
    func value(_ flag: String) throws(SimError) -> String {
      index += 1
      guard index < arguments.count else { throw SimError.usage("error: missing value for '\(flag)'") }
      return arguments[index]
    }
    while index < arguments.count {
      var argument = arguments[index]
      var inline: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        inline = String(argument[argument.index(after: equals)...])
        argument = String(argument[..<equals])
      }
      func next() throws(SimError) -> String {
        if let inline { return inline }
        return try value(argument)
      }
      switch argument {
      case "-h", "--help": result.showHelp = true
      case "--log": result.logRequests = true
      case "--scenario":
        switch try next() {
        case "demo": result.options.scenario = .demo
        case "empty": result.options.scenario = .empty
        case let other: throw SimError.usage("error: unknown scenario '\(other)' (expected demo or empty)")
        }
      case "--state":
        result.options.statePaths.append(try next())
        while inline == nil, index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") {
          index += 1
          result.options.statePaths.append(arguments[index])
        }
      case "--scale": result.options.scenario = .scale(try parseScale(try next()))
      case "--port": result.options.port = try integer(try next(), flag: argument, range: 0...65535)
      case "--host": result.options.host = try next()
      case "--kubeconfig-out": result.options.kubeconfigOut = try next()
      case "--now":
        let text = try next()
        guard let date = SimClock.parse(text) else {
          throw SimError.usage("error: invalid value '\(text)' for '--now': expected an RFC 3339 time")
        }
        result.options.now = date
      case "--latency": result.options.faults.latency = try duration(try next(), flag: argument)
      case "--fail-rate": result.options.faults.failRate = try probability(try next(), flag: argument)
      case "--throttle": result.options.faults.throttleRate = try probability(try next(), flag: argument)
      case "--retry-after":
        result.options.faults.retryAfterSeconds = try integer(try next(), flag: argument, range: 0...3600)
      case "--expire-continue-after":
        result.options.faults.expireContinueAfter = try duration(try next(), flag: argument)
      case "--drop-watch-after": result.options.faults.dropWatchAfter = try duration(try next(), flag: argument)
      case "--truncate-rate": result.options.faults.truncateRate = try probability(try next(), flag: argument)
      case "--body-pause": result.options.faults.bodyPause = try duration(try next(), flag: argument)
      default:
        throw SimError.usage("error: unknown option '\(argument)'")
      }
      index += 1
    }
    return result
  }

  private static func parseScale(_ text: String) throws(SimError) -> ScaleSpec {
    do {
      return try ScaleSpec.parse(text)
    } catch {
      throw SimError.usage("error: invalid value '\(text)' for '--scale': \(error)")
    }
  }

  private static func integer(_ text: String, flag: String, range: ClosedRange<Int>) throws(SimError) -> Int {
    guard let number = Int(text), range.contains(number) else {
      throw SimError.usage(
        "error: invalid value '\(text)' for '\(flag)': expected an integer in \(range.lowerBound)...\(range.upperBound)"
      )
    }
    return number
  }

  private static func probability(_ text: String, flag: String) throws(SimError) -> Double {
    guard let number = Double(text), (0...1).contains(number) else {
      throw SimError.usage("error: invalid value '\(text)' for '\(flag)': expected a number between 0 and 1")
    }
    return number
  }

  /// `50ms`, `1s`, `2m`, `1h`, `1.5s`.
  static func duration(_ text: String, flag: String) throws(SimError) -> Duration {
    let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
    for (suffix, scale) in units where text.hasSuffix(suffix) {
      if let number = Double(text.dropLast(suffix.count)), number >= 0 {
        return .milliseconds(Int64((number * scale * 1000).rounded()))
      }
    }
    throw SimError.usage("error: invalid value '\(text)' for '\(flag)': expected a duration such as 50ms, 5s or 2m")
  }
}
