import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `-o json|yaml` document of `lamp keda auth`: `apiVersion: lamp/v1`, `kind: TriggerAuthenticationList`,
/// `items` (ClusterTriggerAuthentications first, then by namespace and name) and `warnings`.
public struct AuthList: Sendable, Encodable {
  public var apiVersion = "lamp/v1"
  public var kind = "TriggerAuthenticationList"
  public var items: [AuthSummary]
  public var warnings: [String]

  public init(items: [AuthSummary], warnings: [String]) {
    self.items = items
    self.warnings = warnings
  }

  /// Summaries of every authentication in the snapshot, with their users and missing Secrets and keys.
  public static func summaries(
    _ snapshot: KedaSnapshot, secrets: SecretChecks, kedaNamespace: String
  ) -> [AuthSummary] {
    var users: [String: [String]] = [:]
    func record(_ trigger: ScaleTrigger, kind: String, namespace: String, name: String) {
      guard let ref = trigger.authenticationRef else { return }
      let key = ref.isCluster ? "cluster/\(ref.name)" : "\(namespace)/\(ref.name)"
      let user = "\(kind) \(namespace)/\(name)"
      if !(users[key] ?? []).contains(user) { users[key, default: []].append(user) }
    }
    for object in snapshot.scaledObjects ?? [] {
      for trigger in object.triggers {
        record(trigger, kind: "ScaledObject", namespace: object.metadata.namespace ?? "", name: object.metadata.name)
      }
    }
    for job in snapshot.scaledJobs ?? [] {
      for trigger in job.triggers {
        record(trigger, kind: "ScaledJob", namespace: job.metadata.namespace ?? "", name: job.metadata.name)
      }
    }
    let usersKnown = snapshot.scaledObjects != nil && snapshot.scaledJobs != nil
    return (snapshot.authentications ?? []).map { auth in
      let key =
        auth.isCluster ? "cluster/\(auth.metadata.name)" : "\(auth.metadata.namespace ?? "")/\(auth.metadata.name)"
      return AuthSummary(
        auth, usedBy: usersKnown ? users[key] ?? [] : nil, usedByNamespace: snapshot.scaledNamespace, secrets: secrets,
        kedaNamespace: kedaNamespace)
    }.sorted { ($0.namespace ?? "", $0.name) < ($1.namespace ?? "", $1.name) }
  }
}
