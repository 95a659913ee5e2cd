import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One question answered by a model: the offline diagnosis goes in as context, the model may call the read-only
/// tools, and its final answer comes back. Every message is kept, so a failure loses nothing already said.
public struct AssistantSession: Sendable {
  public let chat: any ChatProvider
  public let tools: AssistantTools
  /// Rounds of tool calls before lamp gives up.
  public var maxRounds = 8

  public init(chat: any ChatProvider, tools: AssistantTools) {
    self.chat = chat
    self.tools = tools
  }

  /// The result: the answer and the whole conversation.
  public struct Outcome: Sendable {
    public var answer: String
    public var messages: [ChatMessage]
    /// Bytes of request bodies sent to the model over all rounds: system prompt, messages and tool
    /// definitions as encoded (a token estimate is this / 4).
    public var bytesSent: Int
    /// Requests sent.
    public var requests: Int
  }

  static let system = """
    You are lamp's Kubernetes assistant. Answer in the language of the user's question. Give the root cause, \
    the evidence and the fix (the exact command or manifest change). lamp has already run its offline \
    analyzers; their findings are in the first user message as JSON, most likely root cause first. Use the tools \
    only to confirm or to look further (rbac_check tells what lamp's user may do). Write tools (delete_pod, \
    restart_rollout, scale, cordon, uncordon, patch, apply_manifest) are shown to the user, who may refuse them; \
    propose a write only when it is the fix. Secret values are redacted and must not be guessed.
    """

  /// The opening messages: the system prompt, then the question with the findings. Both are redacted as tool
  /// results are: the findings quote events and logs, which can hold a token.
  public static func opening(question: String, diagnosis: Diagnosis) throws -> [ChatMessage] {
    var compact = diagnosis
    compact.findings = Array(diagnosis.findings.prefix(8))
    compact.trace = []
    let encoded = try JSONValue.parse(JSONEncoder().encode(compact))
    let findings = String(decoding: try Redaction.tokens(in: encoded).encoded(), as: UTF8.self)
    let asked = question.isEmpty ? "Review the health of this scope." : Redaction.text(question)
    return [
      ChatMessage(role: "system", content: system),
      ChatMessage(role: "user", content: "\(asked)\n\nlamp's findings:\n\(findings)"),
    ]
  }

  /// Runs the tool loop until the model answers, continuing `history` when given (a resumed session).
  /// `onText` gets the model's text as it streams (nil: no streaming); `onTool` reports each call as it runs;
  /// `checkpoint` gets the conversation after every round, so it can be saved before the next request.
  public func answer(
    question: String, diagnosis: Diagnosis, history: [ChatMessage] = [],
    onText: (@Sendable (String) -> Void)? = nil,
    onTool: @Sendable (ChatMessage.ToolCall) -> Void = { _ in },
    checkpoint: @Sendable ([ChatMessage]) throws -> Void = { _ in }
  ) async throws -> Outcome {
    var messages = try Self.opening(question: question, diagnosis: diagnosis)
    if !history.isEmpty { messages = history + messages.dropFirst() }
    try checkpoint(messages)
    var sent = 0
    for round in 0..<maxRounds {
      sent += try chat.requestSize(messages, tools: AssistantTools.definitions, stream: onText != nil)
      let reply = try await chat.complete(messages, tools: AssistantTools.definitions, onText: onText)
      messages.append(reply)
      guard let calls = reply.toolCalls, !calls.isEmpty else {
        try checkpoint(messages)
        return Outcome(answer: reply.content ?? "", messages: messages, bytesSent: sent, requests: round + 1)
      }
      for call in calls {
        onTool(call)
        let result = await tools.run(call)
        messages.append(ChatMessage(role: "tool", content: result, toolCallID: call.id))
      }
      try checkpoint(messages)
    }
    throw LLMError.tooManyRounds(maxRounds)
  }
}
