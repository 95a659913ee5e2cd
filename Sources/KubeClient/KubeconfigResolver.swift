import ByteScanning
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Applies `ConfigOverrides` to a merged kubeconfig and produces a `ClientConfig`, with client-go's
/// precedence and validation (plus clearer errors for references to names that do not exist).
struct KubeconfigResolver {
  var kubeconfig: Kubeconfig
  var overrides: ConfigOverrides
  var environment: [String: String]

  func clientConfig() throws(KubeconfigError) -> ClientConfig {
    let contextName = try selectedContextName()
    let context = contextName.flatMap { kubeconfig.contexts[$0] } ?? KubeconfigContext()
    let (clusterName, cluster) = try selectedCluster(contextName: contextName, context: context)
    let (userName, user) = try selectedUser(contextName: contextName, context: context)

    let tls = try resolveTLS(cluster: cluster, name: clusterName ?? "")
    let userCertificate = try clientCertificate(user: user, name: userName ?? "")
    guard let rawServer = overrides.server.nonEmptyValue ?? cluster.server.nonEmptyValue else {
      throw .noServer(cluster: clusterName ?? "")
    }
    let server = try KubeconfigServerURL(
      parsing: rawServer, defaultTLS: tls.caPEM != nil || userCertificate != nil || tls.insecure,
      cluster: overrides.server.nonEmptyValue == nil ? clusterName : nil)
    // Like kubectl, --server drops the kubeconfig's tls-server-name, which named the old server.
    let tlsServerName =
      overrides.tlsServerName.nonEmptyValue
      ?? (overrides.server.nonEmptyValue == nil ? cluster.tlsServerName.nonEmptyValue : nil)
    let proxyURL = cluster.proxyURL.nonEmptyValue
    if let proxyURL { try Self.validate(proxyURL: proxyURL, cluster: clusterName ?? "") }
    let clusterInfo = ExecPluginClusterInfo(
      server: rawServer, tlsServerName: tlsServerName, insecureSkipTLSVerify: tls.insecure,
      certificateAuthorityData: tls.caPEM, proxyURL: proxyURL, disableCompression: cluster.disableCompression ?? false,
      config: cluster.execExtension)
    // As clientcmd does, a server over plain HTTP gets no user credentials and no impersonation: a token or
    // password would cross the network in clear text, and a client certificate means nothing without TLS.
    let credentials =
      server.isTLS
      ? try credentialSource(
        user: user, name: userName ?? "", hasClientCertificate: userCertificate != nil, cluster: clusterInfo)
      : .none

    var namespace = "default"
    var namespaceFromOverride = false
    if let override = overrides.namespace.nonEmptyValue {
      namespace = override
      namespaceFromOverride = true
    } else if let fromContext = context.namespace.nonEmptyValue {
      namespace = fromContext
    }
    return ClientConfig(
      origin: kubeconfig.files.isEmpty ? .overrides : .kubeconfig(files: kubeconfig.files),
      server: server.origin, pathPrefix: server.pathPrefix, caPEM: tls.caPEM,
      clientCertificatePEM: server.isTLS ? userCertificate?.cert : nil,
      clientKeyPEM: server.isTLS ? userCertificate?.key : nil,
      insecureSkipTLSVerify: tls.insecure, tlsServerName: tlsServerName, proxyURL: proxyURL,
      compression: !(cluster.disableCompression ?? false), requestTimeout: overrides.requestTimeout,
      namespace: namespace, namespaceFromOverride: namespaceFromOverride, contextName: contextName,
      clusterName: clusterName, userName: userName,
      impersonation: server.isTLS ? try impersonation(user: user, name: userName) : ClientConfig.Impersonation(),
      credentials: credentials)
  }

  // MARK: Selection

  /// `--context`, else `current-context`; nil only when `--server` or `--cluster` stands in for a context.
  private func selectedContextName() throws(KubeconfigError) -> String? {
    let available = kubeconfig.contexts.keys.sorted()
    if let name = overrides.context.nonEmptyValue ?? kubeconfig.currentContext.nonEmptyValue {
      guard kubeconfig.contexts[name] != nil else { throw .contextNotFound(name: name, available: available) }
      return name
    }
    if overrides.server.nonEmptyValue != nil || overrides.cluster.nonEmptyValue != nil { return nil }
    throw .currentContextNotSet(files: kubeconfig.files, available: available)
  }

  private func selectedCluster(
    contextName: String?, context: KubeconfigContext
  ) throws(KubeconfigError) -> (String?, KubeconfigCluster) {
    let override = overrides.cluster.nonEmptyValue
    guard let name = override ?? context.cluster.nonEmptyValue else {
      if let contextName, overrides.server.nonEmptyValue == nil { throw .contextWithoutCluster(context: contextName) }
      return (nil, KubeconfigCluster())
    }
    guard let cluster = kubeconfig.clusters[name] else {
      throw .clusterNotFound(
        name: name, context: override == nil ? contextName : nil, available: kubeconfig.clusters.keys.sorted())
    }
    return (name, cluster)
  }

