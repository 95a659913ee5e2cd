#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Causes a crashing container's log names that lamp can check against the cluster: a Service DNS name that
/// does not resolve because the Service does not exist.
enum LogHints {
  /// Services named as `NAME.NAMESPACE.svc[.cluster.local]` on a `no such host` line that are not in the snapshot.
  static func missingServices(in log: String, context: AnalysisContext) -> [ObjectRef] {
    guard context.snapshot.objects.contains(where: { $0.kind == "Service" }) else { return [] }
    var result: [ObjectRef] = []
    for line in log.split(separator: "\n") where line.contains("no such host") {
      for word in line.split(whereSeparator: { " :\"'".contains($0) }) {
        let parts = word.split(separator: ".")
        guard parts.count >= 3, parts[2] == "svc" else { continue }
        let ref = ObjectRef(kind: "Service", namespace: String(parts[1]), name: String(parts[0]))
        if context.document("Service", namespace: ref.namespace, name: ref.name) == nil, !result.contains(ref) {
          result.append(ref)
        }
      }
    }
    return result
  }
}
