import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One change seen while watching: full lists (initially and after every re-list) or single objects.
public enum EventsChange: Sendable {
  case pods([Pod])
  case podUpdated(Pod)
  case podDeleted(Pod)
  case events([ClusterEvent])
  case eventUpdated(ClusterEvent)
}

/// What a watch prints for a change: a new or repeated event, a pod that is (newly or differently) pending,
/// or one that no longer is: scheduled or started, or deleted while pending (which fixed nothing).
public enum EventReportChange: Sendable, Hashable, Encodable {
  case event(EventReport.Item)
  case pending(EventReport.Pending)
  /// The pending entry as last shown, its `pendingSeconds` counted to the moment it was resolved.
  case resolved(EventReport.Pending, deleted: Bool)

  enum CodingKeys: String, CodingKey { case apiVersion, kind, type, event, pending, deleted }

  /// `{"apiVersion":"lamp/v1","kind":"EventReportChange","type":"Event|Pending|Resolved", "event"|"pending": …}`,
  /// and `"deleted": true` for a pod deleted while pending.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode("lamp/v1", forKey: .apiVersion)
    try c.encode("EventReportChange", forKey: .kind)
    switch self {
    case .event(let item):
      try c.encode("Event", forKey: .type)
      try c.encode(item, forKey: .event)
    case .pending(let item):
      try c.encode("Pending", forKey: .type)
      try c.encode(item, forKey: .pending)
    case .resolved(let item, let deleted):
      try c.encode("Resolved", forKey: .type)
      try c.encode(item, forKey: .pending)
      if deleted { try c.encode(true, forKey: .deleted) }
    }
  }
}
