import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The exact API request a tool call would send. Whether it writes is decided from its HTTP verb alone, never
/// from the tool's name or anything the model says.
public struct PlannedRequest: Sendable, Hashable {
  public var method: String
  public var path: String
  public var body: Data?
  public var contentType: String?
  /// Query parameters (such as `fieldManager`), sent and shown sorted by name.
  public var query: [String: String]
  /// For a patch: the live object and the patched result as a YAML line diff, shown before asking.
  public var preview: String?

  public init(
    method: String, path: String, body: Data? = nil, contentType: String? = nil, query: [String: String] = [:]
  ) {
    self.method = method
    self.path = path
    self.body = body
    self.contentType = contentType
    self.query = query
  }

  /// The query as sent, sorted by name.
  public var queryItems: [(String, String)] { query.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }

  /// Anything but GET, HEAD and OPTIONS changes the cluster.
  public var isWrite: Bool { !["GET", "HEAD", "OPTIONS"].contains(method.uppercased()) }

  /// `PATCH /apis/apps/v1/namespaces/shop/deployments/web` and the body as indented JSON.
  public var display: String {
    var text = "\(method) \(path)"
    if !query.isEmpty { text += "?" + queryItems.map { "\($0.0)=\($0.1)" }.joined(separator: "&") }
    if let contentType { text += "\nContent-Type: \(contentType)" }
    if let body, !body.isEmpty { text += "\n" + Self.pretty(body) }
    if let preview { text += "\n" + preview }
    return text
  }

  static func pretty(_ data: Data) -> String {
    do {
      let value = try JSONDecoder().decode(JSONValue.self, from: data)
      return String(decoding: try KubeJSON.encoder(pretty: true).encode(value), as: UTF8.self)
    } catch {
      return String(decoding: data, as: UTF8.self)  // Not JSON (a YAML apply body): shown as sent.
    }
  }
}

/// Decides whether a write may be sent: the terminal user, `--yes`, or `--read-only`.
public protocol WriteGate: Sendable {
  /// nil: approved; otherwise why it was refused (told to the model).
  func refusal(for request: PlannedRequest) async -> String?
}
