import ArgumentParser
import AutoscaleFeature
import Foundation

/// `lamp keda auth`: TriggerAuthentications and ClusterTriggerAuthentications, what they read, who uses them.
struct KedaAuthCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "auth",
      abstract: "Show trigger authentications: what they read, which scalers use them, missing Secrets.",
      discussion: """
        All namespaces unless -n is given. READS lists Secret keys, ConfigMap keys, env vars, pod identity and \
        external stores (Vault, Azure Key Vault, AWS Secrets Manager, GCP Secret Manager); a referenced Secret \
        that does not exist is flagged in PROBLEMS. ClusterTriggerAuthentications read Secrets in \
        --keda-namespace (default keda).

        JSON and YAML: apiVersion lamp/v1, kind TriggerAuthenticationList, items [{namespace, name, kind, \
        sources [{type, parameter, reference, exists}], usedBy, missingSecrets}], warnings.

        EXAMPLES:
          \(name) keda auth
          \(name) keda auth -n shop
          \(name) keda auth --keda-namespace keda-system -o json
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var outputOptions: OutputOptions

  @Option(name: .customLong("keda-namespace"), help: "Where ClusterTriggerAuthentication Secrets live.")
  var kedaNamespace = "keda"

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try outputOptions.format()
    let session = try await ClusterSession.connect(global)
    let query = KedaQuery(client: session.client, discovery: session.discovery)
    let namespace = global.namespace == nil ? nil : session.namespace
    let snapshot = try await query.snapshot([.scaling, .authentications], namespace: namespace)
    let references = (snapshot.authentications ?? []).flatMap {
      AuthSummary.secretReferences($0, kedaNamespace: kedaNamespace)
    }
    let secrets = try await query.secretsExist(Set(references))
    let items = AuthList.summaries(snapshot, secrets: secrets, kedaNamespace: kedaNamespace)
    let printer = Printer(environment)
    if format == .json || format == .yaml {
      try printer.document(AuthList(items: items, warnings: snapshot.warnings), format: format)
      return
    }
    for warning in snapshot.warnings { environment.stderr.write("warning: \(warning)\n") }
    if items.isEmpty {
      environment.stderr.write("No TriggerAuthentications found.\n")
      return
    }
    printer.table(AuthTable().table(items), format: format, noHeaders: outputOptions.noHeaders)
  }
}
