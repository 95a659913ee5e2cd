/// The wire format a model provider speaks.
public enum LLMProviderKind: String, Sendable, Hashable {
  case openAI = "openai"
  case azure
  case anthropic

  /// The environment variable that holds the key, named in errors.
  public var keyVariable: String {
    switch self {
    case .openAI: return "OPENAI_API_KEY"
    case .azure: return "AZURE_OPENAI_API_KEY"
    case .anthropic: return "ANTHROPIC_API_KEY"
    }
  }
}
