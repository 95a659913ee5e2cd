import Foundation
import KubeAPI
import Testing

@testable import AskFeature

/// The translation between lamp's conversation and Anthropic's Messages format.
@Suite("Anthropic wire format")
struct AnthropicWireTests {
  @Test("system goes top-level; tool results of one round share one user turn; bad arguments become {}")
  func messages() throws {
    let conversation = [
      ChatMessage(role: "system", content: "be brief"),
      ChatMessage(role: "user", content: "why?"),
      ChatMessage(
        role: "assistant", content: nil,
        toolCalls: [
          ChatMessage.ToolCall(id: "a", name: "events", arguments: #"{"kind":"pod"}"#),
          ChatMessage.ToolCall(id: "b", name: "get_resource", arguments: "{kind: pod"),
        ]),
      ChatMessage(role: "tool", content: "one", toolCallID: "a"),
      ChatMessage(role: "tool", content: "two", toolCallID: "b"),
    ]
    let (system, messages) = AnthropicWire.messages(conversation)
    #expect(system == "be brief")
    #expect(messages.map { $0["role"]?.stringValue } == ["user", "assistant", "user"])
    let uses = try #require(messages[1]["content"]?.arrayValue)
    #expect(uses.map { $0["input"] } == [.object(["kind": .string("pod")]), .object([:])])
    let results = try #require(messages[2]["content"]?.arrayValue)
    #expect(results.map { $0["tool_use_id"]?.stringValue } == ["a", "b"])
    #expect(results.map { $0["type"]?.stringValue } == ["tool_result", "tool_result"])
  }

  @Test("a reply's text and tool_use blocks become the assistant message")
  func reply() throws {
    let text =
      #"{"content":[{"type":"text","text":"Looking."},"#
      + #"{"type":"tool_use","id":"t1","name":"scale","input":{"replicas":"2"}}],"stop_reason":"tool_use"}"#
    let value = try JSONValue.parse(Data(text.utf8))
    let message = try AnthropicWire.reply(value)
    #expect(message.content == "Looking.")
    #expect(message.toolCalls == [ChatMessage.ToolCall(id: "t1", name: "scale", arguments: #"{"replicas":"2"}"#)])
    #expect(throws: LLMError.malformed("a tool_use block without id or name")) {
      try AnthropicWire.reply(.object(["content": .array([.object(["type": .string("tool_use")])])]))
    }
  }
}
