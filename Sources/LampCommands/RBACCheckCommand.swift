import ArgumentParser
import Formatters
import KubeAPI
import KubeClient
import RBACFeature

/// `lamp rbac check FEATURE...` or `lamp rbac check VERB RESOURCE[/SUB] [NAME]`, asked with SelfSubjectAccessReview.
struct RBACCheckCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    let features = FeatureBundle.catalog.map(\.name).joined(separator: ", ")
    return CommandConfiguration(
      commandName: "check",
      abstract: "Check what a feature needs, or one permission (exit 3 when denied).",
      discussion: """
        FEATURE is one of \(features): a documented bundle of permissions (--list prints them) that lamp's \
        own commands, or an integration such as Headlamp's Prometheus charts, really request. One row per \
        need; needs marked as alternatives (prometheus: get pods/proxy or get services/proxy) are met when one \
        of them is allowed. Namespaced needs are asked in the namespace (-n), or across all namespaces with -A. \
        Needs on kinds the server does not serve (another provider's node classes, KEDA or Karpenter when not \
        installed) are left out, since no command reads them there; events are asked about where lamp reads them \
        (events.k8s.io, or the core group on a server without it).

        VERB RESOURCE[.GROUP][/SUBRESOURCE] [NAME] checks one permission; unlike kubectl auth can-i, pods/proxy means \
        the proxy subresource, not a pod named proxy. RESOURCE is resolved through discovery as kubectl auth can-i \
        does: short, singular and kind names (po, deploy, Deployment), RESOURCE.GROUP and RESOURCE.VERSION.GROUP \
        (deployments.v1.apps; as in kubectl, a version not served, as in deployments.v9.apps, leaves v9.apps to be \
        read as the group); a name served by several groups means the core group's (events). PERMISSION shows what was \
        asked (list deployments.apps); a resource the server does not serve is asked as typed, with a warning. A \
        cluster-scoped resource (nodes) is always asked cluster-wide, and -A or --cluster-wide asks across all \
        namespaces: NAMESPACE then reads <cluster>, as for cluster-wide needs. --rules lists everything the subject \
        may do in the namespace (SelfSubjectRulesReview), with a warning when the server says the list is incomplete.

        The server decides (SelfSubjectAccessReview), so every authorizer counts. --as, --as-group and --as-uid \
        ask for another subject through impersonation rather than a SubjectAccessReview: the server then adds \
        the groups it gives that subject on real requests (system:authenticated, system:serviceaccounts:NS), \
        so the answer is the one that subject would get; it needs the impersonate permission. \
        --serviceaccount NS:NAME is short for --as system:serviceaccount:NS:NAME.

        Exit 0 when everything needed is allowed, 3 when something is denied, 1 on error. --suggest prints, when \
        denied, only YAML on stdout (the verdict goes to stderr): the minimal Role and RoleBinding (a ClusterRole \
        and ClusterRoleBinding for cluster-wide needs or --cluster-wide), named after the feature (or permission) \
        and the subject (lamp-prometheus-for-jane; lamp-prometheus-all-namespaces-for-jane for a feature with -A or \
        --cluster-wide), so that applying one suggestion never replaces another's, granting exactly what is missing, \
        each permission once (not in the Role when the ClusterRole grants it), never wildcards: a check of * with \
        --suggest is a usage error. -o wide prints NEEDED FOR and REASON in full.

        JSON and YAML output: apiVersion lamp/v1, kind AccessCheckList, satisfied, items [{permission, namespace, \
        allowed, denied, reason, evaluationError, features, purpose, alternatives}]; --list: kind \
        FeatureBundleList, items [{name, summary, needs [{verb, group, resource, subresource, scope \
        (namespace|cluster), purpose, alternatives}]}]; --rules: kind SubjectRules, namespace, incomplete, \
        evaluationError, resourceRules and nonResourceRules [{verbs, apiGroups, resources, resourceNames, \
        nonResourceURLs}].

        EXAMPLES:
          \(name) rbac check prometheus -n monitoring
          \(name) rbac check events keda --serviceaccount monitoring:prometheus
          \(name) rbac check secrets -n shop --suggest | kubectl apply -f -
          \(name) rbac check --list
          \(name) rbac check --rules -n shop --as jane
          \(name) rbac check get pods/proxy -n monitoring
          \(name) rbac check list deploy -n shop -o wide
          \(name) rbac check list pods -A --as jane
          \(name) rbac check list nodepools.karpenter.sh
          \(name) rbac check get secrets api-db -n shop --as jane -o json
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var outputOptions: OutputOptions

  @Argument(help: "FEATURE... or VERB RESOURCE[.GROUP][/SUBRESOURCE] [NAME].")
  var words: [String] = []

  @Option(name: .customLong("serviceaccount"), help: "Check as this service account (NS:NAME).")
  var serviceAccount: String?

  @Flag(name: .customLong("cluster-wide"), help: "Ask about the whole cluster rather than a namespace.")
  var clusterWide = false

  @Flag(
    name: [.customShort("A"), .customLong("all-namespaces")], help: "Ask across all namespaces rather than in one.")
  var allNamespaces = false

  @Flag(name: .customLong("suggest"), help: "When denied, print the Role and binding YAML that would grant it.")
  var suggest = false

  @Flag(name: .customLong("list"), help: "Print the feature bundles and what each needs.")
  var list = false

  @Flag(
    name: .customLong("rules"),
    help: "Print everything the subject may do in the namespace (SelfSubjectRulesReview).")
  var rules = false

  struct Report: Encodable {
    var apiVersion = "lamp/v1"
    var kind = "AccessCheckList"
    var satisfied: Bool
    var items: [AccessCheck]
  }

  func validate() throws {
    if list && rules { throw ValidationError("--list and --rules cannot be combined") }
    if (list || rules) && !words.isEmpty { throw ValidationError("--list and --rules take no arguments") }
    if !list && !rules && words.isEmpty { throw ValidationError("give FEATURE... or VERB RESOURCE (see --list)") }
    if suggest && (list || rules) { throw ValidationError("--suggest applies to checks, not to --list or --rules") }
    if rules && (allNamespaces || clusterWide) {
      // A SelfSubjectRulesReview answers for one namespace; kubectl refuses --list with -A too.
      throw ValidationError("--rules lists one namespace's rules (-n NS); it takes neither -A nor --cluster-wide")
    }
    if suggest && !["table", "wide"].contains(outputOptions.output) {
      // stdout carries the YAML to apply; a JSON or YAML report there would break `| kubectl apply -f -`.
      throw ValidationError("--suggest prints the verdict as a table on stderr, so it takes no -o json|yaml")
    }
  }

  /// The API verbs, and the RBAC-only ones, that a permission check starts with.
  static let verbs: Set<String> = [
    "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "use", "bind", "escalate",
    "impersonate", "approve", "sign", "*",
  ]

  func run() async throws {
    let format = try outputOptions.format(allowed: [.table, .wide, .json, .yaml])
    if list {
      try RBACBundleOutput.printCatalog(format: format, noHeaders: outputOptions.noHeaders)
      return
    }
    let options = try RBACSubjectOptions.apply(serviceAccount: serviceAccount, to: global)
    if rules {
      let session = try await ClusterSession.connect(options)
      let answer = try await RBACSubjectOptions.asking(options, review: "selfsubjectrulesreviews") {
        try await SubjectRules.ask(namespace: session.namespace, client: session.client)
      }
      try RBACRulesOutput.print(answer, format: format, noHeaders: outputOptions.noHeaders)
      return
    }
    // A single word can only be a feature: say which features exist rather than count words, unless it is a verb
    // whose resource was left out.
    if words.count == 1, Self.verbs.contains(words[0].lowercased()) {
      throw CommandError.usage(
        "\"\(words[0])\" is a verb: name the resource too, as in \(Invocation.current) rbac check \(words[0]) pods")
    }
    if FeatureBundle.isBundleName(words[0]) || words.count == 1 {
      var bundles: [FeatureBundle] = []
      for word in words {
        do {
          for bundle in try FeatureBundle.named(word) where !bundles.contains(bundle) { bundles.append(bundle) }
        } catch {
          throw CommandError.usage(error.description)
        }
      }
      let session = try await ClusterSession.connect(options)
      let namespace = allNamespaces || clusterWide ? "" : session.namespace
      let report = try await RBACSubjectOptions.asking(options) {
        try await FeatureAccessReport.run(
          bundles, namespace: namespace, client: session.client, discovery: session.discovery)
      }
      // Across all namespaces the ClusterRole holds the namespaced needs too: named as a namespace's suggestion
      // is, it would replace the ClusterRole that one made for the cluster-wide needs, and revoke them.
      let scope = namespace.isEmpty ? ["all-namespaces"] : []
      let name = (["lamp", words.contains("all") ? "all" : bundles.map(\.name).joined(separator: "-")] + scope)
        .joined(separator: "-")
      try await finish(
        report.checks, satisfied: report.satisfied, missing: report.missing, feature: name, format: format,
        options: options, session: session)
      return
    }
    guard words.count == 2 || words.count == 3 else {
      throw CommandError.usage("expected FEATURE... or VERB RESOURCE [NAME], got \(words.count) words")
    }
    let typed = try RBACPermissionArgument.parse(
      verb: words[0], resource: words[1], name: words.count == 3 ? words[2] : nil)
    if suggest && typed.hasWildcard {
      // A role granting `*` grants far more than was asked, and future resources too: name what to grant.
      throw CommandError.usage(
        "--suggest never grants wildcards: name the verb and resource to grant, not \"\(typed.description)\"")
    }
    let session = try await ClusterSession.connect(options)
    let resolved = await typed.resolved(
      with: session.discovery, namespace: allNamespaces || clusterWide ? "" : session.namespace)
    let spec = resolved.spec
    let check = try await RBACSubjectOptions.asking(options) { try await AccessCheck.ask(spec, client: session.client) }
    // Only once the review answered: when it fails, its error alone is the one line on stderr.
    if let warning = resolved.warning { LampEnvironment.current.stderr.write("warning: \(warning)\n") }
    try await finish(
      [check], satisfied: check.allowed, missing: check.allowed ? [] : [spec], feature: nil, format: format,
      options: options, session: session)
  }

  private func finish(
    _ checks: [AccessCheck], satisfied: Bool, missing: [PermissionSpec], feature: String?, format: OutputFormat,
    options: GlobalOptions, session: ClusterSession
  ) async throws {
    let environment = LampEnvironment.current
    let printer = Printer(environment)
    if format == .json || format == .yaml {
      try printer.document(Report(satisfied: satisfied, items: checks), format: format)
    } else {
      let table = RBACBundleOutput.table(checks, wide: format == .wide)
      if suggest {
        // stdout stays pure YAML for `| kubectl apply -f -`; the verdict goes to stderr.
        let renderer = TableRenderer(wide: format == .wide, showHeaders: !outputOptions.noHeaders, style: .plain)
        environment.stderr.write(renderer.render(table))
      } else {
        printer.table(table, format: format, noHeaders: outputOptions.noHeaders)
      }
    }
    if !satisfied && suggest {
      let user = try await RBACSubjectOptions.subjectName(options, session: session)
      let suggestion = try RBACSuggestionOutput.documents(granting: missing, to: user, feature: feature)
      let what = missing.map(\.description).joined(separator: ", ")
      environment.stdout.write("# Grants \(what) to \(user); apply with kubectl apply -f -\n")
      environment.stdout.write(suggestion.map { "---\n" + $0 }.joined())
    }
    if !satisfied { throw CheckFailed() }
  }
}
