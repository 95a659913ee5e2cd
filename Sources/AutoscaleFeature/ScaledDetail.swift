import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp keda scaled NAME`: one ScaledObject or ScaledJob in full (also the JSON document):
///
/// ```
/// apiVersion: lamp/v1
/// kind: ScaledDetail
/// summary: ScaledSummary
/// triggers: [{type, name, metadata (credentials redacted), authentication: AuthSummary}]
/// conditions: [{type, status, reason, message}]
/// hpaConditions: [ … ]
/// events: [{type, reason, message, count, lastSeen}]   # newest first; absent when they may not be listed
/// warnings: [String]                                    # what could not be read, and what that leaves out
/// ```
public struct ScaledDetail: Sendable, Encodable {
  public var apiVersion = "lamp/v1"
  public var kind = "ScaledDetail"
  public var summary: ScaledSummary
  public var triggers: [Trigger]
  public var conditions: [StatusCondition]
  public var hpaConditions: [StatusCondition]
  /// nil when events may not be listed.
  public var events: [EventLine]?
  public var warnings: [String]

  /// One trigger with its metadata and resolved authentication.
  public struct Trigger: Sendable, Encodable {
    public var type: String
    public var name: String?
    public var metadata: [String: String]
    public var authenticationRef: String?
    /// nil when the reference names nothing that exists, when authentications may not be listed, or when nothing
    /// was referenced.
    public var authentication: AuthSummary?
    /// Why a referenced authentication is not shown: `not found`, or `unknown` when authentications may not be
    /// listed.
    public var authenticationProblem: String?
  }

  /// One event about the object.
  public struct EventLine: Sendable, Encodable {
    public var type: String
    public var reason: String
    public var message: String
    public var count: Int
    public var lastSeen: Date?
  }

  /// Builds the detail for `name` from the snapshot (with authentications), Secret checks and events.
  public init?(
    name: String, namespace: String, snapshot: KedaSnapshot, secrets: SecretChecks,
    events: [ClusterEvent]?, kedaNamespace: String, warnings: [String] = []
  ) {
    self.warnings = warnings
    let summaries = ScaledSummarizer.summaries(snapshot)
    guard let summary = summaries.first(where: { $0.namespace == namespace && $0.name == name }) else { return nil }
    self.summary = summary
    let object = (snapshot.scaledObjects ?? []).first { $0.metadata.namespace == namespace && $0.metadata.name == name }
    let job = (snapshot.scaledJobs ?? []).first { $0.metadata.namespace == namespace && $0.metadata.name == name }
    let isObject = summary.kind == "ScaledObject"
    let rawTriggers = isObject ? object?.triggers ?? [] : job?.triggers ?? []
    conditions = isObject ? object?.conditions ?? [] : job?.conditions ?? []
    let auths = AuthList.summaries(snapshot, secrets: secrets, kedaNamespace: kedaNamespace)
    triggers = rawTriggers.map { trigger in
      let ref = trigger.authenticationRef
      let auth = ref.flatMap { ref in
        auths.first { $0.name == ref.name && (ref.isCluster ? $0.namespace == nil : $0.namespace == namespace) }
      }
      var problem: String? = nil
      if let ref, auth == nil {
        let unlisted =
          snapshot.authentications == nil || snapshot.unlistedAuthenticationKinds.contains(ref.resolvedKind)
        problem = unlisted ? "unknown" : "not found"
      }
      return Trigger(
        type: trigger.type, name: trigger.name, metadata: trigger.redactedMetadata,
        authenticationRef: ref.map { "\($0.resolvedKind)/\($0.name)" }, authentication: auth,
        authenticationProblem: problem)
    }
    let hpa = (snapshot.hpas ?? []).first { $0.metadata.namespace == namespace && $0.metadata.name == summary.hpa }
    hpaConditions = hpa?.conditions ?? []
    let kind = summary.kind
    self.events = events?.filter { event in
      event.namespace == namespace && event.regarding.kind == kind && event.regarding.name == name
    }.sorted { ($0.lastSeen ?? .distantPast) > ($1.lastSeen ?? .distantPast) }.prefix(10).map { event in
      EventLine(
        type: event.type, reason: event.reason, message: event.message, count: event.count, lastSeen: event.lastSeen)
    }
  }
}
