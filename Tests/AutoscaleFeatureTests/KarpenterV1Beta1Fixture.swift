/// A cluster with only Karpenter's v1beta1 API: CRDs, a pool without limits whose usage is written as
/// `1500m`, `1.5Gi` and `2e3`, a pool at its limit, and one NodeClaim.
enum KarpenterV1Beta1Fixture {
  static let yaml = """
    apiVersion: apiextensions.k8s.io/v1
    kind: CustomResourceDefinition
    metadata:
      name: nodepools.karpenter.sh
    spec:
      group: karpenter.sh
      names: {kind: NodePool, listKind: NodePoolList, plural: nodepools, singular: nodepool}
      scope: Cluster
      versions:
      - name: v1beta1
        served: true
        storage: true
        schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
        subresources: {status: {}}
    ---
    apiVersion: apiextensions.k8s.io/v1
    kind: CustomResourceDefinition
    metadata:
      name: nodeclaims.karpenter.sh
    spec:
      group: karpenter.sh
      names: {kind: NodeClaim, listKind: NodeClaimList, plural: nodeclaims, singular: nodeclaim}
      scope: Cluster
      versions:
      - name: v1beta1
        served: true
        storage: true
        schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
        subresources: {status: {}}
    ---
    apiVersion: karpenter.sh/v1beta1
    kind: NodePool
    metadata:
      name: general
      creationTimestamp: '2026-11-01T12:00:00Z'
    spec:
      disruption:
        consolidationPolicy: WhenUnderutilized
        expireAfter: 720h
      template:
        spec:
          nodeClassRef:
            apiVersion: karpenter.k8s.aws/v1beta1
            kind: EC2NodeClass
            name: default
          requirements:
          - key: kubernetes.io/arch
            operator: In
            values: [arm64, amd64]
    status:
      resources:
        cpu: 1500m
        memory: 1.5Gi
        pods: 2e3
    ---
    apiVersion: karpenter.sh/v1beta1
    kind: NodePool
    metadata:
      name: gpu
      creationTimestamp: '2026-11-10T12:00:00Z'
    spec:
      limits:
        cpu: '2'
        memory: 3Gi
      template:
        spec:
          nodeClassRef:
            apiVersion: karpenter.k8s.aws/v1beta1
            kind: EC2NodeClass
            name: gpu
    status:
      resources:
        cpu: 1500m
        memory: 1.5Gi
    ---
    apiVersion: karpenter.sh/v1beta1
    kind: NodeClaim
    metadata:
      name: general-abcde
      creationTimestamp: '2026-11-20T11:00:00Z'
      labels:
        karpenter.sh/nodepool: general
        node.kubernetes.io/instance-type: m7g.large
        karpenter.sh/capacity-type: spot
        topology.kubernetes.io/zone: eu-west-1a
    spec:
      nodeClassRef: {apiVersion: karpenter.k8s.aws/v1beta1, kind: EC2NodeClass, name: default}
    status:
      nodeName: ip-10-1-2-3
      conditions:
      - {type: Launched, status: 'True'}
      - {type: Registered, status: 'True'}
      - {type: Initialized, status: 'True'}
      - {type: Ready, status: 'True'}
      - {type: Empty, status: 'True'}
    """
}
