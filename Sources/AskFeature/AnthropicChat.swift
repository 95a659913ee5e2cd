import CurlHTTP
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Anthropic's Messages API (`POST {base}/v1/messages`, `x-api-key`, `anthropic-version: 2023-06-01`) over
/// lamp's HTTP transport. The conversation stays in lamp's OpenAI-compatible shape; `AnthropicWire` translates.
public struct AnthropicChat: ChatProvider {
  public let settings: LLMSettings
  let transport: any HTTPTransport
  /// The answer's length limit, which Anthropic requires.
  public var maxTokens = 4096

  public init(settings: LLMSettings, transport: any HTTPTransport) {
    self.settings = settings
    self.transport = transport
  }

  /// The request body: model, max_tokens, the top-level system prompt, messages as content blocks, the tools,
  /// and `"stream": true` when streaming.
  func body(_ messages: [ChatMessage], tools: [JSONValue], stream: Bool = false) throws -> Data {
    let (system, converted) = AnthropicWire.messages(messages)
    var request: [String: JSONValue] = [
      "model": .string(settings.model), "max_tokens": .int(Int64(maxTokens)), "messages": .array(converted),
    ]
    if !system.isEmpty { request["system"] = .string(system) }
    if !tools.isEmpty { request["tools"] = .array(tools.compactMap(AnthropicWire.tool)) }
    if stream { request["stream"] = .bool(true) }
    return try JSONValue.object(request).encoded()
  }

  public func requestSize(_ messages: [ChatMessage], tools: [JSONValue], stream: Bool) throws -> Int {
    try body(messages, tools: tools, stream: stream).count
  }

  public func complete(
    _ messages: [ChatMessage], tools: [JSONValue], onText: (@Sendable (String) -> Void)?
  ) async throws -> ChatMessage {
    var headers = [
      HTTPHeader("Content-Type", "application/json"),
      HTTPHeader("Accept", onText == nil ? "application/json" : "text/event-stream, application/json"),
      HTTPHeader("anthropic-version", "2023-06-01"),
    ]
    if let key = settings.apiKey { headers.append(HTTPHeader("x-api-key", key)) }
    let request = HTTPRequest(
      method: "POST", url: settings.baseURL + "/v1/messages", headers: headers,
      body: try body(messages, tools: tools, stream: onText != nil), timeout: settings.timeout)
    var stream = AnthropicStream { onText?($0) }
    let call = ProviderCall(transport: transport, keyVariable: settings.kind.keyVariable)
    guard let value = try await call.send(request, onEvent: { try stream.take($0) }) else { return stream.message }
    let reply = try AnthropicWire.reply(value)
    // A server that ignored "stream": the whole text arrives at once.
    if let content = reply.content, !content.isEmpty { onText?(content) }
    return reply
  }
}
