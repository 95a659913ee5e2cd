import ArgumentParser
import KubeAPI

/// `--keda-namespace`: where KEDA runs, and so where the Secrets of ClusterTriggerAuthentications live; shared by
/// the keda commands that read those Secrets.
struct KedaNamespaceOption: ParsableArguments {
  @Option(name: .customLong("keda-namespace"), help: "Where ClusterTriggerAuthentication Secrets live.")
  var name = "keda"

  /// A namespace no path can hold (empty, `..`) is a usage error, as it is for `-n`.
  func validate() throws {
    do {
      _ = try PathEscaping.segment(name, role: .namespace)
    } catch {
      throw ValidationError("--keda-namespace: \(error.description)")
    }
  }
}
