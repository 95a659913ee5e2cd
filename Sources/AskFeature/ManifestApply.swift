import KubeAPI
import KubeClient
import YAMLCoding

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `apply_manifest` tool: one object, YAML or JSON, sent as a server-side apply
/// (`PATCH …?fieldManager=lamp`, `application/apply-patch+yaml`) to the path its apiVersion and kind resolve to.
struct ManifestApply: Sendable {
  let tools: AssistantTools

  func plan(_ manifest: String) async throws -> PlannedRequest {
    let object: JSONValue
    do {
      let documents = try YAMLDecoder().decodeDocuments(JSONValue.self, from: manifest)
      guard documents.count == 1, let only = documents.first else {
        throw AssistantTools.ToolArgumentError(message: "the manifest must hold exactly one object")
      }
      object = only
    } catch let error as AssistantTools.ToolArgumentError {
      throw error
    } catch {
      throw AssistantTools.ToolArgumentError(message: "the manifest is not valid YAML or JSON: \(error)")
    }
    guard let apiVersion = object["apiVersion"]?.stringValue, let kind = object["kind"]?.stringValue,
      let name = object[path: ["metadata", "name"]]?.stringValue, !name.isEmpty
    else {
      throw AssistantTools.ToolArgumentError(message: "the manifest needs apiVersion, kind and metadata.name")
    }
    let parts = apiVersion.split(separator: "/", maxSplits: 1).map(String.init)
    let group = parts.count == 2 ? parts[0] : ""
    var resource = try await tools.resolve(group.isEmpty ? kind : "\(kind).\(group)")
    guard resource.kind == kind, resource.group == group else {
      throw AssistantTools.ToolArgumentError(message: "the server has no kind \(kind) in \(apiVersion)")
    }
    resource.version = parts.last ?? resource.version
    let namespace = resource.namespaced ? object[path: ["metadata", "namespace"]]?.stringValue ?? tools.namespace : nil
    var body = object
    if let namespace { body["metadata"]?["namespace"] = .string(namespace) }
    // JSON is YAML, so the apply body is sent (and shown) as JSON.
    return PlannedRequest(
      method: "PATCH", path: try resource.objectPath(name: name, namespace: namespace), body: try body.encoded(),
      contentType: PatchType.apply.rawValue, query: ["fieldManager": "lamp"])
  }
}
