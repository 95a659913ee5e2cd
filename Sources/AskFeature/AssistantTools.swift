import EventsFeature
import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The tools a model may call: reads, and writes that pass through a `WriteGate` first. Results are capped and
/// go through `Redaction` before they leave lamp.
public struct AssistantTools: Sendable {
  public let client: KubeClient
  public let discovery: Discovery
  /// The namespace used when the model gives none.
  public let namespace: String
  /// Longest tool result sent, in characters.
  public var maxResult = 12_000
  /// Approves or refuses each write.
  public let gate: any WriteGate
  /// Where the outcome of each write is reported (the terminal).
  public let report: @Sendable (String) -> Void
  /// The clock for `restartedAt`.
  public var now: @Sendable () -> Date = Date.init

  public init(
    client: KubeClient, discovery: Discovery, namespace: String, gate: any WriteGate,
    report: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.client = client
    self.discovery = discovery
    self.namespace = namespace
    self.gate = gate
    self.report = report
  }

  /// The OpenAI `tools` definitions: reads, then writes.
  public static var definitions: [JSONValue] {
    readDefinitions + [RelationGraphTool.definition, RBACCheckTool.definition] + WriteTools.definitions
  }

  static let readDefinitions: [JSONValue] = [
    tool(
      "get_resource", "Get one Kubernetes object as JSON (Secret values are redacted).",
      [
        "kind": "kind or resource, e.g. pod, deployment, svc, hpa.autoscaling, hpa.v1.autoscaling",
        "name": "object name", "namespace": "namespace",
      ],
      required: ["kind", "name"]),
    tool(
      "list_resources", "List objects of a kind: names and a short status (at most 50).",
      ["kind": "kind or resource", "namespace": "namespace", "label_selector": "label selector, e.g. app=web"],
      required: ["kind"]),
    tool(
      "events", "Recent events about one object.",
      ["kind": "kind of the object", "name": "object name", "namespace": "namespace"], required: ["kind", "name"]),
    tool(
      "pod_logs", "The last lines of a pod's container log.",
      [
        "name": "pod name", "namespace": "namespace", "container": "container name",
        "previous": "true for the previous run", "tail": "number of lines (max 100)",
      ], required: ["name"]),
  ]

  static func tool(_ name: String, _ description: String, _ parameters: [String: String], required: [String])
    -> JSONValue
  {
    .object([
      "type": .string("function"),
      "function": .object([
        "name": .string(name), "description": .string(description),
        "parameters": .object([
          "type": .string("object"),
          "properties": .object(
            parameters.mapValues { .object(["type": .string("string"), "description": .string($0)]) }),
          "required": .array(required.map(JSONValue.string)),
        ]),
      ]),
    ])
  }

  /// Runs one tool call; every failure (bad arguments, unknown kind, API error) becomes the result text, so
  /// the model can correct itself and nothing is lost.
  public func run(_ call: ChatMessage.ToolCall) async -> String {
    let arguments: [String: JSONValue]
    do {
      guard let object = try JSONValue.parse(Data(call.function.arguments.utf8)).objectValue else {
        return "error: the arguments must be a JSON object"
      }
      arguments = object
    } catch {
      return "error: the arguments are not valid JSON: \(call.function.arguments.prefix(200))"
    }
    func string(_ key: String) -> String? {
      if let text = arguments[key]?.stringValue, !text.isEmpty { return text }
      if let number = arguments[key]?.intValue { return String(number) }
      if let flag = arguments[key]?.boolValue { return String(flag) }
      return nil
    }
    do {
      let text: String
      switch call.function.name {
      case "get_resource":
        text = try await get(
          kind: try required(string("kind"), "kind"), name: try required(string("name"), "name"),
          namespace: string("namespace"))
      case "list_resources":
        text = try await list(
          kind: try required(string("kind"), "kind"), namespace: string("namespace"),
          selector: string("label_selector"))
      case "events":
        text = try await events(
          kind: try required(string("kind"), "kind"), name: try required(string("name"), "name"),
          namespace: string("namespace"))
      case "pod_logs":
        text = try await logs(
          pod: try required(string("name"), "name"), namespace: string("namespace"), container: string("container"),
          previous: string("previous") == "true", tail: Int(string("tail") ?? "") ?? 50)
      case "relation_graph":
        text = try await RelationGraphTool(tools: self).run(string)
      case "rbac_check":
        text = try await RBACCheckTool(tools: self).run(string)
      case let name where WriteTools.names.contains(name):
        let planned = try await WriteTools(tools: self).plan(name, string, now: now())
        text = await execute(planned)
      default:
        return "error: unknown tool \(call.function.name)"
      }
      return cap(text)
    } catch let error as KubeError {
      return "error: \(error.description)"
    } catch let error as ToolArgumentError {
      return "error: \(error.message)"
    } catch {
      return "error: \(error)"
    }
  }

