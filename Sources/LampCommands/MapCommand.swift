import ArgumentParser
import Formatters
import MapFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp map`: the cluster's resource graph as a terminal tree, Graphviz DOT, JSON or YAML.
struct MapCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "map",
      abstract: "Draw the cluster's resources and how they relate, as a tree, Graphviz DOT or JSON.",
      discussion: """
        Every object is a node with a status (ok, warning, error, unknown) and a short reason; edges are typed: \
        owns (ownerReferences: Deployment→ReplicaSet→Pod, CronJob→Job, NodeClaim→Node, any custom resource's \
        objects), selects (Service→Pod), routes (Ingress→Service and TLS Secret, HTTPRoute→Service), runs-on \
        (Pod→Node), mounts (Pod→PVC, ConfigMap, Secret: volumes, projected volumes, env valueFrom, envFrom, \
        imagePullSecrets), uses (Pod→ServiceAccount), binds (PVC→PV→StorageClass), scales (HPA→target, \
        ScaledObject→target and its HPA, ScaledJob→its Jobs), provisions (NodePool→NodeClaim), class \
        (NodePool→node class). ConfigMaps, Secrets, ServiceAccounts, StorageClasses and PVs appear only when \
        something refers to them (or when --kinds names them); a reference to a missing object is drawn as an \
        error node "not found".

        STATUS RULES: Pod: terminating → warning; Failed → error (e.g. Evicted); Succeeded → ok; a container \
        waiting in CrashLoopBackOff, ImagePullBackOff, ErrImagePull, CreateContainerConfigError, … → error; \
        Pending → warning (Unschedulable, ContainerCreating, …); Running but not Ready → warning; Running and \
        Ready → ok. Deployment, ReplicaSet, StatefulSet: ready vs desired replicas (all → ok, some → warning, \
        none → error, 0 desired → ok); DaemonSet: numberReady vs desiredNumberScheduled; Job: Complete → ok, \
        Failed → error, suspended → warning; CronJob: suspended → warning. Node: not Ready → error; \
        MemoryPressure, DiskPressure, PIDPressure or NetworkUnavailable → warning; cordoned → warning. Service: \
        no ready endpoints → error (only not-ready ones, or none at all); no selector → unknown. Ingress or \
        HTTPRoute to a missing Service → error. PVC: Bound → ok, Pending → warning, Lost → error. PV: \
        Released → warning, Failed → error. HPA: AbleToScale False → error, ScalingActive False → warning. \
        ScaledObject, ScaledJob, NodeClaim, NodePool, node classes: Ready False → error (paused ScaledObjects \
        and NodeClaims not yet Ready → warning).

        SCOPE: -n/-A as usual (a namespaced map also shows the Nodes, PVs and StorageClasses its objects touch). \
        --node NAME (the short host name is enough) shows what runs on a node and what those pods use, in all \
        namespaces unless -n is given. --focus KIND/NAME --depth N shows the objects at most N relations away \
        (default 2; Nodes, Secrets, ConfigMaps, ServiceAccounts and StorageClasses are reached but not walked \
        through) plus their owners, and lists only the kinds it can reach; a focus on a cluster-scoped object (a \
        Node, a StorageClass) reaches all namespaces unless -n is given, as --node does. --kinds pods,svc \
        includes only those kinds, --kinds -secrets excludes one. -l filters pods. A kind you may not list is \
        left out with a warning naming the permission; Karpenter, KEDA and Gateway API kinds are skipped when not \
        served.

        OUTPUT: -o tree (default): an ownership tree per group, other relations as annotations, status colour on \
        a terminal. -o dot: Graphviz, one cluster per group, a shape per kind family, fill colour per status, a \
        line style per edge type, --legend adds a key; pipe it into dot. -o json/yaml: apiVersion lamp/v1, \
        kind ResourceGraph, nodes [{id, kind, namespace, name, status, reason, app, placeholder}], edges \
        [{from, to, type, detail}], warnings. --group-by namespace|node|app|none (default namespace).

        EXAMPLES:
          \(name) map -n shop
          \(name) map -n shop -o dot | dot -Tsvg > shop.svg
          \(name) map -n shop --focus svc/web
          \(name) map --node ip-10-0-12-34
          \(name) map -A --kinds -secrets,-configmaps -o json
          \(name) map -A --group-by app -o dot --legend
        """)
  }

  @OptionGroup var global: GlobalOptions

  @Option(
    name: [.customShort("o"), .customLong("output")], help: "Output format: tree, dot, json or yaml.",
    completion: .list(["tree", "dot", "json", "yaml"]))
  var output: String = "tree"

  @Flag(name: [.customShort("A"), .customLong("all-namespaces")], help: "Map all namespaces.")
  var allNamespaces = false

  @Option(name: .customLong("node"), help: "Only what runs on this node and what those pods use.")
  var node: String?

  @Option(name: .customLong("focus"), help: "Only the neighbourhood of this object: KIND/NAME (e.g. svc/web).")
  var focus: String?

  @Option(name: .customLong("depth"), parsing: .unconditional, help: "How many relations --focus follows (default 2).")
  var depth: Int?

  @Option(
    name: .customLong("kinds"), parsing: .unconditionalSingleValue,
    help: "Kinds to include (pods,svc,...) or, prefixed with -, to exclude (comma-separated, repeatable).")
  var kinds: [String] = []

  @Option(name: [.customShort("l"), .customLong("selector")], help: "Only pods with these labels.")
  var selector: String?

  @Option(
    name: .customLong("group-by"), help: "Group by namespace, node, app or none (default namespace).",
    completion: .list(MapGrouping.allCases.map(\.rawValue)))
  var groupBy: String = "namespace"

  @Flag(name: .customLong("legend"), help: "With -o dot: add a legend of statuses, kinds and edge types.")
  var legend = false

  /// Flags checked before any request.
  struct Settings {
    var format: OutputFormat
    var grouping: MapGrouping
    var filter: MapKindFilter
    var target: MapTarget?
    var depth: Int
  }

  func validated() throws -> Settings {
    let format = try OutputOptions.format(output.isEmpty ? "tree" : output, allowed: [.tree, .dot, .json, .yaml])
    guard let grouping = MapGrouping(rawValue: groupBy.lowercased()) else {
      throw CommandError.usage("invalid --group-by \"\(groupBy)\" (one of: namespace, node, app, none)")
    }
    if focus != nil && node != nil { throw CommandError.usage("--focus and --node cannot be combined") }
    if depth != nil && focus == nil { throw CommandError.usage("--depth needs --focus") }
    if let depth, depth < 0 { throw CommandError.usage("--depth must be 0 or more") }
    if legend && format != .dot { throw CommandError.usage("--legend needs -o dot") }
    if allNamespaces && focus != nil { throw CommandError.usage("--focus and -A cannot be combined (use -n)") }
    _ = try LabelSelectorOption.validated(selector)
    let filter: MapKindFilter
    var target: MapTarget? = nil
    do {
      filter = try MapKindFilter(parsing: kinds)
      if let focus { target = try MapTarget(parsing: focus) }
    } catch {
      throw CommandError.usage(error.description)
    }
    return Settings(format: format, grouping: grouping, filter: filter, target: target, depth: depth ?? 2)
  }

  func run() async throws {
    let settings = try validated()
    let environment = LampEnvironment.current
    let session = try await ClusterSession.connect(global)
    let run = MapRun(command: self, settings: settings, environment: environment)
    let graph = try await run.graph(session)
    try run.print(graph, scope: run.title(session))
  }
}
