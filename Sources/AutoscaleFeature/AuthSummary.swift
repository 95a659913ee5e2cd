import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One TriggerAuthentication or ClusterTriggerAuthentication as `lamp keda auth` shows it (also its JSON item).
public struct AuthSummary: Sendable, Hashable, Encodable {
  /// nil for a ClusterTriggerAuthentication.
  public var namespace: String?
  public var name: String
  /// `TriggerAuthentication` or `ClusterTriggerAuthentication`.
  public var kind: String
  public var sources: [Source]
  /// `ScaledObject shop/web-scaler`, sorted; nil when ScaledObjects or ScaledJobs could not be listed.
  public var usedBy: [String]?
  /// Set for a ClusterTriggerAuthentication whose users were counted in this namespace only (`-n`, when
  /// ScaledObjects or ScaledJobs may not be listed in all namespaces).
  public var usedByNamespace: String?
  /// Secrets it reads that do not exist (`shop/rabbitmq-conn`); nil when some could not be checked (Secrets
  /// may not be read): an empty list would read as "all there".
  public var missingSecrets: [String]?
  /// Keys it reads that its (existing) Secrets lack; nil as `missingSecrets`.
  public var missingKeys: [MissingKey]?

  /// A key read from a Secret that exists but has no such key: KEDA fails on it as on a missing Secret.
  public struct MissingKey: Sendable, Hashable, Comparable, Encodable {
    /// `shop/rabbitmq-conn`.
    public var secret: String
    public var key: String

    public static func < (a: MissingKey, b: MissingKey) -> Bool { (a.secret, a.key) < (b.secret, b.key) }
  }

  /// One thing it reads: a Secret key, a ConfigMap key, an env var, a pod identity or an external store.
  public struct Source: Sendable, Hashable, Encodable {
    /// `secret`, `configMap`, `env`, `podIdentity`, `hashiCorpVault`, `azureKeyVault`, `awsSecretManager`,
    /// `gcpSecretManager`, `boundServiceAccountToken`.
    public var type: String
    public var parameter: String?
    /// `prometheus-reader/bearer-token`, `AWS_REGION`, `aws`, `https://vault:8200 secret/data/db#password`.
    public var reference: String
    /// For Secret keys: whether the Secret exists (nil: not checked or not readable).
    public var exists: Bool?
    /// For Secret keys: whether the Secret has the key (nil: the Secret is missing, not checked or not readable).
    public var keyExists: Bool?

    public var text: String {
      let parameter = self.parameter.map { "\($0)=" } ?? ""
      let flag = exists == false ? " (missing)" : keyExists == false ? " (no such key)" : ""
      return "\(type) \(parameter)\(reference)\(flag)"
    }
  }

  /// The Secrets it reads: in its namespace, or KEDA's for a ClusterTriggerAuthentication.
  public static func secretReferences(_ auth: TriggerAuthentication, kedaNamespace: String) -> [SecretReference] {
    let namespace = auth.isCluster ? kedaNamespace : (auth.metadata.namespace ?? "")
    return (auth.spec?.secretTargetRef ?? []).map { SecretReference(namespace: namespace, name: $0.name) }
  }

  /// Builds the summary; `secrets` says which referenced Secrets and keys exist.
  public init(
    _ auth: TriggerAuthentication, usedBy: [String]?, usedByNamespace: String? = nil, secrets: SecretChecks,
    kedaNamespace: String
  ) {
    let cluster = auth.isCluster
    namespace = cluster ? nil : auth.metadata.namespace
    name = auth.metadata.name
    kind = cluster ? "ClusterTriggerAuthentication" : "TriggerAuthentication"
    let secretNamespace = cluster ? kedaNamespace : (auth.metadata.namespace ?? "")
    let spec = auth.spec
    var sources: [Source] = []
    var missing: Set<String> = []
    var missingKeys: Set<MissingKey> = []
    var unchecked = false
    for ref in spec?.secretTargetRef ?? [] {
      let reference = SecretReference(namespace: secretNamespace, name: ref.name)
      let exists = secrets.exists(reference)
      if exists == nil { unchecked = true }
      let keyExists = secrets.hasKey(ref.key, in: reference)
      if exists == false { missing.insert("\(secretNamespace)/\(ref.name)") }
      if keyExists == false { missingKeys.insert(MissingKey(secret: "\(secretNamespace)/\(ref.name)", key: ref.key)) }
      sources.append(
        Source(
          type: "secret", parameter: ref.parameter, reference: "\(ref.name)/\(ref.key)", exists: exists,
          keyExists: keyExists))
    }
    for ref in spec?.configMapTargetRef ?? [] {
      sources.append(Source(type: "configMap", parameter: ref.parameter, reference: "\(ref.name)/\(ref.key)"))
    }
    for ref in spec?.env ?? [] {
      let container = ref.containerName.map { " in \($0)" } ?? ""
      sources.append(Source(type: "env", parameter: ref.parameter, reference: ref.name + container))
    }
    if let identity = spec?.podIdentity {
      let detail = [identity.roleArn, identity.identityId].compactMap { $0 }.first.map { " \($0)" } ?? ""
      sources.append(Source(type: "podIdentity", reference: identity.provider + detail))
    }
    let stores: [(String, TriggerAuthentication.SecretStore?)] = [
      ("hashiCorpVault", spec?.hashiCorpVault), ("azureKeyVault", spec?.azureKeyVault),
      ("awsSecretManager", spec?.awsSecretManager), ("gcpSecretManager", spec?.gcpSecretManager),
    ]
    for (type, store) in stores {
      guard let store else { continue }
      let place = store.address ?? store.vaultUri
      let secrets = store.secrets ?? []
      if secrets.isEmpty { sources.append(Source(type: type, reference: place ?? "")) }
      for secret in secrets {
        let reference = [place, secret.location].compactMap { $0 }.joined(separator: " ")
        sources.append(Source(type: type, parameter: secret.parameter, reference: reference))
      }
    }
    for token in spec?.boundServiceAccountToken ?? [] {
      sources.append(
        Source(type: "boundServiceAccountToken", parameter: token.parameter, reference: token.serviceAccountName))
    }
    self.sources = sources
    self.usedBy = usedBy?.sorted()
    self.usedByNamespace = cluster ? usedByNamespace : nil
    self.missingSecrets = unchecked ? nil : missing.sorted()
    self.missingKeys = unchecked ? nil : missingKeys.sorted()
  }

  /// `Secret shop/kafka-credentials not found`, `Secret shop/rabbitmq-conn has no key "host"`; nil when the
  /// Secrets could not be checked.
  public var problems: [String]? {
    guard let missingSecrets, let missingKeys else { return nil }
    return missingSecrets.map { "Secret \($0) not found" }
      + missingKeys.map { "Secret \($0.secret) has no key \"\($0.key)\"" }
  }
}
