import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What GETs of the Secrets that trigger authentications reference found: each Secret's key names (never its
/// values), the Secrets that do not exist, and the namespaces whose Secrets the user may not get.
public struct SecretChecks: Sendable {
  /// The key names of each Secret found.
  public var keys: [SecretReference: Set<String>]
  public var missing: Set<SecretReference>
  /// Namespaces where `get secrets` was forbidden: there, nothing is known.
  public var unreadableNamespaces: Set<String>

  public init(
    keys: [SecretReference: Set<String>] = [:], missing: Set<SecretReference> = [],
    unreadableNamespaces: Set<String> = []
  ) {
    self.keys = keys
    self.missing = missing
    self.unreadableNamespaces = unreadableNamespaces
  }

  /// Whether the Secret exists; nil when it was not checked or may not be read.
  public func exists(_ secret: SecretReference) -> Bool? {
    if keys[secret] != nil { return true }
    return missing.contains(secret) ? false : nil
  }

  /// Whether the Secret has `key`; nil when the Secret is missing, unchecked or unreadable.
  public func hasKey(_ key: String, in secret: SecretReference) -> Bool? {
    keys[secret].map { $0.contains(key) }
  }

  /// `missing permission: get secrets in namespace "keda"; …`, when some Secrets could not be read.
  public var warning: String? {
    guard !unreadableNamespaces.isEmpty else { return nil }
    let names = unreadableNamespaces.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
    let place = unreadableNamespaces.count == 1 ? "namespace \(names)" : "namespaces \(names)"
    return "missing permission: get secrets in \(place); referenced Secrets and keys there are not checked"
  }
}
