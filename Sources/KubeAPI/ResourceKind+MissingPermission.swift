extension ResourceKind {
  /// The one-line warning a command prints when it may not list this kind and carries on without it:
  /// `missing permission: list secrets in namespace "shop"; secrets are not shown`.
  public func missingListPermission(namespace: String?, consequence: String) -> String {
    let place = namespaced ? (namespace.map { " in namespace \"\($0)\"" } ?? " in all namespaces") : ""
    return "missing permission: list \(self)\(place); \(consequence)"
  }
}
