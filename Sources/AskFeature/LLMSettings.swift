import Foundation

/// Which model `lamp ask` talks to, from the environment. Only OpenAI-compatible chat completions are
/// supported: OpenAI itself, or a local server (Ollama, vLLM, llama.cpp) through `OPENAI_BASE_URL`.
public struct LLMSettings: Sendable, Hashable {
  public var baseURL: String
  public var apiKey: String?
  public var model: String
  /// How long one completion may take.
  public var timeout: Duration

  public init(baseURL: String, apiKey: String?, model: String, timeout: Duration = .seconds(120)) {
    self.baseURL = baseURL
    self.apiKey = apiKey
    self.model = model
    self.timeout = timeout
  }

  /// `LAMP_LLM_PROVIDER=openai` (or `OPENAI_API_KEY` set) turns the model on; `LAMP_LLM_PROVIDER=none` turns it
  /// off. `OPENAI_BASE_URL` (default `https://api.openai.com/v1`), `LAMP_LLM_MODEL` (default `gpt-4o-mini`),
  /// `LAMP_LLM_TIMEOUT` in seconds (default 120).
  public static func from(environment: [String: String]) throws(LLMError) -> LLMSettings? {
    let provider = environment["LAMP_LLM_PROVIDER"]?.lowercased() ?? ""
    let key = environment["OPENAI_API_KEY"].flatMap { $0.isEmpty ? nil : $0 }
    switch provider {
    case "none", "offline": return nil
    case "":
      guard key != nil else { return nil }
    case "openai": break
    default: throw .configuration("unsupported LAMP_LLM_PROVIDER \"\(provider)\" (supported: openai, none)")
    }
    var base = environment["OPENAI_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "https://api.openai.com/v1"
    while base.hasSuffix("/") { base.removeLast() }
    guard base.hasPrefix("http://") || base.hasPrefix("https://") else {
      throw .configuration("OPENAI_BASE_URL must start with http:// or https:// (got \"\(base)\")")
    }
    let model = environment["LAMP_LLM_MODEL"].flatMap { $0.isEmpty ? nil : $0 } ?? "gpt-4o-mini"
    var timeout = Duration.seconds(120)
    if let text = environment["LAMP_LLM_TIMEOUT"], !text.isEmpty {
      guard let seconds = Int(text), seconds > 0 else {
        throw .configuration("LAMP_LLM_TIMEOUT must be a whole number of seconds (got \"\(text)\")")
      }
      timeout = .seconds(seconds)
    }
    return LLMSettings(baseURL: base, apiKey: key, model: model, timeout: timeout)
  }
}
