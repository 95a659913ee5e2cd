import KubeAPI

/// Moves every RFC 3339 timestamp string of an object tree by a fixed offset, keeping each string's format, so data
/// written for one "now" looks just as fresh at any other start time.
struct ScenarioTimeShift {
  /// The offset in nanoseconds.
  var offsetNanoseconds: Int64

  /// Shifts every string that parses as a timestamp; other values are returned unchanged.
  func shifted(_ value: JSONValue) -> JSONValue {
    switch value {
    case .string(let text):
      guard let parsed = ScenarioTimestamp.parse(text) else { return value }
      return .string(shifted(parsed))
    case .array(let items):
      return .array(items.map(shifted))
    case .object(let members):
      var result = members
      for (key, member) in members {
        result[key] = shifted(member)
      }
      return .object(result)
    case .null, .bool, .int, .double:
      return value
    }
  }

  /// Helm writes `createdAt`/`modifiedAt` labels on its release secrets as Unix seconds; move them too.
  func shiftedHelmLabels(_ object: JSONValue) -> JSONValue {
    guard object["type"]?.stringValue == "helm.sh/release.v1",
      var labels = object[path: ["metadata", "labels"]]?.objectValue, labels["owner"]?.stringValue == "helm"
    else { return object }
    for key in ["createdAt", "modifiedAt"] {
      guard let text = labels[key]?.stringValue, let seconds = Int64(text) else { continue }
      labels[key] = .string(String(seconds + floorDiv(offsetNanoseconds, 1_000_000_000)))
    }
    var result = object
    var metadata = object["metadata"] ?? .object([:])
    metadata["labels"] = .object(labels)
    result["metadata"] = metadata
    return result
  }

  private func shifted(_ parsed: ScenarioTimestamp.Parsed) -> String {
    let total = parsed.nanoseconds + offsetNanoseconds
    let carry = floorDiv(total, 1_000_000_000)
    let nanoseconds = total - carry * 1_000_000_000
    return ScenarioTimestamp.format(
      seconds: parsed.seconds + carry, nanoseconds: nanoseconds, fractionDigits: parsed.fractionDigits)
  }

  private func floorDiv(_ value: Int64, _ divisor: Int64) -> Int64 {
    value >= 0 ? value / divisor : (value - divisor + 1) / divisor
  }
}
