#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Identifies one object in a diagnosis: kind, namespace (empty for cluster-scoped objects) and name.
public struct ObjectRef: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public var kind: String
  public var namespace: String
  public var name: String

  public init(kind: String, namespace: String, name: String) {
    self.kind = kind
    self.namespace = namespace
    self.name = name
  }

  /// `Pod shop/web-1`, `Node ip-10-0-1-2`.
  public var description: String {
    namespace.isEmpty ? "\(kind) \(name)" : "\(kind) \(namespace)/\(name)"
  }

  /// kubectl's `kind/name` with a lower-case kind, for commands.
  public var kubectlName: String { "\(kind.lowercased())/\(name)" }

  /// ` -n NS` for namespaced objects, else empty: appended to suggested kubectl commands.
  public var namespaceFlag: String { namespace.isEmpty ? "" : " -n \(namespace)" }

  public static func < (a: ObjectRef, b: ObjectRef) -> Bool {
    (a.namespace, a.kind, a.name) < (b.namespace, b.kind, b.name)
  }
}
