import ArgumentParser
import Formatters
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp contexts`: the merged kubeconfig's contexts, like `kubectl config get-contexts`.
struct ContextsCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "contexts",
      abstract: "List the kubeconfig's contexts; the current one is marked.",
      discussion: """
        Reads the kubeconfig exactly as kubectl does (--kubeconfig, else every file in $KUBECONFIG merged with \
        the first definition of each name winning, else ~/.kube/config) and lists its contexts with their \
        cluster, user and namespace. Needs no cluster.

        JSON and YAML output: apiVersion lamp/v1, kind ContextList, currentContext, files (the kubeconfig \
        files read, in order), items[] {name, cluster, user, namespace, current}.

        EXAMPLES:
          \(name) contexts
          \(name) contexts --kubeconfig ./dev.kubeconfig -o yaml
          KUBECONFIG=~/.kube/config:~/.kube/staging \(name) contexts
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  struct Item: Encodable {
    var name: String
    var cluster: String?
    var user: String?
    var namespace: String?
    var current: Bool
  }

  struct Report: Encodable {
    var apiVersion = "lamp/v1"
    var kind = "ContextList"
    var currentContext: String?
    var files: [String]
    var items: [Item]
  }

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try output.format()
    let view = try ClusterSession.loader(global, environment: environment).view(selectedContext: global.context)
    // --context marks the one it names as current: one that is not there is an error, as for every command.
    if let selected = global.context, !selected.isEmpty, !view.contexts.contains(where: { $0.name == selected }) {
      throw CommandError(
        KubeconfigError.contextNotFound(name: selected, available: view.contexts.map(\.name)).description)
    }
    let items = view.contexts.map {
      Item(name: $0.name, cluster: $0.cluster, user: $0.user, namespace: $0.namespace, current: $0.isCurrent)
    }
    if format.isStructured {
      let report = Report(currentContext: view.currentContext, files: view.files, items: items)
      try Printer(environment).document(report, format: format)
      return
    }
    var table = Table(columns: [
      TableColumn("CURRENT", emptyText: ""), TableColumn("NAME"), TableColumn("CLUSTER", emptyText: ""),
      TableColumn("AUTHINFO", emptyText: ""), TableColumn("NAMESPACE", emptyText: ""),
    ])
    for item in items {
      table.append([item.current ? "*" : "", item.name, item.cluster ?? "", item.user ?? "", item.namespace ?? ""])
    }
    if table.isEmpty {
      environment.stderr.write("No contexts found in the kubeconfig.\n")
      return
    }
    Printer(environment).table(table, format: format, noHeaders: output.noHeaders)
  }
}
