import Foundation
import KubeAPI
import Testing

/// Decoding of the Karpenter, KEDA and HPA models from wire JSON shaped like the real objects.
@Suite struct AutoscalingModelTests {
  private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try KubeJSON.decoder().decode(type, from: Data(json.utf8))
  }

  @Test func nodePoolV1ReadsDisruptionLimitsAndStatus() throws {
    let pool = try decode(
      NodePool.self,
      """
      {"metadata":{"name":"batch"},"spec":{"weight":10,"limits":{"cpu":"1000","memory":"1000Gi"},
       "disruption":{"consolidationPolicy":"WhenEmptyOrUnderutilized","consolidateAfter":"1m",
         "budgets":[{"nodes":"10%"},{"nodes":"0","schedule":"0 9 * * mon-fri","duration":"8h","reasons":["Underutilized"]}]},
       "template":{"spec":{"nodeClassRef":{"group":"karpenter.k8s.aws","kind":"EC2NodeClass","name":"default"}}}},
       "status":{"resources":{"cpu":"1500m","memory":"1.5Gi","pods":"2e3"},
         "conditions":[{"type":"Ready","status":"False","reason":"NodeClassNotReady","message":"x"}]}}
      """)
    #expect(pool.spec?.disruption?.budgets?.count == 2)
    #expect(pool.spec?.disruption?.budgets?[1].reasons == ["Underutilized"])
    #expect(pool.limits["cpu"] == Quantity(integer: 1000))
    #expect(pool.provisioned["cpu"] == Quantity(milli: 1500))
    #expect(pool.provisioned["memory"] == Quantity(integer: 1_610_612_736))
    #expect(pool.provisioned["pods"] == Quantity(integer: 2000))
    #expect(pool.conditions.condition("Ready")?.reason == "NodeClassNotReady")
    #expect(pool.spec?.template?.spec?.nodeClassRef?.resolvedGroup == "karpenter.k8s.aws")
  }

  @Test func nodePoolV1Beta1NodeClassRefUsesAPIVersion() throws {
    let pool = try decode(
      NodePool.self,
      """
      {"metadata":{"name":"old"},"spec":{"disruption":{"consolidationPolicy":"WhenUnderutilized"},
       "template":{"spec":{"nodeClassRef":{"apiVersion":"karpenter.k8s.aws/v1beta1","kind":"EC2NodeClass","name":"x"}}}}}
      """)
    #expect(pool.spec?.template?.spec?.nodeClassRef?.resolvedGroup == "karpenter.k8s.aws")
    #expect(pool.limits.isEmpty)
  }

  @Test func nodeClaimReadsPoolConditionsAndNode() throws {
    let claim = try decode(
      NodeClaim.self,
      """
      {"metadata":{"name":"spot-2bq8n","labels":{"karpenter.sh/nodepool":"spot"}},
       "spec":{"resources":{"requests":{"cpu":"3150m"}}},
       "status":{"nodeName":"ip-1","allocatable":{"cpu":"7910m"},
         "conditions":[{"type":"Drifted","status":"True","reason":"AMIDrift"},
           {"type":"Launched","status":"True","lastTransitionTime":"2026-11-20T07:37:33Z"}]}}
      """)
    #expect(claim.nodePoolName == "spot")
    #expect(claim.conditions.condition("Drifted")?.isTrue == true)
    #expect(claim.status?.allocatable?["cpu"] == Quantity(milli: 7910))
    #expect(claim.conditions.condition("Launched")?.lastTransitionTime != nil)
  }

  @Test func nodeClassReadsEveryProvider() throws {
    let aks = try decode(
      NodeClass.self, #"{"metadata":{"name":"default"},"spec":{"imageFamily":"AzureLinux","vnetSubnetID":"/s/x"}}"#)
    #expect(aks.spec?.imageFamily == "AzureLinux")
    let eks = try decode(
      NodeClass.self,
      #"{"metadata":{"name":"default"},"spec":{"role":"r"},"status":{"conditions":[{"type":"Ready","status":"True"}]}}"#
    )
    #expect(eks.conditions.condition("Ready")?.isTrue == true)
    #expect(NodeClass.allKinds.map(\.kind) == ["EC2NodeClass", "NodeClass", "AKSNodeClass"])
  }

  @Test func scaledObjectReadsTriggersHealthAndFallback() throws {
    let object = try decode(
      ScaledObject.self,
      """
      {"metadata":{"name":"web-scaler","namespace":"shop"},
       "spec":{"minReplicaCount":2,"maxReplicaCount":20,"scaleTargetRef":{"name":"web"},
         "fallback":{"failureThreshold":3,"replicas":6},
         "triggers":[{"type":"prometheus","authenticationRef":{"name":"prometheus-auth"},
           "metadata":{"threshold":"50"}}]},
       "status":{"hpaName":"keda-hpa-web-scaler","health":{"s0-prometheus":{"numberOfFailures":4,"status":"Failing"}},
         "conditions":[{"type":"Fallback","status":"True","reason":"FallbackExists"}]}}
      """)
    #expect(object.spec?.scaleTargetRef?.resolvedKind == "Deployment")
    #expect(object.triggers.first?.authenticationRef?.resolvedKind == "TriggerAuthentication")
    #expect(object.status?.health?["s0-prometheus"]?.numberOfFailures == 4)
    #expect(object.spec?.fallback?.replicas == 6)
    #expect(object.conditions.condition("Fallback")?.isTrue == true)
  }

  @Test func scaledJobReadsClusterAuthenticationRef() throws {
    let job = try decode(
      ScaledJob.self,
      """
      {"metadata":{"name":"invoice-processor","namespace":"batch"},"spec":{"maxReplicaCount":10,
       "triggers":[{"type":"rabbitmq","authenticationRef":{"kind":"ClusterTriggerAuthentication","name":"rmq"}}]}}
      """)
    #expect(job.triggers.first?.authenticationRef?.isCluster == true)
  }

  @Test func triggerAuthenticationReadsEverySource() throws {
    let auth = try decode(
      TriggerAuthentication.self,
      """
      {"metadata":{"name":"a","namespace":"shop"},"spec":{
       "secretTargetRef":[{"parameter":"host","name":"rabbitmq-conn","key":"host"}],
       "env":[{"parameter":"region","name":"AWS_REGION"}],
       "podIdentity":{"provider":"aws","roleArn":"arn:aws:iam::1:role/r"},
       "hashiCorpVault":{"address":"https://vault:8200","authentication":"kubernetes",
         "secrets":[{"parameter":"password","path":"secret/data/db","key":"password"}]},
       "azureKeyVault":{"vaultUri":"https://v.vault.azure.net","secrets":[{"parameter":"c","name":"conn"}]}}}
      """)
    #expect(auth.spec?.secretTargetRef?.first?.name == "rabbitmq-conn")
    #expect(auth.spec?.podIdentity?.provider == "aws")
    #expect(auth.spec?.hashiCorpVault?.secrets?.first?.location == "secret/data/db#password")
    #expect(auth.spec?.azureKeyVault?.secrets?.first?.location == "conn")
    #expect(auth.isCluster == false)
  }

  @Test func horizontalPodAutoscalerReadsMetricsAndTolerateEmptyStatusEntries() throws {
    let hpa = try decode(
      HorizontalPodAutoscaler.self,
      """
      {"metadata":{"name":"keda-hpa-web-scaler","namespace":"shop"},
       "spec":{"maxReplicas":20,"minReplicas":2,"scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"web"},
         "metrics":[{"type":"External","external":{"metric":{"name":"s0-prometheus"},
           "target":{"type":"AverageValue","averageValue":"50"}}}]},
       "status":{"currentReplicas":4,"desiredReplicas":4,
         "currentMetrics":[{"type":"External","external":{"metric":{"name":"s0-prometheus"},
           "current":{"averageValue":"61250m"}}},{"type":""}],
         "conditions":[{"type":"ScalingActive","status":"True","reason":"ValidMetricFound"}]}}
      """)
    #expect(hpa.spec?.metrics?.first?.name == "s0-prometheus")
    #expect(hpa.status?.currentMetrics?.first?.source?.current?.display == "61250m")
    #expect(hpa.status?.currentMetrics?.last?.name == nil)
    #expect(hpa.conditions.condition("ScalingActive")?.reason == "ValidMetricFound")
  }
}
