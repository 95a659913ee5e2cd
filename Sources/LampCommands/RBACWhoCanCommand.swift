import ArgumentParser
import Formatters
import KubeAPI
import RBACFeature

/// `lamp rbac who-can VERB RESOURCE[/SUB] [NAME]`: the subjects RBAC grants a permission to, and through what.
struct RBACWhoCanCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "who-can",
      abstract: "List the users, groups and service accounts RBAC allows to do something.",
      discussion: """
        Reads the cluster's ClusterRoles and ClusterRoleBindings and the namespace's Roles and RoleBindings, and \
        evaluates them as kube-apiserver's RBAC authorizer does (ClusterRole aggregation included): every \
        subject of every binding whose role allows the request, with the binding and the role. Only RBAC is \
        visible to lamp: other authorizers (the Node authorizer, webhooks, cloud IAM such as EKS access \
        entries) may allow more, and group membership is decided by the authenticator, so groups are listed, \
        not their members. RESOURCE is resolved through discovery as in \(name) rbac check (deploy means \
        deployments.apps).

        -A (--all-namespaces) asks who can do it in at least one namespace: the ClusterRoleBindings and the \
        RoleBindings of every namespace, each evaluated in its own namespace (BINDING names the RoleBinding's \
        namespace); as in kubectl it wins over -n. --cluster-wide asks instead about one request that spans all \
        namespaces, as kubectl get pods -A makes (ClusterRoleBindings only; what \(name) rbac check -A asks); a \
        cluster-scoped RESOURCE (nodes) is always asked that way, -A or not. -A and --cluster-wide cannot be \
        combined. Needs list on roles and rolebindings in the namespace (every \
        namespace with -A), and on clusterroles and clusterrolebindings.

        JSON and YAML output: apiVersion lamp/v1, kind WhoCanList, permission, namespace ("" for cluster-wide \
        and -A), allNamespaces (true when every namespace's RoleBindings were evaluated), note, items [{subject \
        {kind, apiGroup, name, namespace}, bindingKind, bindingName, bindingNamespace, roleKind, roleName}].

        EXAMPLES:
          \(name) rbac who-can get secrets -A
          \(name) rbac who-can get pods/proxy -n monitoring
          \(name) rbac who-can list deploy -n shop -o wide
          \(name) rbac who-can get secrets -n shop -o json
          \(name) rbac who-can list nodes --cluster-wide
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

  @Flag(name: .customLong("cluster-wide"), help: "Ask about a cluster-wide request (ClusterRoleBindings only).")
  var clusterWide = false

  @Flag(
    name: [.customShort("A"), .customLong("all-namespaces")],
    help: "Who can do it in at least one namespace (every namespace's RoleBindings too; wins over -n).")
  var allNamespaces = false

  static let note =
    "Only RBAC is evaluated; other authorizers (Node, webhooks, cloud IAM) are not visible to lamp and may allow more."

  struct Report: Encodable {
    var apiVersion = "lamp/v1"
    var kind = "WhoCanList"
    var permission: String
    var namespace: String
    var allNamespaces: Bool
    var note: String
    var items: [RBACGrant]
  }

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try outputOptions.format(allowed: [.table, .wide, .json, .yaml])
    // Two different questions: in some namespace, or across all of them at once.
    if allNamespaces && clusterWide { throw CommandError.usage("-A and --cluster-wide cannot be combined") }
    let typed = try RBACPermissionArgument.parse(verb: verb, resource: resource, name: name)
    let session = try await ClusterSession.connect(global)
    let resolved = await typed.resolved(
      with: session.discovery, namespace: clusterWide || allNamespaces ? "" : session.namespace)
    let spec = resolved.spec
    // A cluster-scoped resource is never granted by a RoleBinding, in whatever namespace: -A changes nothing.
    let anyNamespace = allNamespaces && resolved.namespaced != false
    let objects: RBACObjects
    do {
      objects = try await RBACObjects.load(
        client: session.client, namespace: anyNamespace ? nil : spec.attributes.namespace)
    } catch let error as RBACReadError {
      throw CommandError(error.description)
    }
    // Only once the roles are read: when that fails, its error alone is the one line on stderr.
    if let warning = resolved.warning { environment.stderr.write("warning: \(warning)\n") }
    let grants =
      anyNamespace
      ? objects.subjects(allowedInAnyNamespace: spec.attributes)
      : objects.authorizer.subjects(allowedTo: spec.attributes)
    let printer = Printer(environment)
    if format == .json || format == .yaml {
      let report = Report(
        permission: spec.description, namespace: spec.attributes.namespace, allNamespaces: anyNamespace,
        note: Self.note, items: grants)
      try printer.document(report, format: format)
      return
    }
    if grants.isEmpty {
      environment.stderr.write(
        "No RBAC binding grants \(spec.description)\(anyNamespace ? " in any namespace" : "").\n")
    } else {
      var table = Table(columns: [
        TableColumn("KIND"), TableColumn("SUBJECT"), TableColumn("BINDING"), TableColumn("ROLE"),
      ])
      for grant in grants {
        let subject = grant.subject
        let subjectName =
          subject.kind == Subject.serviceAccountKind ? "\(subject.namespace ?? "")/\(subject.name)" : subject.name
        let binding = [grant.bindingKind, grant.bindingNamespace, grant.bindingName].compactMap { $0 }.joined(
          separator: "/")
        table.append(
          [subject.kind, subjectName, binding, "\(grant.roleKind)/\(grant.roleName)"].map { TerminalText.escape($0) })
      }
      printer.table(table, format: format, noHeaders: outputOptions.noHeaders)
    }
    environment.stderr.write("note: \(Self.note)\n")
  }
}
