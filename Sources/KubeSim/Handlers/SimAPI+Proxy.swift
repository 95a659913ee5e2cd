import Foundation
import KubeAPI

/// `pods/proxy`, `services/proxy` and `nodes/proxy`: Prometheus pods get a canned API; others refuse.
extension SimAPI {
  static let prometheusLabel = "app.kubernetes.io/name"

  func proxy(_ target: ResourceTarget, request: SimRequest) async throws(StatusError) -> SimResponse {
    guard let rawName = target.name else { throw StatusError.methodNotAllowed }
    // `[scheme:]name[:port]`
    var parts = rawName.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    if parts.count > 1, ["http", "https"].contains(parts[0]) { parts.removeFirst() }
    let name = parts[0]
    let port = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
    var lookup = target
    lookup.name = name
    let object = try await existing(lookup).object
    let labels = object[path: ["metadata", "labels"]]?.objectValue ?? [:]
    let isPrometheus: Bool
    var address: String
    switch target.type.plural {
    case "pods":
      isPrometheus = labels[Self.prometheusLabel]?.stringValue == "prometheus"
      address = object[path: ["status", "podIP"]]?.stringValue ?? ""
      if address.isEmpty {
        throw StatusError(
          code: 503, reason: "ServiceUnavailable", message: "pod \(name) does not have a host assigned",
          details: .init())
      }
    case "services":
      let selector = object[path: ["spec", "selector"]]?.objectValue ?? [:]
      isPrometheus =
        labels[Self.prometheusLabel]?.stringValue == "prometheus"
        || selector[Self.prometheusLabel]?.stringValue == "prometheus"
      address = object[path: ["spec", "clusterIP"]]?.stringValue ?? "10.100.0.1"
    default:
      isPrometheus = false
      address =
        (object[path: ["status", "addresses"]]?.arrayValue ?? [])
        .first { $0["type"]?.stringValue == "InternalIP" }?["address"]?.stringValue ?? "10.0.0.1"
    }
    let firstPort =
      (object[path: ["spec", "ports"]]?.arrayValue ?? []).first?["port"]?.intValue
      ?? (object[path: ["spec", "containers"]]?.arrayValue?.first?["ports"]?.arrayValue?.first?["containerPort"]?
        .intValue)
    address += ":" + (port ?? firstPort.map(String.init) ?? "80")
    guard isPrometheus else {
      throw StatusError(
        code: 503, reason: "ServiceUnavailable",
        message: "error trying to reach service: dial tcp \(address): connect: connection refused", details: .init())
    }
    var query = request.query
    if request.method == .POST, request.contentType?.type == "application/x-www-form-urlencoded" {
      for pair in String(decoding: request.body, as: UTF8.self).split(separator: "&") {
        let field = pair.split(separator: "=", maxSplits: 1)
        if field.count == 2 { query[SimRequest.decodeQuery(field[0])] = SimRequest.decodeQuery(field[1]) }
      }
    }
    let pods = await state.sortedObjects(type: target.type.plural == "pods" ? target.type : podsType(), namespace: nil)
      .filter { $0.labels[Self.prometheusLabel] != "prometheus" }
      .prefix(200).map { (namespace: $0.namespace, pod: $0.name) }
    let backend = PrometheusBackend(now: await state.now(), targets: Array(pods))
    return backend.respond(path: target.proxyPath ?? "/", query: query)
  }

  private func podsType() -> ResourceType {
    BuiltinResources.all.first { $0.storageKey == "/pods" } ?? BuiltinResources.all[0]
  }
}
