#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A Karpenter node class of any provider: AWS `EC2NodeClass` (`karpenter.k8s.aws`), EKS Auto Mode
/// `NodeClass` (`eks.amazonaws.com/v1`) or Azure `AKSNodeClass` (`karpenter.azure.com`). Only the fields lamp
/// shows are read; which provider it is comes from the kind it was listed as.
public struct NodeClass: KubeObject, Codable, Hashable {
  /// The kind; list items omit it, so whoever lists them sets it.
  public var kind: String?
  public var metadata: ObjectMeta
  public var spec: Spec?
  public var status: Status?

  public init(kind: String? = nil, metadata: ObjectMeta, spec: Spec? = nil, status: Status? = nil) {
    self.kind = kind
    self.metadata = metadata
    self.spec = spec
    self.status = status
  }

  /// `ec2nodeclasses.karpenter.k8s.aws` (v1, cluster scope).
  public static let ec2NodeClassKind = ResourceKind(
    group: "karpenter.k8s.aws", version: "v1", resource: "ec2nodeclasses", kind: "EC2NodeClass", namespaced: false)
  /// `nodeclasses.eks.amazonaws.com` (v1, cluster scope): EKS Auto Mode.
  public static let eksNodeClassKind = ResourceKind(
    group: "eks.amazonaws.com", version: "v1", resource: "nodeclasses", kind: "NodeClass", namespaced: false)
  /// `aksnodeclasses.karpenter.azure.com` (v1beta1, cluster scope).
  public static let aksNodeClassKind = ResourceKind(
    group: "karpenter.azure.com", version: "v1beta1", resource: "aksnodeclasses", kind: "AKSNodeClass",
    namespaced: false)

  /// The three providers' kinds, in display order.
  public static let allKinds = [ec2NodeClassKind, eksNodeClassKind, aksNodeClassKind]

  /// `spec`: the identity the nodes run as and the image they boot (whichever the provider has).
  public struct Spec: Codable, Sendable, Hashable {
    /// IAM role (EC2NodeClass, EKS NodeClass).
    public var role: String?
    public var instanceProfile: String?
    /// AMI family (EC2NodeClass v1beta1) or image family (AKSNodeClass: `Ubuntu2204`, `AzureLinux`).
    public var amiFamily: String?
    public var imageFamily: String?
    /// AKS: the subnet nodes join.
    public var vnetSubnetID: String?

    public init(
      role: String? = nil, instanceProfile: String? = nil, amiFamily: String? = nil, imageFamily: String? = nil,
      vnetSubnetID: String? = nil
    ) {
      self.role = role
      self.instanceProfile = instanceProfile
      self.amiFamily = amiFamily
      self.imageFamily = imageFamily
      self.vnetSubnetID = vnetSubnetID
    }
  }

  /// `status`.
  public struct Status: Codable, Sendable, Hashable {
    public var conditions: [StatusCondition]?
    public var instanceProfile: String?

    public init(conditions: [StatusCondition]? = nil, instanceProfile: String? = nil) {
      self.conditions = conditions
      self.instanceProfile = instanceProfile
    }
  }
}

extension NodeClass {
  /// `status.conditions`, empty when absent.
  public var conditions: [StatusCondition] { status?.conditions ?? [] }
}
