#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What to do about a finding: a sentence, and when there is one, the command or the manifest change.
public struct Fix: Sendable, Hashable, Codable {
  public var summary: String
  /// Commands to run, in order (`kubectl ...`, `lamp ...`).
  public var commands: [String]
  /// A manifest change as a YAML fragment, when the fix is an edit.
  public var manifest: String?

  public init(summary: String, commands: [String] = [], manifest: String? = nil) {
    self.summary = summary
    self.commands = commands
    self.manifest = manifest
  }
}
