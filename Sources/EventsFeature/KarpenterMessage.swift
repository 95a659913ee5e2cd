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
