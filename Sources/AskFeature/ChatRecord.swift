#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One saved conversation of `lamp ask` with a model, per cluster context.
public struct ChatRecord: Sendable, Hashable, Codable {
  public var id: String
  public var context: String
  public var created: Date
  public var updated: Date
  /// The first question, for `--history`.
  public var title: String
  public var messages: [ChatMessage]

  public init(id: String, context: String, created: Date, title: String, messages: [ChatMessage] = []) {
    self.id = id
    self.context = context
    self.created = created
    self.updated = created
    self.title = title
    self.messages = messages
  }
}
