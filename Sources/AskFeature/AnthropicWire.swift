import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Translation between lamp's OpenAI-shaped conversation and Anthropic's Messages format: system messages become
/// the top-level `system`, tool calls `tool_use` blocks, tool results `tool_result` blocks in a user turn.
enum AnthropicWire {
  /// The system prompt and the messages as Anthropic content blocks. Consecutive turns of one role are merged,
  /// because Anthropic wants user and assistant to alternate (all tool results go in one user turn).
  static func messages(_ messages: [ChatMessage]) -> (system: String, messages: [JSONValue]) {
    var system: [String] = []
    var turns: [(role: String, blocks: [JSONValue])] = []
    for message in messages {
      var role = message.role
      var blocks: [JSONValue] = []
      switch message.role {
      case "system":
        if let content = message.content { system.append(content) }
        continue
      case "tool":
        role = "user"
        blocks.append(
          .object([
            "type": .string("tool_result"), "tool_use_id": .string(message.toolCallID ?? ""),
            "content": .string(message.content ?? ""),
          ]))
      default:
        if let content = message.content, !content.isEmpty {
          blocks.append(.object(["type": .string("text"), "text": .string(content)]))
        }
        for call in message.toolCalls ?? [] {
          blocks.append(
            .object([
              "type": .string("tool_use"), "id": .string(call.id), "name": .string(call.function.name),
              "input": input(call.function.arguments),
            ]))
        }
      }
      if blocks.isEmpty { continue }
      if let last = turns.last, last.role == role {
        turns[turns.count - 1].blocks += blocks
      } else {
        turns.append((role, blocks))
      }
    }
    let converted = turns.map { JSONValue.object(["role": .string($0.role), "content": .array($0.blocks)]) }
    return (system.joined(separator: "\n\n"), converted)
  }

  /// A tool call's arguments as a JSON object. Arguments that are not an object (a model's mistake, already
  /// answered with an error tool result) are sent as an empty input, which Anthropic accepts.
  static func input(_ arguments: String) -> JSONValue {
    do {
      let value = try JSONValue.parse(Data(arguments.utf8))
      if case .object = value { return value }
      return .object([:])
    } catch {
      return .object([:])
    }
  }

  /// An OpenAI function definition as an Anthropic tool {name, description, input_schema}.
  static func tool(_ definition: JSONValue) -> JSONValue? {
    guard let function = definition["function"], let name = function["name"] else { return nil }
    return .object([
      "name": name, "description": function["description"] ?? .string(""),
      "input_schema": function["parameters"] ?? .object(["type": .string("object")]),
    ])
  }

  /// The assistant's reply: its text blocks joined, its `tool_use` blocks as tool calls.
  static func reply(_ value: JSONValue) throws(LLMError) -> ChatMessage {
    guard let blocks = value["content"]?.arrayValue else { throw .malformed("no content blocks") }
    var text: [String] = []
    var calls: [ChatMessage.ToolCall] = []
    for block in blocks {
      switch block["type"]?.stringValue {
      case "text":
        if let part = block["text"]?.stringValue { text.append(part) }
      case "tool_use":
        guard let id = block["id"]?.stringValue, let name = block["name"]?.stringValue else {
          throw .malformed("a tool_use block without id or name")
        }
        let arguments: String
        do {
          arguments = String(decoding: try (block["input"] ?? .object([:])).encoded(), as: UTF8.self)
        } catch {
          throw .malformed("the input of tool_use \(id) cannot be encoded")
        }
        calls.append(ChatMessage.ToolCall(id: id, name: name, arguments: arguments))
      default:
        continue
      }
    }
    return ChatMessage(
      role: "assistant", content: text.isEmpty ? nil : text.joined(), toolCalls: calls.isEmpty ? nil : calls)
  }
}
