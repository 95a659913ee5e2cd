import Formatters
import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The tools that change the cluster: delete a pod, restart a rollout, scale, cordon/uncordon a node, patch,
/// apply a manifest.
/// Each builds a `PlannedRequest`; the gate sees the exact request before anything is sent.
struct WriteTools: Sendable {
  let tools: AssistantTools

  static let names: Set<String> = [
    "delete_pod", "restart_rollout", "scale", "cordon", "uncordon", "patch", "apply_manifest",
  ]

  static let definitions: [JSONValue] = [
    AssistantTools.tool(
      "delete_pod", "Delete a pod (its controller recreates it). Asks the user first.",
      ["name": "pod name", "namespace": "namespace"], required: ["name"]),
    AssistantTools.tool(
      "restart_rollout", "Restart a deployment, statefulset or daemonset (like kubectl rollout restart).",
      ["kind": "deployment, statefulset or daemonset", "name": "name", "namespace": "namespace"],
      required: ["kind", "name"]),
    AssistantTools.tool(
      "scale", "Set the replicas of a deployment or statefulset.",
      ["kind": "deployment or statefulset", "name": "name", "namespace": "namespace", "replicas": "replica count"],
      required: ["kind", "name", "replicas"]),
    AssistantTools.tool("cordon", "Mark a node unschedulable.", ["name": "node name"], required: ["name"]),
    AssistantTools.tool("uncordon", "Mark a node schedulable again.", ["name": "node name"], required: ["name"]),
    AssistantTools.tool(
      "patch", "Patch an object with a JSON merge patch.",
      ["kind": "kind", "name": "name", "namespace": "namespace", "patch": "the merge patch as a JSON object"],
      required: ["kind", "name", "patch"]),
    AssistantTools.tool(
      "apply_manifest", "Create or update one object by server-side apply (field manager lamp). Asks the user first.",
      ["manifest": "one object as YAML or JSON, with apiVersion, kind and metadata.name"], required: ["manifest"]),
  ]

  func plan(_ name: String, _ argument: (String) -> String?, now: Date) async throws -> PlannedRequest {
    func required(_ key: String) throws -> String { try tools.required(argument(key), key) }
    switch name {
    case "delete_pod":
      let path = try ResourceKind.pods.objectPath(
        name: try required("name"), namespace: argument("namespace") ?? tools.namespace)
      return PlannedRequest(method: "DELETE", path: path)
    case "restart_rollout":
      let kind = try await workloadKind(try required("kind"))
      let stamp = KubeTime.format(now)
      let body =
        #"{"spec":{"template":{"metadata":{"annotations":{"kubectl.kubernetes.io/restartedAt":""#
        + stamp + #""}}}}}"#
      return try patch(kind, name: try required("name"), namespace: argument("namespace"), body: body)
    case "scale":
      let kind = try await workloadKind(try required("kind"))
      guard let replicas = Int(try required("replicas")), replicas >= 0 else {
        throw AssistantTools.ToolArgumentError(message: "replicas must be a whole number, 0 or more")
      }
      return try patch(
        kind, name: try required("name"), namespace: argument("namespace"), body: #"{"spec":{"replicas":\#(replicas)}}"#
      )
    case "cordon", "uncordon":
      let value = name == "cordon" ? "true" : "false"
      return try patch(
        .nodes, name: try required("name"), namespace: nil, body: #"{"spec":{"unschedulable":\#(value)}}"#)
    case "apply_manifest":
      return try await ManifestApply(tools: tools).plan(try required("manifest"))
    default:  // patch
      let kind = try await tools.resolve(try required("kind"))
      let text = try required("patch")
      let value: JSONValue
      do {
        value = try JSONValue.parse(Data(text.utf8))
      } catch {
        throw AssistantTools.ToolArgumentError(message: "the patch is not valid JSON")
      }
      guard value.objectValue != nil else {
        throw AssistantTools.ToolArgumentError(message: "the patch must be a JSON object")
      }
      var request = try patch(
        kind, name: try required("name"), namespace: argument("namespace"),
        body: String(decoding: try value.encoded(), as: UTF8.self))
      request.preview = await preview(request.path, kind: kind, patch: value)
      return request
    }
  }

  /// The live object against the patched one, as YAML (Secret values redacted, as everywhere); a line saying
  /// why when the live object cannot be read.
  func preview(_ path: String, kind: ResourceKind, patch: JSONValue) async -> String {
    do {
      let object = try await tools.client.getJSON(JSONValue.self, path: path)
      // Patch the real object and redact both sides: patching the redacted one would show the redaction's own
      // text as a changed value.
      let result = MergePatch.apply(patch, to: object)
      let live = Redaction.object(object, kind: kind.kind)
      let patched = Redaction.changedValues(Redaction.object(result, kind: kind.kind), from: object, to: result)
      let diff = LineDiff.lines(
        try YAMLRenderer.render(live).split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
        try YAMLRenderer.render(patched).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
      return (["--- live", "+++ patched"] + (diff.isEmpty ? ["  (no change)"] : diff)).joined(separator: "\n")
    } catch {
      return "(the live object could not be read for a diff: \(error))"
    }
  }

  func workloadKind(_ text: String) async throws -> ResourceKind {
    let kind = try await tools.resolve(text)
    guard ["Deployment", "StatefulSet", "DaemonSet"].contains(kind.kind) else {
      throw AssistantTools.ToolArgumentError(message: "\(text) is not a deployment, statefulset or daemonset")
    }
    return kind
  }

  func patch(_ kind: ResourceKind, name: String, namespace: String?, body: String) throws -> PlannedRequest {
    let path = try kind.objectPath(name: name, namespace: kind.namespaced ? namespace ?? tools.namespace : nil)
    return PlannedRequest(method: "PATCH", path: path, body: Data(body.utf8), contentType: PatchType.merge.rawValue)
  }
}
