import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `KUBERNETES_EXEC_INFO` value: an ExecCredential with only `spec` filled in.
enum ExecPluginInput {
  static func json(for config: ExecPluginConfig, interactive: Bool) throws(ExecPluginError) -> String {
    var spec: [String: JSONValue] = ["interactive": .bool(interactive)]
    if let cluster = config.cluster { spec["cluster"] = cluster.json }
    let credential = JSONValue.object([
      "apiVersion": .string(config.apiVersion.rawValue),
      "kind": .string("ExecCredential"),
      "spec": .object(spec),
    ])
    do {
      return String(decoding: try credential.encoded(), as: UTF8.self)
    } catch {
      throw .launchFailed(command: config.command, reason: "cannot encode KUBERNETES_EXEC_INFO: \(error)")
    }
  }
}
