import Foundation
import KubeAPI

/// The `kubectl get events` row, from a core/v1-shaped event (both event APIs print the same).
enum EventPrinter {
  static let columns: [TableColumn] = [
    TableColumn(
      name: "Last Seen", description: "The time at which the most recent occurrence of this event was recorded."),
    TableColumn(
      name: "Type", description: "Type of this event (Normal, Warning), new types could be added in the future"),
    TableColumn(
      name: "Reason",
      description:
        "This should be a short, machine understandable string that gives the reason for the transition into "
        + "the object's current status."
    ),
    TableColumn(name: "Object", description: "The object that this event is about."),
    TableColumn(name: "Subobject", description: "FieldPath of the involved object.", priority: 1),
    TableColumn(name: "Source", description: "The component reporting this event.", priority: 1),
    TableColumn(name: "Message", description: "A human-readable description of the status of this operation."),
    TableColumn(name: "First Seen", description: "The time at which the event was first recorded.", priority: 1),
    TableColumn(name: "Count", description: "The number of times this event has occurred.", priority: 1),
    TableColumn(name: "Name", format: "name", description: "Name of the event.", priority: 1),
  ]

  static func cells(_ event: JSONValue, now: Date) -> [JSONValue] {
    func since(_ value: JSONValue?) -> String? {
      guard let text = value?.stringValue, let date = SimClock.parse(text) else { return nil }
      return HumanDuration.format(now.timeIntervalSince(date))
    }
    let first = since(event["firstTimestamp"]) ?? since(event["eventTime"]) ?? "<unknown>"
    var last = since(event["lastTimestamp"]) ?? first
    var count = event["count"]?.intValue ?? 0
    if let series = event["series"], series != .null {
      last = since(series["lastObservedTime"]) ?? last
      count = series["count"]?.intValue ?? count
    } else if count == 0 {
      count = 1
    }
    let involved = event["involvedObject"]
    let kind = (involved?["kind"]?.stringValue ?? "").lowercased()
    let objectName = involved?["name"]?.stringValue ?? ""
    let target = objectName.isEmpty ? kind : "\(kind)/\(objectName)"
    let component =
      nonEmpty(event[path: ["source", "component"]]?.stringValue) ?? event["reportingComponent"]?.stringValue ?? ""
    let instance =
      nonEmpty(event[path: ["source", "host"]]?.stringValue) ?? event["reportingInstance"]?.stringValue ?? ""
    let source = instance.isEmpty ? component : "\(component), \(instance)"
    return [
      .string(last), .string(event["type"]?.stringValue ?? ""), .string(event["reason"]?.stringValue ?? ""),
      .string(target), .string(involved?["fieldPath"]?.stringValue ?? ""), .string(source),
      .string((event["message"]?.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines)), .string(first),
      .int(count), event[path: ["metadata", "name"]] ?? .string(""),
    ]
  }

  private static func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
  }
}
