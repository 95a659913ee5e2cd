import KubeAPI

/// Orders objects for loading: CRDs first (they define kinds), then namespaces, then the rest in input order.
enum StateOrdering {
  static func sorted(_ objects: [JSONValue]) -> [JSONValue] {
    func rank(_ object: JSONValue) -> Int {
      switch object["kind"]?.stringValue {
      case "CustomResourceDefinition": return 0
      case "Namespace": return 1
      default: return 2
      }
    }
    return objects.enumerated().sorted { lhs, rhs in
      let (left, right) = (rank(lhs.element), rank(rhs.element))
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
  }
}