  private func selectedUser(
    contextName: String?, context: KubeconfigContext
  ) throws(KubeconfigError) -> (String?, KubeconfigUser) {
    let override = overrides.user.nonEmptyValue
    // A context without a user is anonymous (or relies on a client certificate-less cluster), as in kubectl.
    guard let name = override ?? context.user.nonEmptyValue else { return (nil, KubeconfigUser()) }
    guard let user = kubeconfig.users[name] else {
      throw .userNotFound(
        name: name, context: override == nil ? contextName : nil, available: kubeconfig.users.keys.sorted())
    }
    return (name, user)
  }

  // MARK: TLS

  private func resolveTLS(
    cluster: KubeconfigCluster, name: String
  ) throws(KubeconfigError) -> (caPEM: Data?, insecure: Bool) {
    // --insecure-skip-tls-verify=true drops the kubeconfig's CA instead of conflicting with it, and
    // --certificate-authority replaces the CA and turns verification back on (kubectl).
    if overrides.insecureSkipTLSVerify == true { return (nil, true) }
    if let caPEM = try Self.flagFile(overrides.certificateAuthority, flag: "--certificate-authority") {
      return (caPEM, false)
    }
    let insecure = overrides.insecureSkipTLSVerify ?? cluster.insecureSkipTLSVerify ?? false
    let owner = KubeconfigError.Owner.cluster(name)
    let caPEM = try material(
      field: "certificate-authority", path: cluster.certificateAuthority, data: cluster.certificateAuthorityData,
      owner: owner, file: cluster.file)
    if insecure && caPEM != nil { throw .insecureWithCertificateAuthority(cluster: name, file: cluster.file) }
    return (caPEM, insecure)
  }

  private func clientCertificate(
    user: KubeconfigUser, name: String
  ) throws(KubeconfigError) -> (cert: Data, key: Data)? {
    let owner = KubeconfigError.Owner.user(name)
    // --client-certificate and --client-key each replace the user's field of that name.
    var cert = try Self.flagFile(overrides.clientCertificate, flag: "--client-certificate")
    if cert == nil {
      cert = try material(
        field: "client-certificate", path: user.clientCertificate, data: user.clientCertificateData, owner: owner,
        file: user.file)
    }
    var key = try Self.flagFile(overrides.clientKey, flag: "--client-key")
    if key == nil {
      key = try material(
        field: "client-key", path: user.clientKey, data: user.clientKeyData, owner: owner, file: user.file)
    }
    switch (cert, key) {
    case (nil, nil): return nil
    case (let cert?, let key?): return (cert, key)
    case (nil, _):
      if overrides.clientKey.nonEmptyValue != nil { throw .flagNeedsFlag("--client-key", "--client-certificate") }
      throw .incompleteClientCertificate(user: name, missing: "client-certificate", file: user.file)
    case (_, nil):
      if overrides.clientCertificate.nonEmptyValue != nil {
        throw .flagNeedsFlag("--client-certificate", "--client-key")
      }
      throw .incompleteClientCertificate(user: name, missing: "client-key", file: user.file)
    }
  }

  /// The contents of the file a flag such as `--client-key` names; nil when the flag is not given.
  static func flagFile(_ path: String?, flag: String) throws(KubeconfigError) -> Data? {
    guard let path = path.nonEmptyValue else { return nil }
    return try read(path, field: flag, owner: .commandLine)
  }

  /// PEM bytes from `FIELD-data` (base64) or the file named by `FIELD`; both set is an error, as in kubectl.
  private func material(
    field: String, path: String?, data: String?, owner: KubeconfigError.Owner, file: String
  ) throws(KubeconfigError) -> Data? {
    let path = path.nonEmptyValue
    let data = data.nonEmptyValue
    if path != nil && data != nil { throw .fileAndData(field: field, owner: owner, file: file) }
    if let data { return try Self.decodeBase64(data, field: field + "-data", owner: owner, file: file) }
    if let path { return try Self.read(path, field: field, owner: owner) }
    return nil
  }

  static func read(_ path: String, field: String, owner: KubeconfigError.Owner) throws(KubeconfigError) -> Data {
    do {
      return try FileReader.contents(of: path)
    } catch {
      throw .unreadableFile(field: field, path: path, owner: owner, reason: error.reason)
    }
  }

  /// Decodes standard base64; like Go, line breaks inside the value are ignored.
  static func decodeBase64(
    _ text: String, field: String, owner: KubeconfigError.Owner, file: String
  ) throws(KubeconfigError) -> Data {
    let compact = text.filter { $0 != "\n" && $0 != "\r" }
    guard let data = Data(base64Encoded: compact) else {
      throw .invalidBase64(field: field, owner: owner, file: file)
    }
    return data
  }

  static func validate(proxyURL: String, cluster: String) throws(KubeconfigError) {
    guard let separator = proxyURL.firstUTF8Range(of: "://"),
      ["http", "https", "socks5"].contains(proxyURL[..<separator.lowerBound].lowercased()),
      !proxyURL[separator.upperBound...].isEmpty
    else { throw .invalidProxyURL(url: proxyURL, cluster: cluster) }
  }

  // MARK: Credentials

