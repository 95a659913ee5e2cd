import ArgumentParser
import Formatters
import KubeAPI
import KubeClient
import SecretsFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp secrets expiring`: TLS certificates in Secrets that expire soon; exit 3 when there are any (for CI).
struct SecretsExpiringCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "expiring",
      abstract: "List certificates in Secrets that expire soon or are not valid yet (exit 3 when any do).",
      discussion: """
        Reads every PEM certificate (whole chains) held in Secrets of the namespace, or of all namespaces \
        with -A, and lists those whose notAfter falls within --within (default 30d), and those whose notBefore \
        is still to come (clients refuse them as they refuse expired ones): already expired first, then not yet \
        valid, then soonest first. Exits 3 when the list is not empty, so CI can fail on it.

        JSON and YAML output: apiVersion lamp/v1, kind ExpiringCertificateList, within, items [{namespace, \
        secret, key, subject, notBefore, notAfter, daysLeft, expired, notYetValid}].

        EXAMPLES:
          \(name) secrets expiring
          \(name) secrets expiring --within 60d -A
          \(name) secrets expiring -A -o json
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var outputOptions: OutputOptions

  @Option(name: .customLong("within"), parsing: .unconditional, help: "The window: a duration such as 30d, 12h or 90m.")
  var within = "30d"

  @Flag(name: [.customShort("A"), .customLong("all-namespaces")], help: "Look in every namespace.")
  var allNamespaces = false

  struct Report: Encodable {
    var apiVersion = "lamp/v1"
    var kind = "ExpiringCertificateList"
    var within: String
    var items: [ExpiringCertificate]
  }

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try outputOptions.format(allowed: [.table, .wide, .json, .yaml])
    let window: TimeInterval
    do {
      window = try Age.parseDuration(within)
    } catch {
      throw CommandError.usage("invalid --within \"\(within)\": \(error)")
    }
    let session = try await ClusterSession.connect(global)
    let handle = session.client.resource(
      .secrets, as: Secret.self, namespace: allNamespaces ? nil : session.namespace)
    let secrets: [Secret]
    do {
      secrets = try await handle.list().items
    } catch let error as KubeError where error.isForbidden {
      let scope = allNamespaces ? "all namespaces (--all-namespaces)" : "namespace \(session.namespace)"
      throw CommandError("\(error.description); the fix is \"list secrets\" in \(scope)")
    }
    let found = ExpiringCertificate.scan(secrets, now: environment.now(), window: window)
    let printer = Printer(environment)
    if format == .json || format == .yaml {
      try printer.document(Report(within: within, items: found), format: format)
    } else if found.isEmpty {
      environment.stderr.write("No certificates expire within \(within).\n")
    } else {
      var columns = [
        TableColumn("SECRET"), TableColumn("KEY"), TableColumn("SUBJECT", maxWidth: 50), TableColumn("NOT AFTER"),
        TableColumn("DAYS LEFT", alignment: .right), TableColumn("STATUS"),
      ]
      if allNamespaces { columns.insert(TableColumn("NAMESPACE"), at: 0) }
      var table = Table(columns: columns)
      for item in found {
        var cells = [
          item.secret, item.key, item.subject, KubeTime.format(item.notAfter), "\(item.daysLeft)",
          item.expired ? "Expired" : item.notYetValid ? "NotYetValid" : "Expiring",
        ].map { TerminalText.escape($0) }
        if allNamespaces { cells.insert(TerminalText.escape(item.namespace), at: 0) }
        table.append(cells, status: item.expired || item.notYetValid ? .error : .warning)
      }
      printer.table(table, format: format, noHeaders: outputOptions.noHeaders)
    }
    if !found.isEmpty { throw CheckFailed() }
  }
}
