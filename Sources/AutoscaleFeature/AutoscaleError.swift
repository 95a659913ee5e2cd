#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why `lamp karpenter` or `lamp keda` cannot answer at all.
public enum AutoscaleError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No `karpenter.sh` NodePool CRD is served.
  case karpenterNotInstalled
  /// No `keda.sh` ScaledObject CRD is served.
  case kedaNotInstalled
  /// `lamp keda scaled NAME` found neither a ScaledObject nor a ScaledJob of that name.
  case scaledNotFound(name: String, namespace: String)
  /// The add-on is installed, but the kind the command is about is not served (its CRD is missing): `NodeClaim`
  /// in `karpenter.sh`.
  case kindNotServed(kind: String, group: String)
  /// The user may not list the kind the command is about.
  case forbidden(String)

  public var description: String {
    switch self {
    case .karpenterNotInstalled:
      return "Karpenter is not installed: the cluster serves no karpenter.sh NodePool (v1 or v1beta1)"
    case .kedaNotInstalled:
      return "KEDA is not installed: the cluster serves no keda.sh ScaledObject"
    case .scaledNotFound(let name, let namespace):
      return "no ScaledObject or ScaledJob \"\(name)\" in namespace \"\(namespace)\""
    case .kindNotServed(let kind, let group):
      return "the cluster serves no \(group) \(kind) (is its CustomResourceDefinition installed?)"
    case .forbidden(let what):
      return "missing permission: \(what)"
    }
  }
}
