/// A cluster's `server` split into origin and path prefix, parsed by hand so the result does not depend
/// on Foundation's URL quirks (IPv6 brackets, trailing slashes).
struct KubeconfigServerURL: Sendable, Equatable {
  /// `scheme://host[:port]`, scheme in lower case.
  var origin: String
  /// The path without a trailing slash, or empty.
  var pathPrefix: String

  /// Whether requests go over TLS; over plain HTTP no credential may be sent.
  var isTLS: Bool { origin.hasPrefix("https://") }

  /// Parses `https://host[:port][/prefix]`. Without a scheme kubectl assumes https when TLS settings exist
  /// (a CA, a client certificate or insecure) and http otherwise.
  init(parsing raw: String, defaultTLS: Bool, cluster: String?) throws(KubeconfigError) {
    let invalid = KubeconfigError.invalidServerURL(url: raw, cluster: cluster)
    var rest = Substring(raw)
    var scheme = defaultTLS ? "https" : "http"
    if let separator = raw.firstUTF8Range(of: "://") {
      scheme = raw[..<separator.lowerBound].lowercased()
      rest = raw[separator.upperBound...]
    }
    guard scheme == "https" || scheme == "http" else { throw invalid }
    let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
    let authority = rest[..<authorityEnd]
    let path = rest[authorityEnd...]
    guard !authority.isEmpty, !authority.contains(where: { "@?# ".contains($0) }) else { throw invalid }
    guard !path.contains(where: { "?# ".contains($0) }) else { throw invalid }
    try Self.validate(authority: authority, invalid: invalid)
    origin = scheme + "://" + authority
    var prefix = String(path)
    while prefix.hasSuffix("/") { prefix.removeLast() }
    pathPrefix = prefix
  }

  /// Checks `host`, `host:port`, `[v6]` or `[v6]:port`.
  private static func validate(authority: Substring, invalid: KubeconfigError) throws(KubeconfigError) {
    var port: Substring?
    if authority.hasPrefix("[") {
      guard let close = authority.firstIndex(of: "]") else { throw invalid }
      let after = authority[authority.index(after: close)...]
      if !after.isEmpty {
        guard after.hasPrefix(":") else { throw invalid }
        port = after.dropFirst()
      }
    } else if let colon = authority.lastIndex(of: ":") {
      guard authority[..<colon].firstIndex(of: ":") == nil, colon != authority.startIndex else { throw invalid }
      port = authority[authority.index(after: colon)...]
    }
    if let port {
      guard let number = Int(port), (1...65535).contains(number) else { throw invalid }
    }
  }
}
