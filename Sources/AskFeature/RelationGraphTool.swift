import KubeAPI
import KubeClient
import MapFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `relation_graph` tool: `lamp map --focus KIND/NAME --depth N` as text, the objects around one object
/// (owners, pods, nodes, Services, claims, autoscalers, NodePools) with their status and the relations between
/// them, capped so a busy namespace does not flood the model.
struct RelationGraphTool: Sendable {
  let tools: AssistantTools
  /// Most objects and relations listed; the rest are counted.
  var maxNodes = 60
  var maxEdges = 80

  static let definition = AssistantTools.tool(
    "relation_graph",
    "The objects related to one object (owners, pods, nodes, Services, Ingresses, claims, autoscalers, NodePools) "
      + "with their status, and the relations between them, as lamp map draws them.",
    [
      "kind": "kind, e.g. deployment, pod, svc, node", "name": "object name", "namespace": "namespace",
      "depth": "relations to follow, 1 to 3 (default 2)",
    ], required: ["kind", "name"])

  func run(_ argument: (String) -> String?) async throws -> String {
    let kindText = try tools.required(argument("kind"), "kind")
    guard let kind = MapKind.parse(kindText) else {
      throw AssistantTools.ToolArgumentError(message: "lamp map has no kind \"\(kindText)\"")
    }
    let target = MapTarget(kind: kind, name: try tools.required(argument("name"), "name"))
    let depth = min(max(Int(argument("depth") ?? "") ?? 2, 1), 3)
    let namespace = kind.namespaced ? argument("namespace") ?? tools.namespace : nil
    let kinds = Set(MapKind.allCases).intersection(kind.reachable(depth: depth)).union([kind])
    let result = try await MapQuery(client: tools.client, discovery: tools.discovery)
      .run(MapQuery.Options(namespace: namespace, kinds: kinds))
    let graph = GraphBuilder(keepUnreferenced: [kind]).build(result.snapshot, warnings: result.warnings)
    let node: ResourceNode
    do {
      node = try target.resolve(in: graph, namespace: namespace)
    } catch {
      throw AssistantTools.ToolArgumentError(message: error.description)
    }
    return render(GraphNeighbourhood.around(node.id, depth: depth, in: graph), focus: node)
  }

  /// One line per object (`Pod shop/web-1: error CrashLoopBackOff`), then one per relation
  /// (`Deployment/web owns ReplicaSet/web-7d9`), each list capped.
  func render(_ graph: ResourceGraph, focus: ResourceNode) -> String {
    func label(_ node: ResourceNode) -> String {
      "\(node.kind) \(node.namespace.map { "\($0)/" } ?? "")\(node.name)"
    }
    var lines = ["around \(label(focus)): \(graph.nodes.count) objects, \(graph.edges.count) relations"]
    let nodes = graph.nodes.sorted { ($0.kind, $0.namespace ?? "", $0.name) < ($1.kind, $1.namespace ?? "", $1.name) }
    for node in nodes.prefix(maxNodes) {
      var line = "\(label(node)): \(node.placeholder ? "missing" : node.status.rawValue)"
      if !node.reason.isEmpty { line += " \(node.reason)" }
      lines.append(line)
    }
    if nodes.count > maxNodes { lines.append("(\(nodes.count - maxNodes) more objects)") }
    let references = Dictionary(graph.nodes.map { ($0.id, $0.reference) }, uniquingKeysWith: { first, _ in first })
    let edges = graph.edges.sorted()
    for edge in edges.prefix(maxEdges) {
      var line = "\(references[edge.from] ?? edge.from) \(edge.type.rawValue) \(references[edge.to] ?? edge.to)"
      if let detail = edge.detail, !detail.isEmpty { line += " (\(detail))" }
      lines.append(line)
    }
    if edges.count > maxEdges { lines.append("(\(edges.count - maxEdges) more relations)") }
    lines += graph.warnings.map { "warning: \($0)" }
    return lines.joined(separator: "\n")
  }
}