  private func credentialSource(
    user: KubeconfigUser, name: String, hasClientCertificate: Bool, cluster: ExecPluginClusterInfo
  ) throws(KubeconfigError) -> CredentialSource {
    // client-go's exec authenticator steps aside for a bearer token; `--token` stands in for the user's others too.
    if let token = overrides.token.nonEmptyValue { return .token(token) }
    if user.exec != nil && user.authProvider != nil { throw .execWithAuthProvider(user: name, file: user.file) }
    let token = user.token.nonEmptyValue
    let hasBasic = user.username.nonEmptyValue != nil || user.password.nonEmptyValue != nil
    if token != nil && hasBasic {
      throw .multipleAuthMethods(user: name, methods: ["token", "basicAuth"], file: user.file)
    }
    var exec: ExecPluginConfig?
    if let section = user.exec { exec = try execConfig(section, user: name, file: user.file, cluster: cluster) }
    var oidcToken: String?
    if let provider = user.authProvider {
      guard provider.name == "oidc" else { throw .unsupportedAuthProvider(name: provider.name ?? "", user: name) }
      oidcToken = provider.config?["id-token"].nonEmptyValue
    }

    if let path = user.tokenFile.nonEmptyValue {
      let token = try Self.readToken(path, field: "tokenFile", owner: .user(name))
      return .tokenFile(path: path, initialToken: token)
    }
    if let token { return .token(token) }
    if hasBasic { return .basic(username: user.username ?? "", password: user.password ?? "") }
    // client-go skips the plugin when static credentials exist, a client certificate included.
    if let exec, !hasClientCertificate { return .exec(exec) }
    if user.authProvider != nil {
      guard let oidcToken else { throw .oidcWithoutIDToken(user: name) }
      return .oidc(idToken: oidcToken)
    }
    return .none
  }

  /// Reads a token file; surrounding whitespace is dropped and an empty file is an error, as in client-go.
  static func readToken(_ path: String, field: String, owner: KubeconfigError.Owner) throws(KubeconfigError) -> String {
    let data = try read(path, field: field, owner: owner)
    let token = String(decoding: data, as: UTF8.self).trimmingWhitespace()
    if token.isEmpty { throw .unreadableFile(field: field, path: path, owner: owner, reason: "the file is empty") }
    return token
  }

  private func execConfig(
    _ exec: KubeconfigExec, user: String, file: String, cluster: ExecPluginClusterInfo
  ) throws(KubeconfigError) -> ExecPluginConfig {
    func invalid(_ detail: String) -> KubeconfigError { .invalidExec(user: user, detail: detail, file: file) }
    let supported = ExecPluginConfig.APIVersion.allCases.map(\.rawValue).joined(separator: ", ")
    guard let command = exec.command.nonEmptyValue else { throw invalid("command is not set") }
    guard let versionText = exec.apiVersion.nonEmptyValue else {
      throw invalid("apiVersion is not set (supported: \(supported))")
    }
    guard let apiVersion = ExecPluginConfig.APIVersion(rawValue: versionText) else {
      throw invalid("unsupported apiVersion \(GoText.quoted(versionText)) (supported: \(supported))")
    }
    var env: [ExecPluginConfig.EnvVar] = []
    for variable in exec.env ?? [] {
      guard let name = variable.name.nonEmptyValue else { throw invalid("an env entry has no name") }
      env.append(ExecPluginConfig.EnvVar(name: name, value: variable.value ?? ""))
    }
    let modes = ExecPluginConfig.InteractiveMode.allCases.map(\.rawValue).joined(separator: ", ")
    let interactiveMode: ExecPluginConfig.InteractiveMode
    if let modeText = exec.interactiveMode.nonEmptyValue {
      guard let mode = ExecPluginConfig.InteractiveMode(rawValue: modeText) else {
        throw invalid("invalid interactiveMode \(GoText.quoted(modeText)) (use \(modes))")
      }
      interactiveMode = mode
    } else if apiVersion == .v1beta1 {
      interactiveMode = .ifAvailable
    } else {
      throw invalid("interactiveMode is required with \(apiVersion.rawValue) (use \(modes))")
    }
    return ExecPluginConfig(
      apiVersion: apiVersion, command: command, args: exec.args ?? [], env: env,
      installHint: exec.installHint.nonEmptyValue, interactiveMode: interactiveMode,
      cluster: exec.provideClusterInfo == true ? cluster : nil, environment: environment)
  }

  // MARK: Impersonation

  private func impersonation(
    user: KubeconfigUser, name: String?
  ) throws(KubeconfigError) -> ClientConfig.Impersonation {
    let result = ClientConfig.Impersonation(
      user: overrides.asUser.nonEmptyValue ?? user.impersonate.nonEmptyValue,
      groups: overrides.asGroups.isEmpty ? user.impersonateGroups ?? [] : overrides.asGroups,
      uid: overrides.asUID.nonEmptyValue ?? user.impersonateUID.nonEmptyValue,
      extra: user.impersonateUserExtra ?? [:])
    if result.user == nil && !result.isEmpty { throw .impersonationWithoutUser(user: name) }
    return result
  }
}
