#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A KEDA TriggerAuthentication or ClusterTriggerAuthentication (`keda.sh/v1alpha1`; same spec): where a
/// scaler's credentials come from. Only what lamp shows is read; secret values never appear here.
public struct TriggerAuthentication: KubeObject, Codable, Hashable {
  /// The kind; list items omit it, so whoever lists them sets it.
  public var kind: String?
  public var metadata: ObjectMeta
  public var spec: Spec?

  public init(kind: String? = nil, metadata: ObjectMeta, spec: Spec? = nil) {
    self.kind = kind
    self.metadata = metadata
    self.spec = spec
  }

  /// `triggerauthentications.keda.sh` (namespaced).
  public static let resourceKind = ResourceKind(
    group: "keda.sh", version: "v1alpha1", resource: "triggerauthentications", kind: "TriggerAuthentication",
    namespaced: true)
  /// `clustertriggerauthentications.keda.sh` (cluster scope; secrets live in KEDA's namespace).
  public static let clusterResourceKind = ResourceKind(
    group: "keda.sh", version: "v1alpha1", resource: "clustertriggerauthentications",
    kind: "ClusterTriggerAuthentication", namespaced: false)

  /// `spec`: the sources of the trigger's parameters.
  public struct Spec: Codable, Sendable, Hashable {
    public var secretTargetRef: [KeyReference]?
    public var configMapTargetRef: [KeyReference]?
    public var env: [EnvReference]?
    public var podIdentity: PodIdentity?
    public var hashiCorpVault: SecretStore?
    public var azureKeyVault: SecretStore?
    public var awsSecretManager: SecretStore?
    public var gcpSecretManager: SecretStore?
    public var boundServiceAccountToken: [ServiceAccountTokenReference]?

    public init(
      secretTargetRef: [KeyReference]? = nil, configMapTargetRef: [KeyReference]? = nil,
      env: [EnvReference]? = nil, podIdentity: PodIdentity? = nil, hashiCorpVault: SecretStore? = nil,
      azureKeyVault: SecretStore? = nil, awsSecretManager: SecretStore? = nil, gcpSecretManager: SecretStore? = nil,
      boundServiceAccountToken: [ServiceAccountTokenReference]? = nil
    ) {
      self.secretTargetRef = secretTargetRef
      self.configMapTargetRef = configMapTargetRef
      self.env = env
      self.podIdentity = podIdentity
      self.hashiCorpVault = hashiCorpVault
      self.azureKeyVault = azureKeyVault
      self.awsSecretManager = awsSecretManager
      self.gcpSecretManager = gcpSecretManager
      self.boundServiceAccountToken = boundServiceAccountToken
    }
  }

  /// A parameter read from one key of a Secret or ConfigMap.
  public struct KeyReference: Codable, Sendable, Hashable {
    public var parameter: String
    public var name: String
    public var key: String

    public init(parameter: String, name: String, key: String) {
      self.parameter = parameter
      self.name = name
      self.key = key
    }
  }

  /// A parameter read from an environment variable of the target's container.
  public struct EnvReference: Codable, Sendable, Hashable {
    public var parameter: String
    public var name: String
    public var containerName: String?

    public init(parameter: String, name: String, containerName: String? = nil) {
      self.parameter = parameter
      self.name = name
      self.containerName = containerName
    }
  }

  /// Workload identity: `aws`, `azure-workload`, `gcp`, `none`.
  public struct PodIdentity: Codable, Sendable, Hashable {
    public var provider: String
    public var identityId: String?
    public var roleArn: String?
    public var identityOwner: String?

    public init(provider: String, identityId: String? = nil, roleArn: String? = nil, identityOwner: String? = nil) {
      self.provider = provider
      self.identityId = identityId
      self.roleArn = roleArn
      self.identityOwner = identityOwner
    }
  }

  /// An external secret store (Vault, Azure Key Vault, AWS Secrets Manager, GCP Secret Manager).
  public struct SecretStore: Codable, Sendable, Hashable {
    /// Vault's address.
    public var address: String?
    /// Azure Key Vault's URI.
    public var vaultUri: String?
    /// Vault's auth method (`token`, `kubernetes`).
    public var authentication: String?
    public var secrets: [StoreSecret]?

    public init(
      address: String? = nil, vaultUri: String? = nil, authentication: String? = nil, secrets: [StoreSecret]? = nil
    ) {
      self.address = address
      self.vaultUri = vaultUri
      self.authentication = authentication
      self.secrets = secrets
    }
  }

  /// One secret of a store: Vault uses `path` + `key`, Azure/AWS `name`, GCP `id`.
  public struct StoreSecret: Codable, Sendable, Hashable {
    public var parameter: String
    public var name: String?
    public var id: String?
    public var path: String?
    public var key: String?

    public init(parameter: String, name: String? = nil, id: String? = nil, path: String? = nil, key: String? = nil) {
      self.parameter = parameter
      self.name = name
      self.id = id
      self.path = path
      self.key = key
    }

    /// Where the value is read from, in the store's own terms.
    public var location: String {
      if let path { return key.map { "\(path)#\($0)" } ?? path }
      return name ?? id ?? key ?? ""
    }
  }

  /// A token of a ServiceAccount bound to the trigger.
  public struct ServiceAccountTokenReference: Codable, Sendable, Hashable {
    public var parameter: String
    public var serviceAccountName: String

    public init(parameter: String, serviceAccountName: String) {
      self.parameter = parameter
      self.serviceAccountName = serviceAccountName
    }
  }
}

extension TriggerAuthentication {
  /// Whether this is a ClusterTriggerAuthentication (by kind, else by having no namespace).
  public var isCluster: Bool { (kind ?? "") == "ClusterTriggerAuthentication" || metadata.namespace == nil }
}
