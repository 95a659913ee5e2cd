import CurlHTTP
import KubeAPI
import YAMLCoding

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why a kubeconfig (or the in-cluster configuration) could not be turned into a `ClientConfig`.
///
/// Every case renders as one line that names what is wrong and what exists instead. Messages never
/// contain tokens, passwords or key material.
public enum KubeconfigError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Which kubeconfig entry (or the in-cluster service account) a file or field belongs to.
  public enum Owner: Sendable, Equatable, CustomStringConvertible {
    case cluster(String)
    case user(String)
    case inCluster
    /// A token file re-read after loading (the user is no longer known by then).
    case bearerToken
    /// A flag such as `--certificate-authority`.
    case commandLine

    public var description: String {
      switch self {
      case .cluster(let name): return "cluster \(GoText.quoted(name))"
      case .user(let name): return "user \(GoText.quoted(name))"
      case .inCluster: return "the in-cluster service account"
      case .bearerToken: return "bearer authentication"
      case .commandLine: return "the command line"
      }
    }
  }

  /// Neither `--kubeconfig`, `KUBECONFIG`, `~/.kube/config` nor an in-cluster environment gave a configuration;
  /// `missingFromKUBECONFIG` lists the files `KUBECONFIG` names, none of which exists (skipped, as client-go does).
  case noConfiguration(missingFromKUBECONFIG: [String] = [])
  /// The kubeconfig files that exist define nothing (an empty `--kubeconfig` file, say).
  case emptyConfiguration(files: [String])
  /// A kubeconfig file exists (or was named with `--kubeconfig`) but could not be read.
  case unreadableKubeconfig(path: String, reason: String)
  /// A kubeconfig file is not valid YAML, or has a value of the wrong type; `detail` is `FILE:LINE:COL: message`.
  case malformed(detail: String)
  /// The same name appears twice in one list of one file.
  case duplicateName(kind: String, name: String, file: String)
  /// `--context` (or `current-context`) names a context no file defines.
  case contextNotFound(name: String, available: [String])
  /// No `current-context` in any file and no `--context`.
  case currentContextNotSet(files: [String], available: [String])
  /// A context names a cluster that no file defines (`context` is nil for `--cluster`).
  case clusterNotFound(name: String, context: String?, available: [String])
  /// A context names a user that no file defines (`context` is nil for `--user`).
  case userNotFound(name: String, context: String?, available: [String])
  /// The selected context has no cluster and no `--cluster`/`--server` was given.
  case contextWithoutCluster(context: String)
  /// The selected cluster has no `server`.
  case noServer(cluster: String)
  /// The `server` (or `--server`) is not an http(s) URL.
  case invalidServerURL(url: String, cluster: String?)
  /// The `proxy-url` is not an http, https or socks5 URL.
  case invalidProxyURL(url: String, cluster: String)
  /// A file named by a field could not be read.
  case unreadableFile(field: String, path: String, owner: Owner, reason: String)
  /// A `*-data` field is not valid base64.
  case invalidBase64(field: String, owner: Owner, file: String)
  /// Both a file and a `*-data` field are set for the same thing.
  case fileAndData(field: String, owner: Owner, file: String)
  /// `insecure-skip-tls-verify` together with a certificate authority.
  case insecureWithCertificateAuthority(cluster: String, file: String)
  /// A client certificate without its key, or a key without its certificate.
  case incompleteClientCertificate(user: String, missing: String, file: String)
  /// `token` and `username`/`password` together.
  case multipleAuthMethods(user: String, methods: [String], file: String)
  /// `exec` and `auth-provider` together.
  case execWithAuthProvider(user: String, file: String)
  /// An `auth-provider` other than `oidc`.
  case unsupportedAuthProvider(name: String, user: String)
  /// The `oidc` auth-provider has no `id-token` (lamp does not run the OIDC refresh flow).
  case oidcWithoutIDToken(user: String)
  /// An `exec` section that cannot be run (missing command, unknown apiVersion, missing interactiveMode, ...).
  case invalidExec(user: String, detail: String, file: String)
  /// `as-groups`, `as-uid` or `as-user-extra` (or `--as-group`/`--as-uid`) without a user to impersonate.
  case impersonationWithoutUser(user: String?)
  /// `--request-timeout` could not be parsed.
  case invalidRequestTimeout(String)
  /// A flag that works only with another (`--client-certificate` without a key anywhere).
  case flagNeedsFlag(String, String)

  public var description: String {
    switch self {
    case .noConfiguration(let missing) where !missing.isEmpty:
      let named =
        missing.count == 1
        ? "\(missing[0]), which does not exist" : "\(missing.joined(separator: ", ")), none of which exist"
      return "no kubeconfig found: KUBECONFIG names \(named) (fix KUBECONFIG, or use --kubeconfig or --server)"
    case .noConfiguration:
      return "no kubeconfig found (set KUBECONFIG, use --kubeconfig or --server, or create ~/.kube/config)"
    case .emptyConfiguration(let files):
      let named = files.count == 1 ? "kubeconfig \(files[0])" : "kubeconfigs \(files.joined(separator: ", "))"
      return "\(named) defines no clusters, users or contexts (use a kubeconfig that does, or --server)"
    case .unreadableKubeconfig(let path, let reason):
      return "unable to read kubeconfig \(path): \(reason)"
    case .malformed(let detail):
      return "invalid kubeconfig: \(detail)"
    case .duplicateName(let kind, let name, let file):
      return "\(kind) \(GoText.quoted(name)) is defined twice in \(file)"
    case .contextNotFound(let name, let available):
      return "context \(GoText.quoted(name)) not found in kubeconfig (\(listing("contexts", available)))"
    case .currentContextNotSet(let files, let available):
      let where_ = files.isEmpty ? "" : " " + files.joined(separator: ", ")
      return "current-context is not set in kubeconfig\(where_); use --context (\(listing("contexts", available)))"
    case .clusterNotFound(let name, let context, let available):
      return missing("cluster", name, context, listing("clusters", available))
    case .userNotFound(let name, let context, let available):
      return missing("user", name, context, listing("users", available))
    case .contextWithoutCluster(let context):
      return "context \(GoText.quoted(context)) has no cluster; set one or use --cluster or --server"
    case .noServer(let cluster):
      return "cluster \(GoText.quoted(cluster)) has no server; set one or use --server"
    case .invalidServerURL(let url, let cluster):
      // Shown without its user info and token-like query values: an error must not echo a password.
      let shown = RequestRedaction.url(url)
      let owner = cluster.map { " for cluster \(GoText.quoted($0))" } ?? ""
      let credentials = shown != url ? "; credentials do not belong in it (use a token or a client certificate)" : ""
      return "invalid server URL \(GoText.quoted(shown))\(owner): expected https://host[:port][/path]\(credentials)"
    case .invalidProxyURL(let url, let cluster):
      return
        "invalid proxy-url \(GoText.quoted(RequestRedaction.url(url))) for cluster \(GoText.quoted(cluster)): must be an http, https or socks5 URL"
    case .unreadableFile(let field, let path, let owner, let reason):
      let whose = owner == .commandLine ? "" : " for \(owner)"
      return "unable to read \(field) \(path)\(whose): \(reason)"
    case .invalidBase64(let field, let owner, let file):
      return "invalid base64 in \(field) for \(owner) (\(file))"
    case .fileAndData(let field, let owner, let file):
      return "both \(field) and \(field)-data are set for \(owner); keep one (\(file))"
    case .insecureWithCertificateAuthority(let cluster, let file):
      return "cluster \(GoText.quoted(cluster)) sets both insecure-skip-tls-verify and a certificate authority; "
        + "keep one (\(file))"
    case .incompleteClientCertificate(let user, let missing, let file):
      return "user \(GoText.quoted(user)) has a client certificate or key but no \(missing) (\(file))"
    case .multipleAuthMethods(let user, let methods, let file):
      return
        "user \(GoText.quoted(user)) sets more than one authentication method (\(methods.joined(separator: ", "))); "
        + "keep one (\(file))"
    case .execWithAuthProvider(let user, let file):
      return "user \(GoText.quoted(user)) sets both exec and auth-provider; keep one (\(file))"
    case .unsupportedAuthProvider(let name, let user):
      return "auth-provider \(GoText.quoted(name)) of user \(GoText.quoted(user)) is not supported "
        + "(only oidc; use an exec credential plugin instead)"
    case .oidcWithoutIDToken(let user):
      return "oidc auth-provider of user \(GoText.quoted(user)) has no id-token; log in again with your OIDC tool "
        + "(lamp does not refresh OIDC tokens)"
    case .invalidExec(let user, let detail, let file):
      return "exec plugin of user \(GoText.quoted(user)): \(detail) (\(file))"
    case .impersonationWithoutUser(let user):
      let owner = user.map { " for user \(GoText.quoted($0))" } ?? ""
      return "impersonating groups, a uid or user extras\(owner) requires a user to impersonate (--as or as:)"
    case .invalidRequestTimeout(let text):
      return
        "invalid request timeout \(GoText.quoted(text)): use a number of seconds or a duration such as 30s, 1m or 1h"
    case .flagNeedsFlag(let flag, let needed):
      return "\(flag) needs \(needed) (or a kubeconfig user that has one)"
    }
  }
}

private func listing(_ kind: String, _ names: [String]) -> String {
  names.isEmpty ? "no \(kind) defined" : "\(kind): " + names.sorted().joined(separator: ", ")
}

private func missing(_ kind: String, _ name: String, _ context: String?, _ listing: String) -> String {
  guard let context else { return "\(kind) \(GoText.quoted(name)) not found in kubeconfig (\(listing))" }
  return
    "context \(GoText.quoted(context)) refers to \(kind) \(GoText.quoted(name)), which is not in kubeconfig (\(listing))"
}
