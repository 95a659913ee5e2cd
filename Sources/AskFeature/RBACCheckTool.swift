import KubeAPI
import KubeClient
import RBACFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `rbac_check` tool: whether lamp's user may do one thing (`verb` + `resource`, as `lamp rbac check`), or
/// everything a feature bundle of `lamp rbac check FEATURE` needs; asked with SelfSubjectAccessReviews.
struct RBACCheckTool: Sendable {
  let tools: AssistantTools

  static let definition = AssistantTools.tool(
    "rbac_check",
    "Check lamp's user's permissions: a verb on a resource (e.g. get pods/log), or a feature bundle "
      + "(\(FeatureBundle.catalog.map(\.name).joined(separator: ", "))).",
    [
      "verb": "verb, e.g. get, list, patch", "resource": "resource[.group][/subresource], e.g. pods/log",
      "name": "object name", "feature": "a feature bundle instead of verb and resource", "namespace": "namespace",
    ], required: [])

  func run(_ argument: (String) -> String?) async throws -> String {
    let namespace = argument("namespace") ?? tools.namespace
    if let feature = argument("feature") {
      let bundles: [FeatureBundle]
      do {
        bundles = try FeatureBundle.named(feature)
      } catch {
        throw AssistantTools.ToolArgumentError(message: error.description)
      }
      let report = try await FeatureAccessReport.run(
        bundles, namespace: namespace, client: tools.client, discovery: tools.discovery)
      let lines = report.checks.map(Self.line)
      let verdict =
        report.satisfied
        ? "\(feature): every permission it needs is allowed"
        : "\(feature): missing " + report.missing.map(\.description).joined(separator: ", ")
      return ([verdict] + lines).joined(separator: "\n")
    }
    guard let verb = argument("verb"), let resource = argument("resource") else {
      throw AssistantTools.ToolArgumentError(message: "give verb and resource, or feature")
    }
    let typed: PermissionSpec
    do {
      typed = try PermissionSpec(verb: verb, resource: resource, name: argument("name"))
    } catch {
      throw AssistantTools.ToolArgumentError(message: error.description)
    }
    // As `lamp rbac check` does: `deployments` is asked as deployments.apps, a cluster-scoped kind cluster-wide.
    let resolved = await typed.resolved(with: tools.discovery, namespace: namespace)
    let line = Self.line(try await AccessCheck.ask(resolved.spec, client: tools.client))
    return resolved.warning.map { "\(line) (\($0))" } ?? line
  }

  /// `allowed: get pods/log (namespace shop)` with the server's reason when it gave one.
  static func line(_ check: AccessCheck) -> String {
    let verdict = check.allowed ? "allowed" : (check.denied ? "denied" : "not allowed")
    var text = "\(verdict): \(check.permission)"
    text += check.namespace.isEmpty ? " (cluster-wide)" : " (namespace \(check.namespace))"
    if let reason = check.reason { text += " — \(reason)" }
    if let error = check.evaluationError { text += " (evaluation error: \(error))" }
    return text
  }
}
