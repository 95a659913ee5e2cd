import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Karpenter's `FailedScheduling` text (`Failed to schedule pod, incompatible with nodepool "default", …;
/// incompatible with nodepool "spot", …`), read into one reason per NodePool.
public struct KarpenterMessage: Sendable, Hashable {
  /// NodePool name → why Karpenter could not use it, e.g. `incompatible requirements, key kubernetes.io/arch, …`.
  public var nodePools: [String: String]

  public init(nodePools: [String: String]) { self.nodePools = nodePools }

  /// Parses Karpenter's message; nil when the text is not one.
  public static func parse(_ message: String) -> KarpenterMessage? {
    guard message.hasPrefix("Failed to schedule pod") else { return nil }
    var pools: [String: String] = [:]
    for segment in message.components(separatedBy: "; ") {
      for part in segment.components(separatedBy: "incompatible with nodepool ").dropFirst() {
        guard let name = SchedulerMessage.quoted(part) else { continue }
        var reason = part.drop { $0 != "," }.dropFirst().trimmingSpaces()
        if reason.hasPrefix("daemonset overhead="), let end = reason.firstUTF8Range(of: "}, ") {
          reason = String(reason[end.upperBound...])
        }
        pools[name] = reason
      }
      if let range = segment.firstUTF8Range(of: "exceed limits for nodepool: "),
        let name = SchedulerMessage.quoted(String(segment[range.upperBound...]))
      {
        pools[name] = "all available instance types exceed its limits"
      }
    }
    return KarpenterMessage(nodePools: pools)
  }
}

extension KarpenterMessage {
  /// Karpenter's verdict on each NodePool it named, sorted by name.
  public var verdicts: [NodePoolVerdict] {
    nodePools.sorted { $0.key < $1.key }.map { NodePoolVerdict(nodePool: $0.key, obstacles: [Self.obstacle($0.value)]) }
  }

  /// One pool's reason as an obstacle: a requirement it cannot meet reads as lamp's own requirement obstacles do,
  /// anything else keeps Karpenter's words.
  static func obstacle(_ reason: String) -> NodePoolVerdict.Obstacle {
    let incompatible = "incompatible requirements, "
    if reason.hasPrefix(incompatible) {
      let rest = reason.dropFirst(incompatible.count)
      // `label "x" does not have known values`: the pool never sets the label. A typo hint keeps Karpenter's words.
      if rest.hasPrefix("label \""), rest.hasSuffix("\" does not have known values"),
        let label = SchedulerMessage.quoted(String(rest))
      {
        return .requirement(label: label, offered: nil)
      }
      // `key k, k In [arm64] not in k In [amd64]`: what the pod asks for, then what the pool offers.
      if rest.hasPrefix("key "), let comma = rest.firstUTF8Range(of: ", "),
        let notIn = rest[comma.upperBound...].firstUTF8Range(of: " not in ")
      {
        let asked = String(rest[comma.upperBound..<notIn.lowerBound])
        return .requirement(label: Self.label(asked), offered: String(rest[notIn.upperBound...]))
      }
    }
    if reason.hasPrefix("no instance type satisfied resources") {
      // Karpenter closes with why, e.g. `(no instance type has enough resources)`.
      if reason.hasSuffix(")"), let why = reason.firstUTF8Range(of: "(no instance type") {
        return .karpenter(String(reason[why.lowerBound...].dropFirst().dropLast()))
      }
      return .karpenter("no instance type satisfied its requests and requirements")
    }
    return .karpenter(reason)
  }

  /// `k=v` for `k In [v]`, as lamp names a single required value; any other requirement as Karpenter wrote it.
  static func label(_ requirement: String) -> String {
    let parts = requirement.split(separator: " ", maxSplits: 2)
    guard parts.count == 3, parts[1] == "In", parts[2].hasPrefix("["), parts[2].hasSuffix("]") else {
      return requirement
    }
    let values = parts[2].dropFirst().dropLast()
    return values.isEmpty || values.contains(" ") ? requirement : "\(parts[0])=\(values)"
  }
}
