import KubeAPI

/// A `columnDefinitions` entry of a `meta.k8s.io/v1` Table.
struct TableColumn: Sendable, Equatable {
  var name: String
  var type: String = "string"
  var format: String = ""
  var description: String = ""
  var priority: Int = 0

  var json: JSONValue {
    .object([
      "name": .string(name), "type": .string(type), "format": .string(format), "description": .string(description),
      "priority": .int(Int64(priority)),
    ])
  }

  static func name(_ description: String) -> TableColumn {
    TableColumn(
      name: "Name", format: "name",
      description: "Name must be unique within a namespace. Is required when creating resources, although some "
        + "resources may allow a client to request the generation of an appropriate name automatically. Name is "
        + "primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: "
        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names")
  }

  static let age = TableColumn(
    name: "Age",
    description: "CreationTimestamp is a timestamp representing the server time when this object was created.")
}
