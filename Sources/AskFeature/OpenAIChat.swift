import ByteScanning
import CurlHTTP
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// An OpenAI-compatible chat-completions client (`POST {base}/chat/completions`, Azure's deployment URL with
/// `api-version`) over lamp's HTTP transport.
public struct OpenAIChat: Sendable {
  public let settings: LLMSettings
  let transport: any HTTPTransport

  public init(settings: LLMSettings, transport: any HTTPTransport) {
    self.settings = settings
    self.transport = transport
  }

  /// The request body: model, messages, the tool definitions and, when streaming, `"stream": true`.
  func body(_ messages: [ChatMessage], tools: [JSONValue], stream: Bool = false) throws -> Data {
    var request: [String: JSONValue] = [
      "model": .string(settings.model),
      "messages": try JSONValue.parse(JSONEncoder().encode(messages)),
    ]
    if !tools.isEmpty { request["tools"] = .array(tools) }
    if stream { request["stream"] = .bool(true) }
    return try JSONValue.object(request).encoded()
  }

  /// Sends the conversation; returns the assistant's message. With `onText` the answer is streamed (SSE) and
  /// its text handed on as it arrives.
  public func complete(
    _ messages: [ChatMessage], tools: [JSONValue], onText: (@Sendable (String) -> Void)?
  ) async throws -> ChatMessage {
    var headers = [
      HTTPHeader("Content-Type", "application/json"),
      HTTPHeader("Accept", onText == nil ? "application/json" : "text/event-stream, application/json"),
    ]
    if let key = settings.apiKey {
      // Azure takes the key as `api-key`; OpenAI and compatible servers as a bearer token.
      headers.append(
        settings.azureAPIVersion == nil ? HTTPHeader("Authorization", "Bearer \(key)") : HTTPHeader("api-key", key))
    }
    let request = HTTPRequest(
      method: "POST", url: settings.completionsURL, headers: headers,
      body: try body(messages, tools: tools, stream: onText != nil), timeout: settings.timeout)
    var stream = OpenAIStream { onText?($0) }
    let call = ProviderCall(transport: transport, keyVariable: settings.kind.keyVariable)
    guard let value = try await call.send(request, onEvent: { try stream.take($0) }) else { return stream.message }
    guard let message = value["choices"]?.arrayValue?.first?["message"] else {
      throw LLMError.malformed("no choices[0].message")
    }
    let reply: ChatMessage
    do {
      reply = try JSONDecoder().decode(ChatMessage.self, from: message.encoded())
    } catch {
      throw LLMError.malformed("choices[0].message does not have the chat message shape")
    }
    // A server that ignored "stream": the whole text arrives at once.
    if let content = reply.content, !content.isEmpty { onText?(content) }
    return reply
  }

  /// The provider's error, with its `error.message` when it sent one (OpenAI and Anthropic both do).
  static func error(_ response: HTTPResponse, keyVariable: String) -> LLMError {
    let parsed: JSONValue? = {
      do { return try JSONValue.parse(response.body) } catch { return nil }
    }()
    let detail =
      parsed?[path: ["error", "message"]]?.stringValue
      ?? String(decoding: response.body.prefix(200), as: UTF8.self).trimmingWhitespace()
    switch response.status {
    case 401, 403: return .unauthorized(status: response.status, detail: detail, keyVariable: keyVariable)
    case 429: return .rateLimited(retryAfter: response.header("Retry-After"), detail: detail)
    default: return .provider(status: response.status, detail: detail)
    }
  }
}
