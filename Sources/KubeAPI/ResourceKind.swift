#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Where a kind of resource lives on the API: group, version, plural and scope.
public struct ResourceKind: Sendable, Hashable, CustomStringConvertible {
  /// API group; empty for the core group.
  public var group: String
  public var version: String
  /// Lower-case plural used in URLs (`pods`, `nodepools`).
  public var resource: String
  /// The object kind (`Pod`, `NodePool`).
  public var kind: String
  public var namespaced: Bool

  public init(group: String, version: String, resource: String, kind: String, namespaced: Bool) {
    self.group = group
    self.version = version
    self.resource = resource
    self.kind = kind
    self.namespaced = namespaced
  }

  /// `v1` for the core group, `GROUP/VERSION` otherwise.
  public var apiVersion: String { group.isEmpty ? version : "\(group)/\(version)" }

  /// `pods`, `deployments.apps`, `nodepools.karpenter.sh`: kubectl's fully-qualified resource name.
  public var description: String { group.isEmpty ? resource : "\(resource).\(group)" }

  /// The collection path: `/api/v1/namespaces/NS/pods`, `/apis/apps/v1/deployments` (nil namespace: all or cluster scope).
  public func collectionPath(namespace: String?) throws(InvalidPathSegment) -> String {
    var path = group.isEmpty ? "/api/\(version)" : "/apis/\(group)/\(version)"
    if namespaced, let namespace {
      path += "/namespaces/" + (try PathEscaping.segment(namespace, role: .namespace))
    }
    return path + "/" + resource
  }

  /// The path of one object, optionally a subresource of it.
  public func objectPath(name: String, namespace: String?, subresource: String? = nil) throws(InvalidPathSegment)
    -> String
  {
    var path = try collectionPath(namespace: namespace) + "/" + PathEscaping.segment(name, role: .name)
    if let subresource { path += "/" + subresource }
    return path
  }
}

extension ResourceKind {
  public static let namespaces = core("namespaces", "Namespace", namespaced: false)
  public static let nodes = core("nodes", "Node", namespaced: false)
  public static let pods = core("pods", "Pod")
  public static let services = core("services", "Service")
  public static let endpoints = core("endpoints", "Endpoints")
  public static let events = core("events", "Event")
  public static let configMaps = core("configmaps", "ConfigMap")
  public static let secrets = core("secrets", "Secret")
  public static let serviceAccounts = core("serviceaccounts", "ServiceAccount")
  public static let persistentVolumeClaims = core("persistentvolumeclaims", "PersistentVolumeClaim")
  public static let persistentVolumes = core("persistentvolumes", "PersistentVolume", namespaced: false)
  public static let resourceQuotas = core("resourcequotas", "ResourceQuota")
  public static let deployments = ResourceKind(
    group: "apps", version: "v1", resource: "deployments", kind: "Deployment", namespaced: true)
  public static let replicaSets = ResourceKind(
    group: "apps", version: "v1", resource: "replicasets", kind: "ReplicaSet", namespaced: true)
  public static let statefulSets = ResourceKind(
    group: "apps", version: "v1", resource: "statefulsets", kind: "StatefulSet", namespaced: true)
  public static let daemonSets = ResourceKind(
    group: "apps", version: "v1", resource: "daemonsets", kind: "DaemonSet", namespaced: true)
  public static let jobs = ResourceKind(group: "batch", version: "v1", resource: "jobs", kind: "Job", namespaced: true)
  public static let cronJobs = ResourceKind(
    group: "batch", version: "v1", resource: "cronjobs", kind: "CronJob", namespaced: true)
  public static let ingresses = ResourceKind(
    group: "networking.k8s.io", version: "v1", resource: "ingresses", kind: "Ingress", namespaced: true)
  public static let horizontalPodAutoscalers = ResourceKind(
    group: "autoscaling", version: "v2", resource: "horizontalpodautoscalers", kind: "HorizontalPodAutoscaler",
    namespaced: true)
  public static let eventsV1 = ResourceKind(
    group: "events.k8s.io", version: "v1", resource: "events", kind: "Event", namespaced: true)
  public static let storageClasses = ResourceKind(
    group: "storage.k8s.io", version: "v1", resource: "storageclasses", kind: "StorageClass", namespaced: false)
  public static let selfSubjectAccessReviews = ResourceKind(
    group: "authorization.k8s.io", version: "v1", resource: "selfsubjectaccessreviews",
    kind: "SelfSubjectAccessReview", namespaced: false)
  public static let subjectAccessReviews = ResourceKind(
    group: "authorization.k8s.io", version: "v1", resource: "subjectaccessreviews", kind: "SubjectAccessReview",
    namespaced: false)
  public static let selfSubjectRulesReviews = ResourceKind(
    group: "authorization.k8s.io", version: "v1", resource: "selfsubjectrulesreviews",
    kind: "SelfSubjectRulesReview", namespaced: false)

  private static func core(_ resource: String, _ kind: String, namespaced: Bool = true) -> ResourceKind {
    ResourceKind(group: "", version: "v1", resource: resource, kind: kind, namespaced: namespaced)
  }
}

/// Percent-encoding of URL path segments and query values: every byte of the UTF-8 but ASCII letters, digits and the
/// few marks each allows is written as `%XX`.
public enum PathEscaping {
  /// A namespace or an object's name as one escaped path segment (names may contain `:` and `.`), refused where
  /// client-go refuses it (`IsValidPathSegmentName`): libcurl resolves `.` and `..` in a path, so `pods/..` would
  /// reach the collection (a DELETE of one pod would become a DELETE of all of them), and no object is named with
  /// `/` or `%`. The only way a name becomes part of a path.
  public static func segment(_ text: String, role: InvalidPathSegment.Role) throws(InvalidPathSegment) -> String {
    let problem: InvalidPathSegment.Problem? =
      switch text {
      case "": .empty
      case ".": .dot
      case "..": .dotDot
      default: text.utf8.contains(UInt8(ascii: "/")) ? .slash : text.utf8.contains(UInt8(ascii: "%")) ? .percent : nil
      }
    if let problem { throw InvalidPathSegment(role: role, value: text, problem: problem) }
    return escaped(text, keeping: "-._~:@")
  }

  /// Escapes a query parameter value (selectors contain `=`, `,`, `!`, spaces and parentheses).
  public static func query(_ text: String) -> String {
    escaped(text, keeping: "-._~")
  }

  private static func escaped(_ text: String, keeping marks: StaticString) -> String {
    let marks = UnsafeBufferPointer(start: marks.utf8Start, count: marks.utf8CodeUnitCount)
    func kept(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"):
        true
      default: marks.contains(byte)
      }
    }
    guard !text.utf8.allSatisfy(kept) else { return text }
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count * 3)
    for byte in text.utf8 {
      if kept(byte) {
        bytes.append(byte)
      } else {
        bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// A namespace or name that cannot be a segment of a request path (`PathEscaping.segment(_:role:)`).
public struct InvalidPathSegment: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Role: String, Sendable {
    case namespace
    case name = "resource name"
  }

  public enum Problem: String, Sendable {
    case empty = "be empty"
    case dot = "be '.'"
    case dotDot = "be '..'"
    case slash = "contain '/'"
    case percent = "contain '%'"
  }

  public var role: Role
  public var value: String
  public var problem: Problem

  /// client-go's wording: `invalid namespace "a/b": may not contain '/'`, `resource name may not be empty`.
  public var description: String {
    problem == .empty
      ? "\(role.rawValue) may not be empty" : "invalid \(role.rawValue) \"\(value)\": may not \(problem.rawValue)"
  }
}
