import Foundation
import KubeClient

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

  static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
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

  /// Every saved session, newest first.
  public func list() throws -> [ChatRecord] {
    guard FileManager.default.fileExists(atPath: directory) else { return [] }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
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
    return records.sorted { ($0.updated, $0.id) > ($1.updated, $1.id) }
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
