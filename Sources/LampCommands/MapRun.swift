import Formatters
import KubeClient
import MapFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The parts of `lamp map` after flag parsing: decide the scope, fetch, build, cut and print.
struct MapRun {
  let command: MapCommand
  let settings: MapCommand.Settings
  let environment: LampEnvironment

  /// The namespace to list: nil for -A, and for --node or a focus on a cluster-scoped kind without -n (which,
  /// given, keeps what they reach to that namespace).
  func namespace(_ session: ClusterSession) -> String? {
    if command.allNamespaces { return nil }
    let clusterScoped = command.node != nil || settings.target.map { !$0.kind.namespaced } == true
    if clusterScoped && command.global.namespace == nil { return nil }
    return session.namespace
  }

  /// The kinds to list: the --kinds filter, narrowed to what --focus can reach.
  var kinds: Set<MapKind> {
    var kinds = settings.filter.kinds
    if let target = settings.target {
      kinds = kinds.intersection(target.kind.reachable(depth: settings.depth)).union([target.kind])
    }
    if command.node != nil { kinds.insert(.node) }
    return kinds
  }

  /// Fetches and builds the graph, then cuts it to the focus, the node or the namespace.
  func graph(_ session: ClusterSession) async throws -> ResourceGraph {
    let namespace = namespace(session)
    let query = MapQuery(client: session.client, discovery: session.discovery)
    let result = try await query.run(
      MapQuery.Options(namespace: namespace, labelSelector: command.selector, kinds: kinds))
    var keep = settings.filter.named
    if let target = settings.target { keep.insert(target.kind) }
    // Every list forbidden: an error after the warnings that name the permissions, not an empty map that reads
    // as an empty namespace.
    if !result.listedAny && !result.forbidden.isEmpty {
      warn(result.warnings)
      throw CommandError.nothingReadable(namespace: namespace)
    }
    let graph = GraphBuilder(keepUnreferenced: keep).build(result.snapshot, warnings: result.warnings)
    // An object of a kind that may not be listed cannot be found: say which permission, not "not found".
    for target in [settings.target, command.node.map { MapTarget(kind: .node, name: $0) }].compactMap({ $0 }) {
      if let warning = result.forbidden[target.kind] {
        let permission = warning.split(separator: ";").first.map(String.init) ?? warning
        throw CommandError("cannot look up \(target.kind.rawValue) \"\(target.name)\": \(permission)")
      }
    }
    if let target = settings.target {
      let node = try Self.resolve(target, in: graph, namespace: namespace)
      return GraphNeighbourhood.around(node.id, depth: settings.depth, in: graph)
    }
    if let name = command.node {
      let node = try Self.resolve(MapTarget(kind: .node, name: name), in: graph, namespace: nil)
      let cut = GraphNeighbourhood.onNode(node.id, in: graph)
      guard let namespace else { return cut }
      return cut.restricted(to: Set(cut.nodes.filter { $0.namespace == nil || $0.namespace == namespace }.map(\.id)))
    }
    return namespace == nil ? graph : GraphNeighbourhood.namespaced(graph, named: settings.filter.named)
  }

  /// The focus or node object; absent is an error (exit 1).
  static func resolve(_ target: MapTarget, in graph: ResourceGraph, namespace: String?) throws -> ResourceNode {
    do {
      return try target.resolve(in: graph, namespace: namespace)
    } catch {
      throw CommandError(error.description)
    }
  }

  /// `namespace shop`, `all namespaces`, `svc/web in namespace shop`, `node ip-10-0-12-34`.
  func title(_ session: ClusterSession) -> String {
    let namespace = namespace(session)
    let place = namespace.map { "namespace \($0)" } ?? "all namespaces"
    if let target = settings.target {
      return "\(target.kind.shortName)/\(target.name)" + (namespace.map { " in namespace \($0)" } ?? "")
    }
    if let node = command.node { return "node \(node)" + (namespace.map { " in namespace \($0)" } ?? "") }
    return place
  }

  func warn(_ warnings: [String]) {
    for warning in warnings { environment.stderr.write("warning: \(warning)\n") }
  }

  /// Warnings to stderr, then the graph in the chosen format.
  func print(_ graph: ResourceGraph, scope: String) throws {
    warn(graph.warnings)
    let printer = Printer(environment)
    switch settings.format {
    case .json, .yaml:
      try printer.document(graph, format: settings.format)
    case .dot:
      environment.stdout.write(
        graph.dot(grouping: settings.grouping, legend: command.legend, title: "lamp map: \(scope)"))
    default:
      if graph.nodes.isEmpty {
        environment.stderr.write("No resources found (\(scope)).\n")
        return
      }
      let renderer = TreeRenderer(style: printer.style, width: environment.terminalWidth)
      environment.stdout.write(renderer.render(groups: MapTree.sections(graph, grouping: settings.grouping)))
    }
  }
}
