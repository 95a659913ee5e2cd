/// An authenticated user as authorizers see it (authentication.k8s.io/v1 `UserInfo`).
///
/// Service accounts are users named `system:serviceaccount:<namespace>:<name>`; groups such as
/// `system:authenticated` or `system:serviceaccounts` are added by the authenticator, not here.
public struct UserInfo: Sendable, Hashable {
  public static let serviceAccountPrefix = "system:serviceaccount:"

  public var name: String
  public var uid: String
  public var groups: [String]
  public var extra: [String: [String]]

  public init(name: String, groups: [String] = [], uid: String = "", extra: [String: [String]] = [:]) {
    self.name = name
    self.uid = uid
    self.groups = groups
    self.extra = extra
  }

  /// The user name of a service account.
  public static func serviceAccountName(_ name: String, namespace: String) -> String {
    serviceAccountPrefix + namespace + ":" + name
  }

  /// The service account a user name stands for (`system:serviceaccount:shop:default`), nil for other users.
  public static func serviceAccount(named user: String) -> (namespace: String, name: String)? {
    guard user.hasPrefix(serviceAccountPrefix) else { return nil }
    let parts = user.dropFirst(serviceAccountPrefix.count).split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
    return (String(parts[0]), String(parts[1]))
  }
}

extension UserInfo: Codable {
  private enum CodingKeys: String, CodingKey {
    case name = "username"
    case uid, groups, extra
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
    uid = try container.decodeIfPresent(String.self, forKey: .uid) ?? ""
    groups = try container.decodeIfPresent([String].self, forKey: .groups) ?? []
    extra = try container.decodeIfPresent([String: [String]].self, forKey: .extra) ?? [:]
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    if !name.isEmpty { try container.encode(name, forKey: .name) }
    if !uid.isEmpty { try container.encode(uid, forKey: .uid) }
    if !groups.isEmpty { try container.encode(groups, forKey: .groups) }
    if !extra.isEmpty { try container.encode(extra, forKey: .extra) }
  }
}
