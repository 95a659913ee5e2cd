/// Several kubeconfig files merged the way kubectl merges them: for `current-context` and for every named
/// cluster, user and context, the first file that defines it wins; later files only add new names.
struct Kubeconfig: Sendable, Equatable {
  /// The files that were read, in precedence order.
  var files: [String] = []
  var currentContext: String?
  var clusters: [String: KubeconfigCluster] = [:]
  var users: [String: KubeconfigUser] = [:]
  var contexts: [String: KubeconfigContext] = [:]

  /// True when no file defined anything, which lets the in-cluster configuration take over.
  var isEmpty: Bool {
    currentContext == nil && clusters.isEmpty && users.isEmpty && contexts.isEmpty
  }

  /// Adds one file's entries below those already merged. Duplicate names inside one file are an error,
  /// as in client-go.
  mutating func merge(_ document: KubeconfigDocument, from file: String) throws(KubeconfigError) {
    files.append(file)
    if currentContext == nil, let current = document.currentContext, !current.isEmpty {
      currentContext = current
    }
    var seen = Set<String>()
    for entry in document.clusters ?? [] {
      guard seen.insert(entry.name).inserted else {
        throw .duplicateName(kind: "cluster", name: entry.name, file: file)
      }
      if clusters[entry.name] == nil {
        clusters[entry.name] = (entry.cluster ?? KubeconfigCluster()).resolvingPaths(in: file)
      }
    }
    seen.removeAll()
    for entry in document.users ?? [] {
      guard seen.insert(entry.name).inserted else {
        throw .duplicateName(kind: "user", name: entry.name, file: file)
      }
      if users[entry.name] == nil {
        users[entry.name] = (entry.user ?? KubeconfigUser()).resolvingPaths(in: file)
      }
    }
    seen.removeAll()
    for entry in document.contexts ?? [] {
      guard seen.insert(entry.name).inserted else {
        throw .duplicateName(kind: "context", name: entry.name, file: file)
      }
      if contexts[entry.name] == nil {
        var context = entry.context ?? KubeconfigContext()
        context.file = file
        contexts[entry.name] = context
      }
    }
  }
}
