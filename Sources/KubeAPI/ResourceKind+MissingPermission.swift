extension ResourceKind {
  /// The one-line warning a command prints when it may not list this kind and carries on without it:
  /// `missing permission: list secrets in namespace "shop"; secrets are not shown`.
  public func missingListPermission(namespace: String?, consequence: String) -> String {
    "missing permission: \(listPermission(namespace: namespace)); \(consequence)"
  }

  /// The permission a list needs: `list pods in all namespaces`, `list nodepools.karpenter.sh`.
  public func listPermission(namespace: String?) -> String {
    let place = namespaced ? (namespace.map { " in namespace \"\($0)\"" } ?? " in all namespaces") : ""
    return "list \(self)\(place)"
  }
}
