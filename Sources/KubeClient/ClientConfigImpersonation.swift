extension ClientConfig {
  /// Who to act as (`Impersonate-*` headers); empty when not impersonating.
  public struct Impersonation: Sendable, Equatable {
    public var user: String?
    public var groups: [String]
    public var uid: String?
    public var extra: [String: [String]]

    public init(user: String? = nil, groups: [String] = [], uid: String? = nil, extra: [String: [String]] = [:]) {
      self.user = user
      self.groups = groups
      self.uid = uid
      self.extra = extra
    }

    /// True when no impersonation header is to be sent.
    public var isEmpty: Bool { user == nil && groups.isEmpty && uid == nil && extra.isEmpty }
  }
}
