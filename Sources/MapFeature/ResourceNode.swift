import Formatters

/// One object of the resource graph (or a placeholder for an object that is referred to but absent).
public struct ResourceNode: Sendable, Hashable, Codable {
  /// Stable id: the object's UID; `Kind/namespace/name` for objects without one (placeholders).
  public var id: String
  /// The Kubernetes kind (`Pod`, `Deployment`, `NodeClaim`, …).
  public var kind: String
  /// nil for cluster-scoped objects.
  public var namespace: String?
  public var name: String
  /// `ok`, `warning`, `error` or `unknown` (see the status rules in `StatusRules`).
  public var status: Health
  /// A short reason for the status (`CrashLoopBackOff`, `2/3 ready`, `no ready endpoints`).
  public var reason: String
  /// The app it belongs to: label `app.kubernetes.io/instance`, else `app.kubernetes.io/name`, else `app`.
  public var app: String?
  /// True when the object is only known from a reference to it (missing, or of a kind that was not listed).
  public var placeholder: Bool

  /// Creates a node.
  public init(
    id: String, kind: String, namespace: String?, name: String, status: Health = .unknown, reason: String = "",
    app: String? = nil, placeholder: Bool = false
  ) {
    self.id = id
    self.kind = kind
    self.namespace = namespace
    self.name = name
    self.status = status
    self.reason = reason
    self.app = app
    self.placeholder = placeholder
  }

  /// `Deployment/web`: kind and name, as the tree and annotations show it.
  public var reference: String { "\(kind)/\(name)" }

  /// `deploy/web`, `svc/web`, `secret/db`: the short form used in annotations.
  public var shortReference: String { "\(MapKind(kind: kind)?.shortName ?? kind.lowercased())/\(name)" }
}
