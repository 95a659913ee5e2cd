import Foundation
import KubeAPI

/// The JSONPath subset CRD printer columns use: `.a.b`, escaped dots, `[*]`, `[N]` and `[?(@.k=="v")]`.
enum PrinterJSONPath {
  private enum Step {
    case field(String)
    case all
    case index(Int)
    case filter(key: String, value: String)
  }

  /// Every value the path selects.
  static func evaluate(_ path: String, in object: JSONValue) -> [JSONValue] {
    var current = [object]
    for step in parse(path) {
      var next: [JSONValue] = []
      for value in current {
        switch step {
        case .field(let name):
          if let member = value[name] { next.append(member) }
        case .all:
          if let array = value.arrayValue {
            next += array
          } else if let members = value.objectValue {
            next += members.keys.sorted().compactMap { members[$0] }
          }
        case .index(let index):
          if let array = value.arrayValue, array.indices.contains(index) { next.append(array[index]) }
        case .filter(let key, let expected):
          for element in value.arrayValue ?? [] where text(element[key]) == expected { next.append(element) }
        }
      }
      current = next
    }
    return current
  }

  private static func parse(_ path: String) -> [Step] {
    var steps: [Step] = []
    var characters = Array(path.droppingPrefix("{").droppingSuffix("}"))
    if characters.first == "$" { characters.removeFirst() }
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "." {
        index += 1
        var name = ""
        while index < characters.count, characters[index] != ".", characters[index] != "[" {
          if characters[index] == "\\", index + 1 < characters.count {
            index += 1
          }
          name.append(characters[index])
          index += 1
        }
        if !name.isEmpty { steps.append(.field(name)) }
      } else if character == "[" {
        var inner = ""
        index += 1
        var depth = 1
        while index < characters.count {
          if characters[index] == "[" { depth += 1 }
          if characters[index] == "]" {
            depth -= 1
            if depth == 0 { break }
          }
          inner.append(characters[index])
          index += 1
        }
        index += 1
        steps.append(bracket(inner))
      } else {
        index += 1
      }
    }
    return steps
  }

  private static func bracket(_ inner: String) -> Step {
    if inner == "*" { return .all }
    if let number = Int(inner) { return .index(number) }
    // ?(@.type=="Ready") or ?(@.type=='Ready')
    var body = inner
    if body.hasPrefix("?(") && body.hasSuffix(")") { body = String(body.dropFirst(2).dropLast()) }
    let parts = body.components(separatedBy: "==")
    guard parts.count == 2 else { return .field(inner) }
    let key = parts[0].trimmingCharacters(in: .whitespaces).droppingPrefix("@.")
    let value = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
    return .filter(key: String(key), value: value)
  }

  private static func text(_ value: JSONValue?) -> String? {
    switch value {
    case .string(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let number): return String(number)
    default: return nil
    }
  }
}

extension String {
  fileprivate func droppingPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }

  fileprivate func droppingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
