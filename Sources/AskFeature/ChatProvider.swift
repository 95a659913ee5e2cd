import CurlHTTP
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A model that completes a conversation. lamp keeps the conversation in the OpenAI-compatible shape
/// (`ChatMessage`, tools as OpenAI function definitions); each provider translates to its own wire format, so
/// the tool loop in `AssistantSession` is written once.
public protocol ChatProvider: Sendable {
  /// Sends the conversation; returns the assistant's message (text, tool calls, or both). With `onText` the
  /// answer is streamed and its text handed on as it arrives.
  func complete(
    _ messages: [ChatMessage], tools: [JSONValue], onText: (@Sendable (String) -> Void)?
  ) async throws -> ChatMessage

  /// The size in bytes of the request body `complete` sends (streamed or not): what `--explain` counts.
  func requestSize(_ messages: [ChatMessage], tools: [JSONValue], stream: Bool) throws -> Int
}

extension ChatProvider {
  /// Sends the conversation without streaming.
  public func complete(_ messages: [ChatMessage], tools: [JSONValue]) async throws -> ChatMessage {
    try await complete(messages, tools: tools, onText: nil)
  }
}

extension OpenAIChat: ChatProvider {
  public func requestSize(_ messages: [ChatMessage], tools: [JSONValue], stream: Bool) throws -> Int {
    try body(messages, tools: tools, stream: stream).count
  }
}

extension LLMSettings {
  /// The client for these settings: Anthropic's Messages API, or an OpenAI-compatible endpoint (with Azure).
  public func provider(transport: any HTTPTransport) -> any ChatProvider {
    switch kind {
    case .anthropic: return AnthropicChat(settings: self, transport: transport)
    case .openAI, .azure: return OpenAIChat(settings: self, transport: transport)
    }
  }
}
