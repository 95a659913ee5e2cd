import Foundation
import Testing

@testable import AskFeature

/// Server-sent events and the two providers' stream accumulators.
@Suite("stream parsing")
struct StreamParsingTests {
  @Test("events end at a blank line; CRLF, comments and multi-line data are handled")
  func events() {
    var parser = ServerSentEvents()
    var events: [ServerSentEvents.Event] = []
    for line in [": keep-alive", "event: ping\r", "data: {}", "", "data: a", "data:b", "\r", "data: last"] {
      if let event = parser.feed(line) { events.append(event) }
    }
    if let event = parser.flush() { events.append(event) }
    #expect(
      events == [
        .init(name: "ping", data: "{}"), .init(name: nil, data: "a\nb"), .init(name: nil, data: "last"),
      ])
  }

  @Test("OpenAI: two tool calls by index, their argument fragments joined in order")
  func openAIToolCalls() throws {
    var stream = OpenAIStream { _ in }
    let chunks = [
      #"{"choices":[{"delta":{"tool_calls":[{"index":1,"id":"b","function":{"name":"scale","#
        + #""arguments":"{\"rep"}}]}}]}"#,
      #"{"choices":[{"delta":{"tool_calls":[{"index":0,"id":"a","function":{"name":"events","arguments":"{}"}}]}}]}"#,
      #"{"choices":[{"delta":{"tool_calls":[{"index":1,"function":{"arguments":"licas\":\"2\"}"}}]}}]}"#,
      "[DONE]",
    ]
    for chunk in chunks { try stream.take(.init(name: nil, data: chunk)) }
    #expect(
      stream.message.toolCalls == [
        ChatMessage.ToolCall(id: "a", name: "events", arguments: "{}"),
        ChatMessage.ToolCall(id: "b", name: "scale", arguments: #"{"replicas":"2"}"#),
      ])
    #expect(stream.message.content == nil)
  }

  @Test("Anthropic: a delta for a block never started is malformed; a tool_use without input is {}")
  func anthropicBlocks() throws {
    var stream = AnthropicStream { _ in }
    #expect(throws: LLMError.malformed("a delta for block 3, which was not started")) {
      try stream.take(.init(name: nil, data: #"{"type":"content_block_delta","index":3,"delta":{"text":"x"}}"#))
    }
    try stream.take(
      .init(
        name: nil,
        data: #"{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"t","name":"cordon"}}"#)
    )
    #expect(stream.message.toolCalls == [ChatMessage.ToolCall(id: "t", name: "cordon", arguments: "{}")])
  }
}
