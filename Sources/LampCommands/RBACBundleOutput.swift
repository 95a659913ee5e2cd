import Formatters
import RBACFeature

/// Tables for `lamp rbac check`: the verdict rows and the `--list` catalog.
enum RBACBundleOutput {
  /// One row per permission; FEATURE and NEEDED FOR only when features were checked. `wide` leaves the free
  /// text (NEEDED FOR, REASON) whole.
  static func table(_ checks: [AccessCheck], wide: Bool = false) -> Table {
    let bundles = checks.contains { $0.features != nil }
    var columns = [TableColumn("RESULT"), TableColumn("PERMISSION"), TableColumn("NAMESPACE", emptyText: "<cluster>")]
    if bundles { columns += [TableColumn("FEATURE"), TableColumn("NEEDED FOR", maxWidth: wide ? nil : 40)] }
    columns.append(TableColumn("REASON", maxWidth: wide ? nil : 60, emptyText: ""))
    var table = Table(columns: columns)
    for check in checks {
      var cells = [
        check.allowed ? "ALLOWED" : "DENIED", TerminalText.escape(check.permission), check.namespace,
      ]
      if bundles {
        let purpose = (check.purpose ?? "") + (check.alternatives == nil ? "" : " (either)")
        cells += [(check.features ?? []).joined(separator: ","), purpose]
      }
      cells.append(TerminalText.escape(check.reason ?? check.evaluationError ?? ""))
      table.append(cells, status: check.allowed ? .ok : (check.alternatives == nil ? .error : .warning))
    }
    return table
  }

  /// `--list`: every bundle's needs, or the catalog as a FeatureBundleList document.
  static func printCatalog(format: OutputFormat, noHeaders: Bool) throws {
    let printer = Printer(LampEnvironment.current)
    let catalog = FeatureBundle.catalog
    if format == .json || format == .yaml {
      try printer.document(Catalog(items: catalog), format: format)
      return
    }
    var table = Table(columns: [
      TableColumn("FEATURE"), TableColumn("PERMISSION"), TableColumn("SCOPE"), TableColumn("NEEDED FOR"),
    ])
    for bundle in catalog {
      if bundle.needs.isEmpty { table.append([bundle.name, "(every feature above)", "", ""]) }
      for need in bundle.needs {
        let spec = need.spec(namespace: need.scope == .namespace ? "-" : "")
        let purpose = need.purpose + (need.alternatives == nil ? "" : " (either)")
        table.append([bundle.name, spec.description, need.scope.rawValue, purpose])
      }
    }
    printer.table(table, format: .table, noHeaders: noHeaders)
  }

  struct Catalog: Encodable {
    var apiVersion = "lamp/v1"
    var kind = "FeatureBundleList"
    var items: [FeatureBundle]
  }
}
