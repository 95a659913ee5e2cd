import Foundation
import KubeAPI

/// Server-side printing: the columns and cells kube-apiserver produces for `Accept: ...;as=Table`.
struct TablePrinter: Sendable {
  let type: ResourceType
  let version: String
  let now: Date

  var columns: [TableColumn] {
    if type.isCustom { return customColumns.map(\.column) }
    return BuiltinPrinters.columns(for: type.storageKey) ?? [.name(""), .age]
  }

  /// The cells of one row; `object` is in the served shape.
  func cells(_ object: JSONValue) -> [JSONValue] {
    if type.isCustom {
      return customColumns.map { cell(for: $0.path, type: $0.column.type, in: object) }
    }
    if let cells = BuiltinPrinters.cells(object, storageKey: type.storageKey, now: now) { return cells }
    return [
      name(object),
      .string(HumanDuration.since(object[path: ["metadata", "creationTimestamp"]]?.stringValue, now: now)),
    ]
  }

  private func name(_ object: JSONValue) -> JSONValue {
    object[path: ["metadata", "name"]] ?? .string("")
  }

  private var customColumns: [(column: TableColumn, path: String)] {
    let defined = type.printerColumns[version] ?? []
    var result: [(TableColumn, String)] = [(TableColumn.name(""), ".metadata.name")]
    if defined.isEmpty {
      // apiextensions-apiserver's default column when a CRD version declares none.
      result.append(
        (
          TableColumn(name: "Age", type: "date", description: TableColumn.age.description),
          ".metadata.creationTimestamp"
        ))
      return result
    }
    for column in defined {
      result.append(
        (
          TableColumn(
            name: column.name, type: column.type, format: column.format, description: column.description,
            priority: column.priority), column.jsonPath
        ))
    }
    return result
  }

  private func cell(for path: String, type: String, in object: JSONValue) -> JSONValue {
    let results = PrinterJSONPath.evaluate(path, in: object)
    guard let first = results.first else { return .null }
    switch type {
    case "integer":
      if let number = first.intValue { return .int(number) }
      return .null
    case "number":
      if case .double = first { return first }
      if let number = first.intValue { return .int(number) }
      return .null
    case "boolean":
      return first.boolValue.map(JSONValue.bool) ?? .null
    case "date":
      // apiextensions-apiserver renders dates as ages (ConvertToHumanReadableDateType), like built-in columns.
      guard let text = first.stringValue else { return .null }
      guard let date = SimClock.parse(text) else { return .string("<invalid>") }
      return .string(HumanDuration.format(now.timeIntervalSince(date)))
    default:
      return .string(results.map(Self.text).joined(separator: " "))
    }
  }

  private static func text(_ value: JSONValue) -> String {
    switch value {
    case .string(let text): return text
    case .null: return "<nil>"
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let number): return String(number)
    case .double(let number): return String(number)
    default: return String(decoding: JSONWriter.encode(value), as: UTF8.self)
    }
  }
}
