import Formatters
import KubeAPI
import RBACFeature

/// `lamp rbac check --rules`: kubectl auth can-i --list's columns, one row per resource (or URL).
enum RBACRulesOutput {
  static func print(_ rules: SubjectRules, format: OutputFormat, noHeaders: Bool) throws {
    let environment = LampEnvironment.current
    let printer = Printer(environment)
    if format == .json || format == .yaml {
      try printer.document(rules, format: format)
      return
    }
    var table = Table(columns: [
      TableColumn("RESOURCES", emptyText: ""), TableColumn("NON-RESOURCE URLS"), TableColumn("RESOURCE NAMES"),
      TableColumn("VERBS"),
    ])
    let list = { (items: [String]) in "[" + items.joined(separator: " ") + "]" }
    var rows: [[String]] = []
    for rule in rules.resourceRules {
      for resource in rule.resources {
        for group in rule.apiGroups.isEmpty ? [""] : rule.apiGroups {
          // `deployments.apps/scale`, as kubectl writes a subresource with its group (and lamp reads it back).
          var name = resource
          if !group.isEmpty {
            let slash = resource.firstIndex(of: "/") ?? resource.endIndex
            name = resource[..<slash] + "." + group + resource[slash...]
          }
          rows.append([name, "[]", list(rule.resourceNames), list(rule.verbs)])
        }
      }
    }
    for rule in rules.nonResourceRules {
      for url in rule.nonResourceURLs { rows.append(["", "[\(url)]", "[]", list(rule.verbs)]) }
    }
    // Several roles often grant the same thing (discovery URLs): one row each.
    for row in Set(rows).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      table.append(row.map { TerminalText.escape($0) })
    }
    printer.table(table, format: .table, noHeaders: noHeaders)
    if rules.incomplete {
      let reason = rules.evaluationError.map { ": " + $0 } ?? ""
      environment.stderr.write("warning: the server says this list is incomplete\(reason)\n")
    }
  }
}
