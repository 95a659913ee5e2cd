import KubeClient
import YAMLCoding

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which model `lamp ask` talks to: an OpenAI-compatible chat-completions endpoint (OpenAI, a local server such
/// as Ollama, vLLM or llama.cpp through a base URL), an Azure OpenAI deployment or Anthropic's Messages API. Read from
/// `$XDG_CONFIG_HOME/lamp/config.yaml` (default `~/.config/lamp/config.yaml`), then the environment, which wins.
public struct LLMSettings: Sendable, Hashable {
  /// The wire format.
  public var kind: LLMProviderKind
  /// The request URL without `/chat/completions` (Anthropic: without `/v1/messages`).
  public var baseURL: String
  public var apiKey: String?
  public var model: String
  /// Azure's `api-version`; nil for OpenAI-compatible servers. Azure also takes the key as an `api-key` header.
  public var azureAPIVersion: String?
  /// How long one completion may take.
  public var timeout: Duration

  public init(
    baseURL: String, apiKey: String?, model: String, azureAPIVersion: String? = nil, timeout: Duration = .seconds(120),
    kind: LLMProviderKind? = nil
  ) {
    self.kind = kind ?? (azureAPIVersion == nil ? .openAI : .azure)
    self.baseURL = baseURL
    self.apiKey = apiKey
    self.model = model
    self.azureAPIVersion = azureAPIVersion
    self.timeout = timeout
  }

  /// The chat-completions URL.
  public var completionsURL: String {
    baseURL + "/chat/completions" + (azureAPIVersion.map { "?api-version=\($0)" } ?? "")
  }

  /// The `llm:` section of config.yaml.
  public struct File: Sendable, Hashable, Decodable {
    public var provider: String?
    public var model: String?
    public var baseURL: String?
    public var apiKey: String?
    public var timeoutSeconds: Int?
    public var azure: Azure?

    public struct Azure: Sendable, Hashable, Decodable {
      public var endpoint: String?
      public var deployment: String?
      public var apiVersion: String?
    }
  }

  struct ConfigDocument: Decodable { var llm: File? }

  /// `$XDG_CONFIG_HOME/lamp/config.yaml`, else `$HOME/.config/lamp/config.yaml`.
  public static func configPath(environment: [String: String]) -> String? {
    if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") { return base + "/lamp/config.yaml" }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/lamp/config.yaml"
  }

  /// The keys config.yaml may hold, per section: any other is a typo that would be ignored silently.
  static let knownKeys: [(section: [String], keys: [String])] = [
    ([], ["llm"]),
    (["llm"], ["provider", "model", "baseURL", "apiKey", "timeoutSeconds", "azure"]),
    (["llm", "azure"], ["endpoint", "deployment", "apiVersion"]),
  ]

  /// Reads config.yaml when it exists, with its permission bits.
  static func file(at path: String) throws(LLMError) -> (file: File?, mode: Int)? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    let text: String
    do {
      text = String(decoding: try FileReader.contents(of: path), as: UTF8.self)
    } catch {
      throw .configuration("cannot read \(path): \(error.reason)")
    }
    var info = stat()
    let mode = stat(path, &info) == 0 ? Int(info.st_mode & 0o777) : 0
    let file: File?
    do {
      let root = try YAML.parse(text, file: path)
      for (section, keys) in knownKeys {
        let node = section.reduce(Optional(root)) { node, key in node?[key] }
        for entry in node?.mapping ?? [] {
          let key = entry.key.scalar?.value ?? ""
          guard !keys.contains(key) else { continue }
          let line = entry.key.position.map { ":\($0.line)" } ?? ""
          let place = section.isEmpty ? "" : " in " + section.joined(separator: ".")
          throw LLMError.configuration(
            "\(path)\(line): unknown key \"\(key)\"\(place) (known: \(keys.joined(separator: ", ")))")
        }
      }
      file = try YAMLDecoder().decode(ConfigDocument.self, from: root, file: path).llm
    } catch let error as LLMError {
      throw error
    } catch {
      throw .configuration("\(path): \(error)")
    }
    if let seconds = file?.timeoutSeconds, seconds <= 0 {
      throw .configuration("\(path): llm.timeoutSeconds must be a positive whole number of seconds (got \(seconds))")
    }
    return (file, mode)
  }

  /// The settings from config.yaml and the environment; nil when no model is configured (or provider `none`).
  ///
  /// Environment: `LAMP_LLM_PROVIDER` (openai, azure, anthropic, none), `LAMP_LLM_MODEL`, `LAMP_LLM_TIMEOUT` (seconds),
  /// `OPENAI_API_KEY`, `OPENAI_BASE_URL`, `AZURE_OPENAI_ENDPOINT`, `AZURE_OPENAI_DEPLOYMENT`,
  /// `AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_API_VERSION`, `ANTHROPIC_API_KEY`, `ANTHROPIC_BASE_URL`.
  public static func from(environment: [String: String]) throws(LLMError) -> LLMSettings? {
    func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
    // Nothing is sent: config.yaml, whatever it holds, does not matter.
    if let named = value("LAMP_LLM_PROVIDER")?.lowercased(), Self.offline.contains(named) { return nil }
    let path = configPath(environment: environment)
    let read = try path.flatMap { path throws(LLMError) in try Self.file(at: path) }
    let file = read?.file
    let provider =
      (value("LAMP_LLM_PROVIDER") ?? file?.provider
      ?? detected(value))
      .lowercased()
    if Self.offline.contains(provider) { return nil }
    // A key others can read is refused only when it would be used.
    if let path, let mode = read?.mode, file?.apiKey != nil, mode & 0o077 != 0 {
      throw .configuration(
        "\(path) holds an API key and is readable by others (mode \(String(mode, radix: 8))); run chmod 600 \(path)")
    }
    var timeout = Duration.seconds(file?.timeoutSeconds ?? 120)
    if let text = value("LAMP_LLM_TIMEOUT") {
      guard let seconds = Int(text), seconds > 0 else {
        throw .configuration("LAMP_LLM_TIMEOUT must be a whole number of seconds (got \"\(text)\")")
      }
      timeout = .seconds(seconds)
    }
    switch provider {
    case "openai":
      let custom = value("OPENAI_BASE_URL") ?? file?.baseURL
      let key = value("OPENAI_API_KEY") ?? file?.apiKey
      // A local server may need no key; OpenAI itself always does.
      if custom == nil, key == nil {
        throw missingKey(.openAI, server: "api.openai.com", baseVariable: "OPENAI_BASE_URL")
      }
      var base = custom ?? "https://api.openai.com/v1"
      while base.hasSuffix("/") { base.removeLast() }
      try checkURL(base, name: "OPENAI_BASE_URL")
      return LLMSettings(
        baseURL: base, apiKey: key, model: value("LAMP_LLM_MODEL") ?? file?.model ?? "gpt-4o-mini", timeout: timeout)
    case "azure":
      guard var endpoint = value("AZURE_OPENAI_ENDPOINT") ?? file?.azure?.endpoint,
        let deployment = value("AZURE_OPENAI_DEPLOYMENT") ?? file?.azure?.deployment
      else {
        throw .configuration(
          "Azure OpenAI needs AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT (or azure: in config)")
      }
      while endpoint.hasSuffix("/") { endpoint.removeLast() }
      try checkURL(endpoint, name: "AZURE_OPENAI_ENDPOINT")
      let version = value("AZURE_OPENAI_API_VERSION") ?? file?.azure?.apiVersion ?? "2024-10-21"
      return LLMSettings(
        baseURL: "\(endpoint)/openai/deployments/\(deployment)", apiKey: value("AZURE_OPENAI_API_KEY") ?? file?.apiKey,
        model: value("LAMP_LLM_MODEL") ?? file?.model ?? deployment, azureAPIVersion: version, timeout: timeout)
    case "anthropic":
      let custom = value("ANTHROPIC_BASE_URL") ?? file?.baseURL
      let key = value("ANTHROPIC_API_KEY") ?? file?.apiKey
      if custom == nil, key == nil {
        throw missingKey(.anthropic, server: "api.anthropic.com", baseVariable: "ANTHROPIC_BASE_URL")
      }
      var base = custom ?? "https://api.anthropic.com"
      while base.hasSuffix("/") { base.removeLast() }
      try checkURL(base, name: "ANTHROPIC_BASE_URL")
      return LLMSettings(
        baseURL: base, apiKey: key, model: value("LAMP_LLM_MODEL") ?? file?.model ?? "claude-sonnet-4-5",
        timeout: timeout, kind: .anthropic)
    default:
      throw .configuration(
        "unsupported LAMP_LLM_PROVIDER \"\(provider)\" (supported: openai, azure, anthropic, none)")
    }
  }

  /// Provider names that mean no model.
  static let offline: Set<String> = ["", "none", "offline"]

  /// The provider's own server refuses a request without a key: say which variable to set before sending one.
  static func missingKey(_ kind: LLMProviderKind, server: String, baseVariable: String) -> LLMError {
    .configuration(
      "\(kind.keyVariable) is not set: \(server) needs an API key (apiKey: in config.yaml; \(baseVariable) for a "
        + "server that needs none)")
  }

  /// The provider implied by which key or endpoint is set, when none is named.
  static func detected(_ value: (String) -> String?) -> String {
    if value("AZURE_OPENAI_ENDPOINT") != nil { return "azure" }
    if value("OPENAI_API_KEY") != nil { return "openai" }
    if value("ANTHROPIC_API_KEY") != nil { return "anthropic" }
    return ""
  }

  static func checkURL(_ url: String, name: String) throws(LLMError) {
    guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
      throw .configuration("\(name) must start with http:// or https:// (got \"\(url)\")")
    }
  }
}
