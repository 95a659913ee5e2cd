/// The bindings of one scope (cluster-wide, or one namespace) with their roles resolved and their
/// subjects indexed, so finding the bindings that apply to a user costs a few dictionary lookups.
struct RBACBindingIndex: Sendable {
  struct Entry: Sendable {
    let kind: String
    let name: String
    /// The RoleBinding's namespace; nil for a ClusterRoleBinding.
    let namespace: String?
    let subjects: [Subject]
    let roleRef: RoleRef
    /// The role's rules, or the error message Kubernetes gives when the role cannot be found.
    let rules: Result<[PolicyRule], RBACResolutionError>
  }

  private(set) var entries: [Entry] = []
  private var byUserName: [String: [Int]] = [:]
  private var byGroup: [String: [Int]] = [:]

  /// Adds bindings, which must come in evaluation order.
  mutating func append(_ entry: Entry) {
    let index = entries.count
    entries.append(entry)
    var userNames = Set<String>()
    var groups = Set<String>()
    for subject in entry.subjects {
      switch subject.kind {
      case Subject.userKind:
        userNames.insert(subject.name)
      case Subject.groupKind:
        groups.insert(subject.name)
      case Subject.serviceAccountKind:
        // A ServiceAccount subject without namespace means the RoleBinding's own; never in a ClusterRoleBinding.
        let namespace = subject.namespace.flatMap { $0.isEmpty ? nil : $0 } ?? entry.namespace ?? ""
        if !namespace.isEmpty { userNames.insert(UserInfo.serviceAccountName(subject.name, namespace: namespace)) }
      default:
        break
      }
    }
    for name in userNames { byUserName[name, default: []].append(index) }
    for group in groups { byGroup[group, default: []].append(index) }
  }

  /// The bindings with a subject that applies to `user`, in evaluation order, each with that subject
  /// (the first one that applies, as Kubernetes reports it).
  func applicable(to user: UserInfo) -> [(entry: Entry, subject: Subject)] {
    var indices = byUserName[user.name] ?? []
    for group in user.groups {
      indices += byGroup[group] ?? []
    }
    guard !indices.isEmpty else { return [] }
    var result: [(entry: Entry, subject: Subject)] = []
    var previous = -1
    for index in indices.sorted() where index != previous {
      previous = index
      let entry = entries[index]
      if let subject = entry.subjects.first(where: { applies($0, to: user, in: entry) }) {
        result.append((entry, subject))
      }
    }
    return result
  }

  private func applies(_ subject: Subject, to user: UserInfo, in entry: Entry) -> Bool {
    switch subject.kind {
    case Subject.userKind:
      return subject.name == user.name
    case Subject.groupKind:
      return user.groups.contains(subject.name)
    case Subject.serviceAccountKind:
      let namespace = subject.namespace.flatMap { $0.isEmpty ? nil : $0 } ?? entry.namespace ?? ""
      return !namespace.isEmpty && user.name == UserInfo.serviceAccountName(subject.name, namespace: namespace)
    default:
      return false
    }
  }
}

/// A binding whose role cannot be resolved, worded as the API server's listers word it.
struct RBACResolutionError: Error, Sendable, Hashable {
  let message: String
}
