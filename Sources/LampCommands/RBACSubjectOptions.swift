import KubeAPI
import KubeClient
import RBACFeature

/// Who `lamp rbac` asks about: `--serviceaccount` folded into `--as`, the subject's name for `--suggest`, and
/// the kubectl-style message, with the fix, when the question itself is forbidden.
enum RBACSubjectOptions {
  /// The global options with `--serviceaccount NS:NAME` turned into `--as system:serviceaccount:NS:NAME`.
  static func apply(serviceAccount: String?, to global: GlobalOptions) throws -> GlobalOptions {
    var options = global
    guard let serviceAccount else { return options }
    let parts = serviceAccount.split(separator: ":", omittingEmptySubsequences: false)
    guard options.asUser == nil else { throw CommandError.usage("--serviceaccount cannot be combined with --as") }
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      throw CommandError.usage("--serviceaccount takes NS:NAME, not \"\(serviceAccount)\"")
    }
    options.asUser = UserInfo.serviceAccountName(String(parts[1]), namespace: String(parts[0]))
    return options
  }

  /// Runs access reviews; a 403 on the review itself names the permission that is missing.
  static func asking<T>(
    _ options: GlobalOptions, review: String = "selfsubjectaccessreviews", _ body: () async throws -> T
  ) async throws -> T {
    do {
      return try await body()
    } catch let error as KubeError where error.statusCode == 403 {
      let impersonation = impersonationFix(options)
      let fix = impersonation.isEmpty ? "\"create \(review).authorization.k8s.io\" cluster-wide" : impersonation
      throw CommandError("\(error.description); the fix is \(fix)")
    }
  }

  /// The permissions `--as`, `--as-group` and `--as-uid` need, as used: a service account is impersonated through
  /// `serviceaccounts` in its namespace, any other user through `users` cluster-wide. Empty without impersonation.
  static func impersonationFix(_ options: GlobalOptions) -> String {
    var fixes: [String] = []
    if let user = options.asUser {
      if let account = UserInfo.serviceAccount(named: user) {
        fixes.append("\"impersonate serviceaccounts\" (\(account.name)) in namespace \(account.namespace)")
      } else {
        fixes.append("\"impersonate users\" (\(user)) cluster-wide")
      }
    }
    if !options.asGroups.isEmpty {
      fixes.append("\"impersonate groups\" (\(options.asGroups.joined(separator: ", "))) cluster-wide")
    }
    if options.asUID != nil { fixes.append("\"impersonate uids\" cluster-wide") }
    return fixes.joined(separator: " and ")
  }

  /// The user the suggestion binds: `--as`, else who the server says the caller is (SelfSubjectReview).
  static func subjectName(_ options: GlobalOptions, session: ClusterSession) async throws -> String {
    if let asUser = options.asUser { return asUser }
    let review = try await session.client.postJSON(
      SelfSubjectReview.self, path: SelfSubjectReview.path, body: SelfSubjectReview())
    guard let name = review.status?.userInfo?.username else {
      throw CommandError("the server did not say who you are (SelfSubjectReview); use --as to name the subject")
    }
    return name
  }
}