  struct ToolArgumentError: Error { var message: String }

  /// Sends a planned request; a write (by its verb) only after the gate approves it. The outcome, success or
  /// the API's error, is both reported and returned to the model.
  func execute(_ request: PlannedRequest) async -> String {
    if request.isWrite, let refusal = await gate.refusal(for: request) {
      let text = "refused: \(refusal); nothing was sent"
      report("\(request.method) \(request.path): \(text)")
      return text
    }
    do {
      let response = try await client.send(
        method: request.method, path: request.path, query: request.queryItems, body: request.body,
        contentType: request.contentType)
      let text = "done: HTTP \(response.status)"
      report("\(request.method) \(request.path): \(text)")
      return text
    } catch let error as KubeError {
      let text = "error: \(error.description)"
      report("\(request.method) \(request.path): \(text)")
      return text
    } catch {
      return "error: \(error)"
    }
  }

  func required(_ value: String?, _ name: String) throws -> String {
    guard let value else { throw ToolArgumentError(message: "missing argument \"\(name)\"") }
    return value
  }

  func resolve(_ kind: String) async throws -> ResourceKind {
    guard let info = try await discovery.resolve(kind).first else {
      throw ToolArgumentError(message: "the server has no resource type \"\(kind)\"")
    }
    return info.resourceKind
  }

  func get(kind: String, name: String, namespace: String?) async throws -> String {
    let resource = try await resolve(kind)
    let path = try resource.objectPath(name: name, namespace: resource.namespaced ? namespace ?? self.namespace : nil)
    let value = try await client.getJSON(JSONValue.self, path: path)
    return String(decoding: try Redaction.object(value, kind: resource.kind).encoded(), as: UTF8.self)
  }

  func list(kind: String, namespace: String?, selector: String?) async throws -> String {
    let resource = try await resolve(kind)
    var query: [(String, String)] = [("limit", "50")]
    if let selector { query.append(("labelSelector", selector)) }
    let path = try resource.collectionPath(namespace: resource.namespaced ? namespace ?? self.namespace : nil)
    let value = try await client.getJSON(JSONValue.self, path: path, query: query)
    let items = value["items"]?.arrayValue ?? []
    let lines = items.map { item -> String in
      let name = item[path: ["metadata", "name"]]?.stringValue ?? ""
      let status = item[path: ["status", "phase"]]?.stringValue ?? ""
      return status.isEmpty ? name : "\(name) \(status)"
    }
    let more = value[path: ["metadata", "continue"]]?.stringValue.map { $0.isEmpty ? "" : "\n(more not shown)" } ?? ""
    return lines.isEmpty ? "none" : lines.joined(separator: "\n") + more
  }

  func events(kind: String, name: String, namespace: String?) async throws -> String {
    let resource = try await resolve(kind)
    let scope = resource.namespaced ? namespace ?? self.namespace : nil
    let query = [("fieldSelector", "involvedObject.name=\(name),involvedObject.kind=\(resource.kind)")]
    let list = try await client.getJSON(
      ObjectList<Event>.self, path: try ResourceKind.events.collectionPath(namespace: scope ?? "default"), query: query)
    let events = list.items.map(ClusterEvent.init).sorted {
      ($0.lastSeen ?? .distantPast) < ($1.lastSeen ?? .distantPast)
    }
    let lines = events.suffix(20).map { event in
      "\(event.type) \(event.reason) ×\(event.count): \(Redaction.text(event.message))"
    }
    return lines.isEmpty ? "no events" : lines.joined(separator: "\n")
  }

  func logs(pod: String, namespace: String?, container: String?, previous: Bool, tail: Int) async throws -> String {
    var query = [("tailLines", String(min(max(tail, 1), 100))), ("limitBytes", "16384")]
    if let container { query.append(("container", container)) }
    if previous { query.append(("previous", "true")) }
    let path = try ResourceKind.pods.objectPath(name: pod, namespace: namespace ?? self.namespace, subresource: "log")
    let response = try await client.send(method: "GET", path: path, query: query, accept: "text/plain")
    return Redaction.text(String(decoding: response.body, as: UTF8.self))
  }

  func cap(_ text: String) -> String {
    text.count > maxResult ? String(text.prefix(maxResult)) + "\n(cut at \(maxResult) characters)" : text
  }
}
