import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One message of an OpenAI-compatible chat: system, user, assistant (possibly with tool calls) or tool result.
public struct ChatMessage: Sendable, Hashable, Codable {
  public var role: String
  public var content: String?
  public var toolCalls: [ToolCall]?
  public var toolCallID: String?

  public init(role: String, content: String?, toolCalls: [ToolCall]? = nil, toolCallID: String? = nil) {
    self.role = role
    self.content = content
    self.toolCalls = toolCalls
    self.toolCallID = toolCallID
  }

  enum CodingKeys: String, CodingKey {
    case role, content
    case toolCalls = "tool_calls"
    case toolCallID = "tool_call_id"
  }

  /// A tool call as the model wrote it; `arguments` is a JSON text the model may have got wrong.
  public struct ToolCall: Sendable, Hashable, Codable {
    public var id: String
    public var type: String
    public var function: Function

    public init(id: String, name: String, arguments: String) {
      self.id = id
      self.type = "function"
      self.function = Function(name: name, arguments: arguments)
    }

    public struct Function: Sendable, Hashable, Codable {
      public var name: String
      public var arguments: String
    }
  }
}
