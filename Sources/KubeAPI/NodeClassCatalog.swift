#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The Karpenter node classes that could be read, and of which kinds: a NodePool's class is missing only when its
/// kind was read and holds no class of that name; otherwise its state is unknown, not missing.
public struct NodeClassCatalog: Sendable, Hashable {
  /// Every class read, each with its `kind` set.
  public var classes: [NodeClass]
  /// The kinds (`EC2NodeClass`, ...) listed in full.
  public var kindsRead: Set<String>

  public init(classes: [NodeClass] = [], kindsRead: Set<String> = []) {
    self.classes = classes
    self.kindsRead = kindsRead
  }

  /// What a NodePool's `nodeClassRef` leads to.
  public enum Standing: Sendable, Hashable {
    /// Its kind was not read (not served, or not allowed).
    case unknown
    case missing
    /// Found, and its `Ready` condition is not True (`reason` from that condition, when it has one).
    case notReady(reason: String?)
    case ready
  }

  /// The standing of the class `reference` names.
  public func standing(of reference: NodePool.NodeClassReference) -> Standing {
    let kind = reference.resolvedKind
    guard kindsRead.contains(kind) else { return .unknown }
    guard let match = classes.first(where: { $0.kind == kind && $0.metadata.name == reference.name }) else {
      return .missing
    }
    guard let ready = match.conditions.first(where: { $0.type == "Ready" }), ready.isTrue else {
      let reason = match.conditions.first { $0.type == "Ready" }?.reason
      return .notReady(reason: reason.flatMap { $0.isEmpty ? nil : $0 })
    }
    return .ready
  }
}
