import CurlHTTP
import Foundation
import KubeAPI

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

  /// The request body: model, max_tokens, the top-level system prompt, messages as content blocks, the tools.
  func body(_ messages: [ChatMessage], tools: [JSONValue]) throws -> Data {
    let (system, converted) = AnthropicWire.messages(messages)
    var request: [String: JSONValue] = [
      "model": .string(settings.model), "max_tokens": .int(Int64(maxTokens)), "messages": .array(converted),
    ]
    if !system.isEmpty { request["system"] = .string(system) }
    if !tools.isEmpty { request["tools"] = .array(tools.compactMap(AnthropicWire.tool)) }
    return try JSONValue.object(request).encoded()
  }

  public func complete(_ messages: [ChatMessage], tools: [JSONValue]) async throws -> ChatMessage {
    var headers = [
      HTTPHeader("Content-Type", "application/json"), HTTPHeader("Accept", "application/json"),
      HTTPHeader("anthropic-version", "2023-06-01"),
    ]
    if let key = settings.apiKey { headers.append(HTTPHeader("x-api-key", key)) }
    let request = HTTPRequest(
      method: "POST", url: settings.baseURL + "/v1/messages", headers: headers,
      body: try body(messages, tools: tools), timeout: settings.timeout)
    let response: HTTPResponse
    do {
      response = try await transport.send(request)
    } catch let error as HTTPError {
      if case .cancelled = error { throw CancellationError() }
      throw LLMError.transport(error.description)
    }
    guard (200..<300).contains(response.status) else {
      throw OpenAIChat.error(response, keyVariable: settings.kind.keyVariable)
    }
    let value: JSONValue
    do {
      value = try JSONValue.parse(response.body)
    } catch {
      throw LLMError.malformed("not JSON (\(response.body.count) bytes)")
    }
    return try AnthropicWire.reply(value)
  }
}
