import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Builds the assistant's message from OpenAI's streamed chunks: `choices[0].delta.content` text (handed on as
/// it arrives) and `delta.tool_calls[i]` whose `id`, `function.name` and `function.arguments` come in fragments.
struct OpenAIStream {
  private var text = ""
  private var calls: [Int: (id: String, name: String, arguments: String)] = [:]
  let onText: (String) -> Void

  init(onText: @escaping (String) -> Void) { self.onText = onText }

  /// Takes one event; `[DONE]` ends the stream and is ignored.
  mutating func take(_ event: ServerSentEvents.Event) throws(LLMError) {
    guard event.data != "[DONE]" else { return }
    let value = try ProviderCall.json(event.data)
    if let error = ProviderCall.streamError(value) { throw error }
    guard let delta = value["choices"]?.arrayValue?.first?["delta"] else { return }
    if let part = delta["content"]?.stringValue, !part.isEmpty {
      text += part
      onText(part)
    }
    for call in delta["tool_calls"]?.arrayValue ?? [] {
      let index = Int(call["index"]?.intValue ?? 0)
      var entry = calls[index] ?? ("", "", "")
      if let id = call["id"]?.stringValue { entry.id += id }
      if let name = call[path: ["function", "name"]]?.stringValue { entry.name += name }
      if let arguments = call[path: ["function", "arguments"]]?.stringValue { entry.arguments += arguments }
      calls[index] = entry
    }
  }

  /// The whole message, tool calls in index order.
  var message: ChatMessage {
    let toolCalls = calls.sorted { $0.key < $1.key }.map {
      ChatMessage.ToolCall(id: $0.value.id, name: $0.value.name, arguments: $0.value.arguments)
    }
    return ChatMessage(
      role: "assistant", content: text.isEmpty ? nil : text, toolCalls: toolCalls.isEmpty ? nil : toolCalls)
  }
}
