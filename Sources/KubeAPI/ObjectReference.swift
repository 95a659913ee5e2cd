#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What an event is about (`involvedObject` in core/v1, `regarding` in events.k8s.io/v1).
public struct ObjectReference: Codable, Sendable, Hashable {
  public var apiVersion: String?
  public var kind: String?
  public var namespace: String?
  public var name: String?
  public var uid: String?
  /// `spec.containers{app}`: the part of the object the event is about.
  public var fieldPath: String?

  public init(
    apiVersion: String? = nil, kind: String? = nil, namespace: String? = nil, name: String? = nil,
    uid: String? = nil, fieldPath: String? = nil
  ) {
    self.apiVersion = apiVersion
    self.kind = kind
    self.namespace = namespace
    self.name = name
    self.uid = uid
    self.fieldPath = fieldPath
  }

  /// The API group of `apiVersion` (empty for core).
  public var group: String {
    guard let apiVersion, let slash = apiVersion.firstIndex(of: "/") else { return "" }
    return String(apiVersion[..<slash])
  }
}
