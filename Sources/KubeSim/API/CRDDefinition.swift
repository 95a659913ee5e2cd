import KubeAPI

/// The parts of a CustomResourceDefinition the server needs to serve its resource.
struct CRDDefinition: Sendable {
  var crdName: String
  /// nil when no version is served.
  var resourceType: ResourceType?

  init(_ crd: JSONValue) throws(StatusError) {
    guard let name = crd[path: ["metadata", "name"]]?.stringValue else {
      throw StatusError.badRequest("CustomResourceDefinition has no metadata.name")
    }
    crdName = name
    let spec = crd["spec"] ?? .object([:])
    guard let group = spec["group"]?.stringValue, let names = spec["names"],
      let plural = names["plural"]?.stringValue, let kind = names["kind"]?.stringValue
    else {
      throw StatusError.badRequest("CustomResourceDefinition \(name) lacks spec.group or spec.names")
    }
    let versions = (spec["versions"]?.arrayValue ?? []).filter { $0["served"]?.boolValue ?? true }
    let sortedVersions = versions.compactMap { $0["name"]?.stringValue }
      .sorted { ResourceRegistry.versionPriority($0) > ResourceRegistry.versionPriority($1) }
    guard !sortedVersions.isEmpty else {
      resourceType = nil
      return
    }
    var type = ResourceType(
      group: group, versions: sortedVersions, plural: plural,
      singular: names["singular"]?.stringValue ?? kind.lowercased(), kind: kind,
      namespaced: spec["scope"]?.stringValue != "Cluster",
      shortNames: names["shortNames"]?.arrayValue?.compactMap(\.stringValue) ?? [],
      categories: names["categories"]?.arrayValue?.compactMap(\.stringValue) ?? [])
    type.listKind = names["listKind"]?.stringValue ?? kind + "List"
    var subresources: [ResourceType.Subresource] = []
    var columns: [String: [ResourceType.PrinterColumn]] = [:]
    var selectable: Set<String> = []
    for version in versions {
      guard let versionName = version["name"]?.stringValue else { continue }
      let subs = version["subresources"]
      if subs?["status"] != nil, !subresources.contains(where: { $0.name == "status" }) {
        subresources.append(.status(kind))
      }
      if subs?["scale"] != nil, !subresources.contains(where: { $0.name == "scale" }) {
        subresources.append(.scale)
      }
      columns[versionName] = (version["additionalPrinterColumns"]?.arrayValue ?? []).compactMap(Self.column)
      for field in version["selectableFields"]?.arrayValue ?? [] {
        if let path = field["jsonPath"]?.stringValue { selectable.insert(String(path.drop { $0 == "." })) }
      }
    }
    type.subresources = subresources.sorted { $0.name < $1.name }
    type.printerColumns = columns
    type.selectableFields = selectable.sorted()
    resourceType = type
  }

  private static func column(_ value: JSONValue) -> ResourceType.PrinterColumn? {
    guard let name = value["name"]?.stringValue, let path = value["jsonPath"]?.stringValue else { return nil }
    return ResourceType.PrinterColumn(
      name: name, type: value["type"]?.stringValue ?? "string", format: value["format"]?.stringValue ?? "",
      description: value["description"]?.stringValue ?? "", priority: Int(value["priority"]?.intValue ?? 0),
      jsonPath: path)
  }
}
