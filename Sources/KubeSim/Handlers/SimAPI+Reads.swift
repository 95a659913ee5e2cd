import Foundation
import KubeAPI

/// get and list, in the object, Table and PartialObjectMetadata shapes.
extension SimAPI {
  func get(_ target: ResourceTarget, request: SimRequest) async throws(StatusError) -> SimResponse {
    let stored = try await existing(target)
    switch Representation.negotiate(request) {
    case .object:
      return .json(stored.bytes(as: target.type, version: target.version))
    case .table(let include):
      let table = await tableJSON(
        [stored], target: target, include: include, listMeta: .object([:]), withColumns: true)
      return .json(JSONWriter.encode(table), contentType: Representation.tableContentType)
    case .partialMetadata:
      return .json(JSONWriter.encode(partialMetadata(stored)), contentType: Representation.partialContentType)
    }
  }

  func existing(_ target: ResourceTarget) async throws(StatusError) -> StoredObject {
    guard let name = target.name,
      let stored = await state.object(type: target.type, namespace: target.namespace ?? "", name: name)
    else {
      throw StatusError.notFound(resource: target.type.plural, group: target.type.group, name: target.name ?? "")
    }
    return stored
  }

  func listFilter(_ target: ResourceTarget, request: SimRequest) throws(StatusError) -> ListFilter {
    try ListFilter(
      labelSelector: request.query["labelSelector"], fieldSelector: request.query["fieldSelector"], type: target.type)
  }

  func list(_ target: ResourceTarget, request: SimRequest) async throws(StatusError) -> SimResponse {
    let filter = try listFilter(target, request: request)
    if request.query["resourceVersionMatch"].map({ !$0.isEmpty }) == true,
      request.query["resourceVersion"]?.isEmpty ?? true || request.query["continue"]?.isEmpty == false
    {
      throw StatusError.invalid(
        kind: "ListOptions", group: "meta.k8s.io", name: "",
        causes: [
          .init(
            reason: "FieldValueForbidden",
            message: "Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided",
            field: "resourceVersionMatch")
        ])
    }
    let limit = Int(request.query["limit"] ?? "") ?? 0
    let page = try await state.list(
      type: target.type, namespace: target.namespace, filter: filter, limit: max(0, limit),
      continueToken: request.query["continue"])
    var listMeta: [String: JSONValue] = ["resourceVersion": .string(String(page.resourceVersion))]
    if let token = page.continueToken { listMeta["continue"] = .string(token) }
    if let remaining = page.remainingItemCount { listMeta["remainingItemCount"] = .int(Int64(remaining)) }
    switch Representation.negotiate(request) {
    case .object:
      return .json(listBytes(page.items, target: target, listMeta: .object(listMeta)))
    case .table(let include):
      let table = await tableJSON(
        page.items, target: target, include: include, listMeta: .object(listMeta), withColumns: true)
      return .json(JSONWriter.encode(table), contentType: Representation.tableContentType)
    case .partialMetadata:
      let list = JSONValue.object([
        "kind": .string("PartialObjectMetadataList"), "apiVersion": .string("meta.k8s.io/v1"),
        "metadata": .object(listMeta), "items": .array(page.items.map(partialMetadata)),
      ])
      return .json(JSONWriter.encode(list), contentType: Representation.partialListContentType)
    }
  }

  /// A list body assembled from the stored bytes of its items.
  func listBytes(_ items: some Collection<StoredObject>, target: ResourceTarget, listMeta: JSONValue) -> [UInt8] {
    var writer = JSONWriter(capacity: items.reduce(256) { $0 + $1.members.count + 64 })
    writer.append("{\"kind\":")
    writer.writeString(target.type.listKind)
    writer.append(",\"apiVersion\":")
    writer.writeString(target.type.apiVersion(target.version))
    writer.append(",\"metadata\":")
    writer.write(listMeta)
    writer.append(",\"items\":[")
    for (index, item) in items.enumerated() {
      if index > 0 { writer.append(",") }
      item.writeItem(into: &writer, as: target.type, version: target.version)
    }
    writer.append("]}")
    return writer.bytes
  }

  func partialMetadata(_ stored: StoredObject) -> JSONValue {
    .object([
      "kind": .string("PartialObjectMetadata"), "apiVersion": .string("meta.k8s.io/v1"),
      "metadata": stored.object["metadata"] ?? .object([:]),
    ])
  }

  /// A `meta.k8s.io/v1` Table of `items`.
  func tableJSON(
    _ items: some Collection<StoredObject>, target: ResourceTarget, include: String, listMeta: JSONValue,
    withColumns: Bool
  ) async -> JSONValue {
    let printer = TablePrinter(type: target.type, version: target.version, now: await state.now())
    let rows: [JSONValue] = items.map { stored in
      var row: [String: JSONValue] = ["cells": .array(printer.cells(stored.object))]
      switch include {
      case "None": break
      case "Object": row["object"] = stored.value(as: target.type, version: target.version)
      default: row["object"] = partialMetadata(stored)
      }
      return .object(row)
    }
    return .object([
      "kind": .string("Table"), "apiVersion": .string("meta.k8s.io/v1"), "metadata": listMeta,
      "columnDefinitions": withColumns ? .array(printer.columns.map(\.json)) : .null, "rows": .array(rows),
    ])
  }
}
