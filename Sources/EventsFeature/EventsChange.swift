import Foundation
import KubeAPI

/// One change seen while watching: full lists (initially and after every re-list) or single objects.
public enum EventsChange: Sendable {
  case pods([Pod])
  case podUpdated(Pod)
  case podDeleted(Pod)
  case events([ClusterEvent])
  case eventUpdated(ClusterEvent)
}

/// What a watch prints for a change: a new or repeated event, a pod that is (newly or differently) pending,
/// or one that no longer is.
public enum EventReportChange: Sendable, Hashable, Encodable {
  case event(EventReport.Item)
  case pending(EventReport.Pending)
  case resolved(EventReport.Pending)

  enum CodingKeys: String, CodingKey { case apiVersion, kind, type, event, pending }

  /// `{"apiVersion":"lamp/v1","kind":"EventReportChange","type":"Event|Pending|Resolved", "event"|"pending": …}`.
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
    case .resolved(let item):
      try c.encode("Resolved", forKey: .type)
      try c.encode(item, forKey: .pending)
    }
  }
}
