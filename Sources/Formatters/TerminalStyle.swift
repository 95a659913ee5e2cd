/// Whether and how to colour output; with `enabled == false` no escape code is ever written.
public struct TerminalStyle: Sendable, Equatable {
  /// True when ANSI colour and emphasis codes may be written.
  public var enabled: Bool

  /// Creates a style; colour is off unless asked for.
  public init(enabled: Bool = false) {
    self.enabled = enabled
  }

  /// No colour at all: for pipes, files and tests.
  public static let plain = TerminalStyle(enabled: false)

  /// Colour only on a terminal, never with a non-empty `NO_COLOR` (no-color.org) or `TERM=dumb`.
  public static func detect(isTTY: Bool, environment: [String: String]) -> TerminalStyle {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let dumb = environment["TERM"] == "dumb"
    return TerminalStyle(enabled: isTTY && !noColor && !dumb)
  }

  /// Tints `s` for `status`: green, yellow, red, dimmed, or untouched for `.unknown`.
  public func paint(_ s: String, _ status: Health) -> String {
    switch status {
    case .ok: return wrap(s, "32")
    case .warning: return wrap(s, "33")
    case .error: return wrap(s, "31")
    case .muted: return wrap(s, "2")
    case .unknown: return s
    }
  }

  /// Whether `paint` changes text of this status.
  public func paints(_ status: Health) -> Bool {
    enabled && status != .unknown
  }

  /// Bold text, for headings.
  public func bold(_ s: String) -> String {
    wrap(s, "1")
  }

  /// Dimmed text, for secondary details.
  public func dim(_ s: String) -> String {
    wrap(s, "2")
  }

  /// Wraps each line separately so a pager or a cut line never leaves the terminal tinted.
  private func wrap(_ s: String, _ code: String) -> String {
    guard enabled, !s.isEmpty else { return s }
    let open = "\u{1B}[" + code + "m"
    let close = "\u{1B}[0m"
    guard s.contains("\n") else { return open + s + close }
    return s.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : open + $0 + close }
      .joined(separator: "\n")
  }
}
