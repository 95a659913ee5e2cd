// Interim selector parsing until KubeAPI's LabelSelector/FieldSelector (branch rbac) are merged.
import Foundation


/// A parsed label selector requirement.
struct InterimLabelRequirement: Sendable {
  enum Operator: Sendable { case equals, notEquals, inSet, notIn, exists, doesNotExist, greater, less }
  var key: String
  var op: Operator
  var values: [String]

  func matches(_ labels: [String: String]) -> Bool {
    let value = labels[key]
    switch op {
    case .equals: return value == values.first
    case .notEquals: return value != values.first
    case .inSet: return value.map(values.contains) ?? false
    case .notIn: return value.map { !values.contains($0) } ?? true
    case .exists: return value != nil
    case .doesNotExist: return value == nil
    case .greater, .less:
      guard let value, let number = Int(value), let bound = values.first.flatMap({ Int($0) }) else { return false }
      return op == .greater ? number > bound : number < bound
    }
  }

  static func parse(_ text: String) throws(StatusError) -> [InterimLabelRequirement] {
    var parts: [String] = []
    var depth = 0
    var current = ""
    for character in text {
      if character == "(" { depth += 1 }
      if character == ")" { depth -= 1 }
      if character == ",", depth == 0 {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    var result: [InterimLabelRequirement] = []
    for raw in parts {
      let part = raw.trimmingCharacters(in: .whitespaces)
      if part.isEmpty {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        throw StatusError.badRequest(
          "unable to parse requirement: found ',', expected: identifier")
      }
      result.append(try parseOne(part))
    }
    return result
  }

  private static func parseOne(_ part: String) throws(StatusError) -> InterimLabelRequirement {
    if part.hasPrefix("!") {
      return try InterimLabelRequirement(key: checkedKey(String(part.dropFirst())), op: .doesNotExist, values: [])
    }
    for (token, op) in [(" notin ", Operator.notIn), (" in ", Operator.inSet)] {
      if let range = part.range(of: token) {
        let key = try checkedKey(String(part[..<range.lowerBound]))
        var rest = part[range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard rest.hasPrefix("("), rest.hasSuffix(")") else {
          throw StatusError.badRequest("unable to parse requirement: found '\(rest)', expected: '('")
        }
        rest = String(rest.dropFirst().dropLast())
        let values = rest.split(separator: ",", omittingEmptySubsequences: false).map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        return InterimLabelRequirement(key: key, op: op, values: values)
      }
    }
    for (token, op) in [("!=", Operator.notEquals), ("==", .equals), ("=", .equals), (">", .greater), ("<", .less)] {
      if let range = part.range(of: token) {
        let key = try checkedKey(String(part[..<range.lowerBound]))
        let value = part[range.upperBound...].trimmingCharacters(in: .whitespaces)
        try checkValue(value)
        return InterimLabelRequirement(key: key, op: op, values: [value])
      }
    }
    return InterimLabelRequirement(key: try checkedKey(part), op: .exists, values: [])
  }

  private static func checkedKey(_ raw: String) throws(StatusError) -> String {
    let key = raw.trimmingCharacters(in: .whitespaces)
    let allowed = key.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) }
    guard !key.isEmpty, allowed, key.first.map({ $0.isLetter || $0.isNumber }) == true else {
      throw StatusError.badRequest("unable to parse requirement: invalid label key \"\(key)\"")
    }
    return key
  }

  private static func checkValue(_ value: String) throws(StatusError) {
    guard value.count <= 63, value.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
      throw StatusError.badRequest("unable to parse requirement: invalid label value: \"\(value)\"")
    }
  }
}

/// A parsed field selector requirement.
struct InterimFieldRequirement: Sendable {
  var field: String
  var value: String
  var negated: Bool

  static func parse(_ text: String) throws(StatusError) -> [InterimFieldRequirement] {
    var parts: [String] = []
    var current = ""
    var escaped = false
    for character in text {
      if escaped {
        current.append("\\")
        current.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "," {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    var result: [InterimFieldRequirement] = []
    for part in parts where !part.isEmpty {
      var matched = false
      for (token, negated) in [("!=", true), ("==", false), ("=", false)] {
        if let range = part.range(of: token) {
          let value = unescape(String(part[range.upperBound...]))
          result.append(InterimFieldRequirement(field: String(part[..<range.lowerBound]), value: value, negated: negated))
          matched = true
          break
        }
      }
      if !matched {
        throw StatusError.badRequest("invalid selector: '\(text)'; can't understand '\(part)'")
      }
    }
    return result
  }

  private static func unescape(_ text: String) -> String {
    var result = ""
    var escaped = false
    for character in text {
      if escaped || character != "\\" {
        result.append(character)
        escaped = false
      } else {
        escaped = true
      }
    }
    return result
  }
}
