import ArgumentParser
import Formatters
import KubeAPI
import RBACFeature

/// `lamp rbac check VERB RESOURCE[/SUB] [NAME]`: one permission, asked with a SelfSubjectAccessReview.
struct RBACCheckCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "check",
      abstract: "Check one permission (exit 3 when denied).",
      discussion: """
        RESOURCE is RESOURCE[.GROUP][/SUBRESOURCE]; unlike kubectl auth can-i, pods/proxy means the proxy \
        subresource, not a pod named proxy. The server decides (SelfSubjectAccessReview), so every authorizer \
        counts; --as, --as-group and --as-uid ask for another subject through impersonation, and \
        --serviceaccount NS:NAME is short for --as system:serviceaccount:NS:NAME. Exit 0 when allowed, \
        3 when denied, 1 on error. --suggest prints, when denied, only YAML on stdout (the verdict goes to stderr): the minimal Role and RoleBinding \
        (ClusterRole and ClusterRoleBinding with --cluster-wide) that grant exactly this permission, no wildcards.

        JSON and YAML output: apiVersion lamp/v1, kind AccessCheckList, items [{permission, namespace, allowed, \
        denied, reason, evaluationError}].

        EXAMPLES:
          \(name) rbac check get pods/proxy -n monitoring
          \(name) rbac check list nodepools.karpenter.sh
          \(name) rbac check get pods/proxy -n monitoring --suggest | kubectl apply -f -
          \(name) rbac check get secrets api-db -n shop --serviceaccount monitoring:prometheus -o json
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var outputOptions: OutputOptions

  @Argument(help: "The verb: get, list, watch, create, update, patch, delete, ...")
  var verb: String

  @Argument(help: "RESOURCE[.GROUP][/SUBRESOURCE], such as pods/proxy.")
  var resource: String

  @Argument(help: "The object's name (optional).")
  var name: String?

  @Option(name: .customLong("serviceaccount"), help: "Check as this service account (NS:NAME).")
  var serviceAccount: String?

  @Flag(name: .customLong("cluster-wide"), help: "Ask about the whole cluster rather than a namespace.")
  var clusterWide = false

  @Flag(name: .customLong("suggest"), help: "When denied, print the Role and binding YAML that would grant it.")
  var suggest = false

  struct Report: Encodable {
    var apiVersion = "lamp/v1"
    var kind = "AccessCheckList"
    var items: [AccessCheck]
  }

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try outputOptions.format(allowed: [.table, .json, .yaml])
    var spec: PermissionSpec
    do {
      spec = try PermissionSpec(verb: verb, resource: resource, name: name)
    } catch {
      throw CommandError.usage(error.description)
    }
    var options = global
    if let serviceAccount {
      let parts = serviceAccount.split(separator: ":")
      guard parts.count == 2, options.asUser == nil else {
        throw CommandError.usage("--serviceaccount takes NS:NAME and cannot be combined with --as")
      }
      options.asUser = "system:serviceaccount:\(parts[0]):\(parts[1])"
    }
    let session = try await ClusterSession.connect(options)
    spec.attributes.namespace = clusterWide ? "" : session.namespace
    let check = try await AccessCheck.ask(spec, client: session.client)
    let printer = Printer(environment)
    if format == .json || format == .yaml {
      try printer.document(Report(items: [check]), format: format)
    } else {
      var table = Table(columns: [
        TableColumn("RESULT"), TableColumn("PERMISSION"), TableColumn("NAMESPACE", emptyText: "<cluster>"),
        TableColumn("REASON", emptyText: ""),
      ])
      table.append(
        [
          check.allowed ? "ALLOWED" : "DENIED", TerminalText.escape(check.permission), check.namespace,
          TerminalText.escape(check.reason ?? check.evaluationError ?? ""),
        ], status: check.allowed ? .ok : .error)
      if suggest {
        // stdout stays pure YAML for `| kubectl apply -f -`; the verdict goes to stderr.
        let renderer = TableRenderer(wide: false, showHeaders: !outputOptions.noHeaders, style: .plain)
        environment.stderr.write(renderer.render(table))
      } else {
        printer.table(table, format: format, noHeaders: outputOptions.noHeaders)
      }
    }
    if !check.allowed && suggest {
      let user: String
      if let asUser = options.asUser {
        user = asUser
      } else {
        let review = try await session.client.postJSON(
          SelfSubjectReview.self, path: SelfSubjectReview.path, body: SelfSubjectReview())
        guard let name = review.status?.userInfo?.username else {
          throw CommandError("the server did not say who you are (SelfSubjectReview); use --as to name the subject")
        }
        user = name
      }
      let suggestion = RoleSuggestion(for: spec, subject: RoleSuggestion.subject(forUser: user), name: "lamp")
      environment.stdout.write("# Grants \(check.permission) to \(user); apply with kubectl apply -f -\n")
      let documents: [String] = try [
        suggestion.role.map { try YAMLRenderer.render($0) }, suggestion.roleBinding.map { try YAMLRenderer.render($0) },
        suggestion.clusterRole.map { try YAMLRenderer.render($0) },
        suggestion.clusterRoleBinding.map { try YAMLRenderer.render($0) },
      ].compactMap { $0 }
      environment.stdout.write(documents.map { "---\n" + $0 }.joined())
    }
    if !check.allowed { throw CheckFailed() }
  }
}
