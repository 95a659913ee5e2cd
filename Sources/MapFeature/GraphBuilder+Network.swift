import Formatters
import KubeAPI

extension GraphBuilder {
  /// Service nodes (status from their Endpoints) and `selects` edges to the pods their selector matches.
  func addServices(_ snapshot: MapSnapshot, to graph: inout GraphAssembly) {
    let podsByNamespace = Dictionary(grouping: snapshot.pods) { $0.metadata.namespace ?? "" }
    let endpoints = Dictionary(
      snapshot.endpoints.map { ("\($0.metadata.namespace ?? "")/\($0.metadata.name)", $0) },
      uniquingKeysWith: { a, _ in a })
    for service in snapshot.services {
      let namespace = service.metadata.namespace ?? ""
      var selected: [Pod] = []
      if let labels = service.spec?.selector, !labels.isEmpty {
        let selector = LabelSelector(matchLabels: labels)
        selected = (podsByNamespace[namespace] ?? []).filter { selector.matches($0.metadata.labels ?? [:]) }
      }
      let ready = selected.filter { $0.condition("Ready")?.status == "True" }.count
      let matching =
        snapshot.endpointsListed
        ? endpoints["\(namespace)/\(service.metadata.name)"]
          ?? Endpoints(
            metadata: service.metadata) : nil
      let verdict = StatusRules.service(
        service, endpoints: matching, selectedReadyPods: ready, selectedPods: selected.count)
      graph.add(.service, service.metadata, status: verdict)
      let id = graph.existing(.service, namespace: namespace, name: service.metadata.name)
      for pod in selected {
        graph.link(id, graph.existing(.pod, namespace: namespace, name: pod.metadata.name), .selects)
      }
    }
  }

  /// Ingress and HTTPRoute nodes with `routes` edges to their Services (and an Ingress's TLS Secrets). A route
  /// whose Service does not exist is an error naming it.
  func addRoutes(_ snapshot: MapSnapshot, to graph: inout GraphAssembly) {
    for ingress in snapshot.ingresses {
      let namespace = ingress.metadata.namespace
      var backends: [(name: String, detail: String)] = []
      if let service = ingress.spec?.defaultBackend?.service {
        backends.append((service.name, "default backend"))
      }
      for rule in ingress.spec?.rules ?? [] {
        for path in rule.http?.paths ?? [] {
          guard let service = path.backend.service else { continue }
          backends.append((service.name, (rule.host ?? "*") + (path.path ?? "")))
        }
      }
      let missing = Set(
        backends.map(\.name).filter { graph.existing(.service, namespace: namespace, name: $0) == nil })
      let verdict: StatusRules.Verdict =
        missing.isEmpty || !snapshot.listed.contains(.service)
        ? StatusRules.routes(backends: Set(backends.map(\.name)).count)
        : (.error, "service \(missing.sorted().joined(separator: ", ")) not found")
      graph.add(.ingress, ingress.metadata, status: verdict)
      let id = graph.existing(.ingress, namespace: namespace, name: ingress.metadata.name)
      for backend in backends {
        graph.link(
          id, graph.target(.service, namespace: namespace, name: backend.name), .routes, detail: backend.detail)
      }
      for tls in ingress.spec?.tls ?? [] {
        guard let name = tls.secretName else { continue }
        graph.link(id, graph.target(.secret, namespace: namespace, name: name), .routes, detail: "tls")
      }
    }
    for route in snapshot.httpRoutes {
      let namespace = route.metadata.namespace
      let references = (route.spec?.rules ?? []).flatMap { $0.backendRefs ?? [] }.filter {
        ($0.kind ?? "Service") == "Service" && ($0.group ?? "").isEmpty
      }
      let missing = Set(
        references.filter { reference in
          let backendNamespace = reference.namespace ?? namespace
          return graph.isListed(.service, in: backendNamespace)
            && graph.existing(.service, namespace: backendNamespace, name: reference.name) == nil
        }
        .map(\.name))
      let verdict: StatusRules.Verdict =
        missing.isEmpty
        ? StatusRules.routes(backends: Set(references.map(\.name)).count)
        : (.error, "service \(missing.sorted().joined(separator: ", ")) not found")
      graph.add(.httpRoute, route.metadata, status: verdict)
      let id = graph.existing(.httpRoute, namespace: namespace, name: route.metadata.name)
      let hosts = (route.spec?.hostnames ?? []).sorted().joined(separator: " ")
      for reference in references {
        let target = graph.target(.service, namespace: reference.namespace ?? namespace, name: reference.name)
        graph.link(id, target, .routes, detail: hosts.isEmpty ? nil : hosts)
      }
    }
  }

  /// `binds`: PVC → PV, PV → StorageClass, and an unbound PVC → the StorageClass it waits for.
  func addStorage(_ snapshot: MapSnapshot, to graph: inout GraphAssembly) {
    for claim in snapshot.persistentVolumeClaims {
      let namespace = claim.metadata.namespace
      let id = graph.existing(.persistentVolumeClaim, namespace: namespace, name: claim.metadata.name)
      if let volume = claim.spec?.volumeName, !volume.isEmpty {
        graph.link(id, graph.target(.persistentVolume, namespace: nil, name: volume), .binds)
      } else if let className = claim.spec?.storageClassName, !className.isEmpty {
        graph.link(id, graph.target(.storageClass, namespace: nil, name: className), .binds)
      }
    }
    for volume in snapshot.persistentVolumes {
      let id = graph.existing(.persistentVolume, namespace: nil, name: volume.metadata.name)
      if let className = volume.spec?.storageClassName, !className.isEmpty {
        graph.link(id, graph.target(.storageClass, namespace: nil, name: className), .binds)
      }
    }
  }
}
