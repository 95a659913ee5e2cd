#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Failures of the model provider, each one clear line.
public enum LLMError: Error, Sendable, Equatable, CustomStringConvertible {
  case configuration(String)
  /// 401/403: the key was refused.
  case unauthorized(status: Int, detail: String, keyVariable: String)
  /// 429: rate limited or out of quota.
  case rateLimited(retryAfter: String?, detail: String)
  /// Any other non-2xx answer.
  case provider(status: Int, detail: String)
  /// The provider could not be reached or did not answer in time.
  case transport(String)
  /// A 2xx answer lamp cannot read.
  case malformed(String)
  /// The model kept calling tools without answering.
  case tooManyRounds(Int)

  public var description: String {
    switch self {
    case .configuration(let text): return text
    case .unauthorized(let status, let detail, let keyVariable):
      return "the model provider refused the API key (HTTP \(status)): \(detail); check \(keyVariable)"
    case .rateLimited(let retryAfter, let detail):
      return "the model provider is rate limiting (HTTP 429" + (retryAfter.map { ", retry after \($0) s" } ?? "")
        + "): \(detail)"
    case .provider(let status, let detail): return "the model provider answered HTTP \(status): \(detail)"
    case .transport(let text): return "the model provider could not be reached: \(text)"
    case .malformed(let text): return "the model provider's answer could not be read: \(text)"
    case .tooManyRounds(let count): return "the model made \(count) rounds of tool calls without answering"
    }
  }
}
