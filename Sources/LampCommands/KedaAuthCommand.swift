import ArgumentParser
import AutoscaleFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp keda auth`: TriggerAuthentications and ClusterTriggerAuthentications, what they read, who uses them.
struct KedaAuthCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "auth",
      abstract: "Show trigger authentications: what they read, which scalers use them, missing Secrets.",
      discussion: """
        All namespaces unless -n is given (-A is accepted). READS lists Secret keys, ConfigMap keys, env vars, \
        pod identity and external stores (Vault, Azure Key Vault, AWS Secrets Manager, GCP Secret Manager); a \
        referenced Secret that does not exist, or lacks the key read, is flagged in PROBLEMS (Secrets are read \
        with get, one by one, for their key names; values are never shown); ? when they may not be read (JSON \
        then leaves out missingSecrets and missingKeys). ClusterTriggerAuthentications read \
        Secrets in --keda-namespace (default keda). USED BY counts ScaledObjects and ScaledJobs; with -n, those \
        of a ClusterTriggerAuthentication in all namespaces, or "(counted in NS only)" when that is not allowed; \
        ? when they cannot be listed.

        JSON and YAML: apiVersion lamp/v1, kind TriggerAuthenticationList, items [{namespace, name, kind, \
        sources [{type, parameter, reference, exists, keyExists}], usedBy, usedByNamespace, missingSecrets, \
        missingKeys [{secret, key}]}], warnings.

        EXAMPLES:
          \(name) keda auth
          \(name) keda auth -n shop
          \(name) keda auth --keda-namespace keda-system -o json
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var outputOptions: OutputOptions
  @OptionGroup var allNamespaces: AllNamespacesOption

  @OptionGroup var keda: KedaNamespaceOption

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try outputOptions.format()
    let session = try await ClusterSession.connect(global)
    let query = KedaQuery(client: session.client, discovery: session.discovery)
    let namespace = allNamespaces.namespace(global, session: session)
    let snapshot = try await query.snapshot(
      [.scaledJobs, .authentications], namespace: namespace, main: .authentications)
    let references = (snapshot.authentications ?? []).flatMap {
      AuthSummary.secretReferences($0, kedaNamespace: keda.name)
    }
    let secrets = try await query.checkSecrets(Set(references))
    let items = AuthList.summaries(snapshot, secrets: secrets, kedaNamespace: keda.name)
    let warnings = (snapshot.warnings + [secrets.warning].compactMap { $0 }).sorted()
    let printer = Printer(environment)
    if format == .json || format == .yaml {
      try printer.document(AuthList(items: items, warnings: warnings), format: format)
      return
    }
    for warning in warnings { environment.stderr.write("warning: \(warning)\n") }
    if items.isEmpty {
      environment.stderr.write("No TriggerAuthentications found.\n")
      return
    }
    printer.table(AuthTable().table(items), format: format, noHeaders: outputOptions.noHeaders)
  }
}
