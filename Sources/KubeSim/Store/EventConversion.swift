import KubeAPI

/// Converts events between the core/v1 shape (how they are stored) and events.k8s.io/v1.
enum EventConversion {
  /// core/v1 name → events.k8s.io/v1 name, for fields that are renamed.
  private static let renames: [(core: String, events: String)] = [
    ("message", "note"), ("involvedObject", "regarding"), ("source", "deprecatedSource"),
    ("firstTimestamp", "deprecatedFirstTimestamp"), ("lastTimestamp", "deprecatedLastTimestamp"),
    ("count", "deprecatedCount"), ("reportingComponent", "reportingController"),
  ]

  static func toEventsV1(_ event: JSONValue) -> JSONValue {
    guard var members = event.objectValue else { return event }
    for rename in renames {
      if let value = members.removeValue(forKey: rename.core) { members[rename.events] = value }
    }
    members["apiVersion"] = .string("events.k8s.io/v1")
    members["kind"] = .string("Event")
    return .object(members)
  }

  static func toCore(_ event: JSONValue) -> JSONValue {
    guard var members = event.objectValue else { return event }
    for rename in renames {
      if let value = members.removeValue(forKey: rename.events) { members[rename.core] = value }
    }
    members["apiVersion"] = .string("v1")
    members["kind"] = .string("Event")
    return .object(members)
  }
}
