import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Saved conversations under `$XDG_STATE_HOME/lamp/ask/<context>/` (default `~/.local/state/lamp/ask/...`): one
/// 0600 JSON file per session, replaced atomically after every round, so a crash or Ctrl-C loses at most the
/// answer in progress. Bounded: the newest `maxSessions` per context are kept, and a session keeps its first
/// messages (the question) and as many of the latest as fit in `maxBytes`.
public struct SessionStore: Sendable {
  public let directory: String
  public var maxSessions = 20
  public var maxBytes = 256 * 1024

  public init(directory: String) {
    self.directory = directory
  }

  /// The directory for a context, from the environment (nil when neither XDG_STATE_HOME nor HOME is set).
  public static func directory(context: String, environment: [String: String]) -> String? {
    let base: String
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      base = state
    } else if let home = environment["HOME"], !home.isEmpty {
      base = home + "/.local/state"
    } else {
      return nil
    }
    let safe = String(context.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
    return "\(base)/lamp/ask/\(safe.isEmpty ? "_" : safe)"
  }

  func path(_ id: String) -> String { "\(directory)/\(id).json" }

  /// Times to the microsecond: whole seconds (the format before) left sessions of one second unordered.
  static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(KubeTime.formatMicro(date))
    }
    return encoder
  }

  /// A new session's ID, `20261120-120000-123-1`: the creation time to the millisecond and a counter that puts
  /// it after every session of the same millisecond here (a pinned clock, `LAMP_NOW`, makes those common).
  public func newID(now: Date) throws -> String {
    // The digits of `2026-11-20T12:00:00.123456Z`, cut to the millisecond.
    let digits = Array(KubeTime.formatMicro(now).filter(\.isWholeNumber).prefix(17))
    let stamp = String(digits[0..<8]) + "-" + String(digits[8..<14]) + "-" + String(digits[14..<17])
    var names: [String] = []
    if FileManager.default.fileExists(atPath: directory) {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    }
    let taken = names.compactMap { name -> Int? in
      guard name.hasPrefix(stamp + "-"), name.hasSuffix(".json") else { return nil }
      return Int(name.dropFirst(stamp.count + 1).dropLast(5))
    }
    return "\(stamp)-\((taken.max() ?? 0) + 1)"
  }

  /// Creation order of IDs: number parts compare as numbers (`…-123-10` after `…-123-9`), the rest (the random
  /// hex of older IDs) as text.
  static func idPrecedes(_ a: String, _ b: String) -> Bool {
    let left = a.split(separator: "-")
    let right = b.split(separator: "-")
    for (x, y) in zip(left, right) where x != y {
      if let m = Int(x), let n = Int(y) { return m < n }
      return x < y
    }
    return left.count < right.count
  }

  /// Saves a session (trimmed to the bounds) and prunes the oldest sessions.
  public func save(_ record: ChatRecord) throws {
    var trimmed = record
    var data = try Self.encoder.encode(trimmed)
    // Keep the opening (system prompt and first question); drop the oldest rounds after it.
    while data.count > maxBytes, trimmed.messages.count > 3 {
      trimmed.messages.remove(at: 2)
      while trimmed.messages.count > 2, trimmed.messages[2].role == "tool" { trimmed.messages.remove(at: 2) }
      data = try Self.encoder.encode(trimmed)
    }
    try PrivateFile.write(data, to: path(record.id))
    let all = try list()
    for old in all.dropFirst(maxSessions) { try FileManager.default.removeItem(atPath: path(old.id)) }
  }

  /// Every saved session, the most recently updated first (of one instant, the last created first).
  public func list() throws -> [ChatRecord] {
    guard FileManager.default.fileExists(atPath: directory) else { return [] }
    // RFC 3339 with or without fractions: the whole seconds of older sessions still read.
    let decoder = KubeJSON.decoder()
    var records: [ChatRecord] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let data = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name)"))
      do {
        records.append(try decoder.decode(ChatRecord.self, from: data))
      } catch {
        throw SessionStoreError(path: "\(directory)/\(name)", reason: "not a lamp ask session")
      }
    }
    return records.sorted { a, b in
      if a.updated != b.updated { return a.updated > b.updated }
      if a.created != b.created { return a.created > b.created }
      return Self.idPrecedes(b.id, a.id)
    }
  }

  /// The most recently updated session, if any.
  public func latest() throws -> ChatRecord? { try list().first }
}

/// A session file lamp cannot read.
public struct SessionStoreError: Error, CustomStringConvertible, Sendable {
  public var path: String
  public var reason: String
  public var description: String { "cannot read \(path): \(reason)" }
}
