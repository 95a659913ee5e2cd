import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Builds the assistant's message from Anthropic's streamed events: `content_block_start` opens a text or
/// `tool_use` block, `content_block_delta` adds `text_delta` text (handed on as it arrives) or
/// `input_json_delta` fragments of the tool input; `message_delta`, `ping` and the stops carry nothing needed.
struct AnthropicStream {
  private var blocks: [Int: (type: String, id: String, name: String, text: String)] = [:]
  let onText: (String) -> Void

  init(onText: @escaping (String) -> Void) { self.onText = onText }

  mutating func take(_ event: ServerSentEvents.Event) throws(LLMError) {
    let value = try ProviderCall.json(event.data)
    let type = value["type"]?.stringValue ?? event.name ?? ""
    let index = Int(value["index"]?.intValue ?? 0)
    switch type {
    case "error":
      throw ProviderCall.streamError(value) ?? .malformed("an error event without a message")
    case "content_block_start":
      let block = value["content_block"]
      let kind = block?["type"]?.stringValue ?? "text"
      let text = block?["text"]?.stringValue ?? ""
      blocks[index] = (kind, block?["id"]?.stringValue ?? "", block?["name"]?.stringValue ?? "", text)
      if !text.isEmpty { onText(text) }
    case "content_block_delta":
      guard var block = blocks[index] else { throw .malformed("a delta for block \(index), which was not started") }
      if let part = value[path: ["delta", "text"]]?.stringValue {
        block.text += part
        onText(part)
      } else if let part = value[path: ["delta", "partial_json"]]?.stringValue {
        block.text += part
      }
      blocks[index] = block
    default:
      return
    }
  }

  /// The whole message: text blocks joined, `tool_use` blocks as tool calls (an empty input is `{}`).
  var message: ChatMessage {
    var text = ""
    var calls: [ChatMessage.ToolCall] = []
    for (_, block) in blocks.sorted(by: { $0.key < $1.key }) {
      if block.type == "tool_use" {
        calls.append(
          ChatMessage.ToolCall(id: block.id, name: block.name, arguments: block.text.isEmpty ? "{}" : block.text))
      } else if block.type == "text" {
        text += block.text
      }
    }
    return ChatMessage(
      role: "assistant", content: text.isEmpty ? nil : text, toolCalls: calls.isEmpty ? nil : calls)
  }
}
