import EventsFeature
import Foundation
import KubeAPI
import Testing

@testable import AutoscaleFeature

/// Pure view-model arithmetic and state derivation, without a cluster.
@Suite struct SummarizerTests {
  func pool(_ name: String, limits: [String: String]?, resources: [String: String]) throws -> NodePool {
    try NodePool(
      metadata: ObjectMeta(name: name),
      spec: NodePool.Spec(limits: limits?.mapValues { try Quantity(parsing: $0) }),
      status: NodePool.Status(resources: resources.mapValues { try Quantity(parsing: $0) }))
  }

  @Test func usageIsExactForEverySuffix() throws {
    let snapshot = KarpenterSnapshot(
      apiVersion: "karpenter.sh/v1",
      nodePools: [
        try pool(
          "a", limits: ["cpu": "2", "memory": "3Gi", "pods": "4e3"],
          resources: ["cpu": "1500m", "memory": "1.5Gi", "pods": "2e3"]),
        try pool("b", limits: nil, resources: ["cpu": "1500m"]),
      ])
    let items = NodePoolSummarizer.summaries(snapshot)
    #expect(items[0].resources["cpu"]?.percent == 75)
    #expect(items[0].resources["memory"]?.percent == 50)
    #expect(items[0].resources["pods"]?.percent == 50)
    #expect(items[0].resources["memory"]?.used == Quantity(integer: 1_610_612_736))
    #expect(items[1].resources["cpu"]?.limit == nil)
    let table = NodePoolTable(now: Date())
    #expect(table.usage(items[0].resources["cpu"], resource: "cpu") == "1.5/2 (75%)")
    #expect(table.usage(items[0].resources["memory"], resource: "memory") == "1.5Gi/3Gi (50%)")
    #expect(table.usage(items[1].resources["cpu"], resource: "cpu") == "1.5/∞")
    // Limits beyond cpu and memory are shown too (wide), and a pool without conditions reads Unknown in JSON too.
    #expect(table.otherLimits(items[0].resources) == "pods 2000/4000 (50%)")
    #expect(table.otherLimits(items[1].resources) == "<none>")
    #expect(items[1].ready?.status == "Unknown")
  }

  @Test func percentRoundsDownSoAlmostFullIsNotFull() throws {
    #expect(ResourceText.percent(try Quantity(parsing: "999m"), of: Quantity(integer: 1)) == 99)
    #expect(ResourceText.percent(Quantity(integer: 1), of: .zero) == nil)
    #expect(ResourceText.cpu(try Quantity(parsing: "2e3")) == "2000")
    #expect(ResourceText.memory(try Quantity(parsing: "44349Mi")) == "43.3Gi")
    let cores = ["1500m": "1.5", "250m": "0.25", "1001m": "1.001", "-500m": "-0.5", "2": "2", "100u": "0.001"]
    for (text, shown) in cores { #expect(ResourceText.cpu(try Quantity(parsing: text)) == shown, "\(text)") }
    // Tenths as printf's %.1f rounds them: 1.25 is a tie, to even.
    let sizes = [
      "1280Mi": "1.2Gi", "1331Mi": "1.3Gi", "1536Mi": "1.5Gi", "1Ti": "1Ti", "1023": "1023", "2047Ki": "2Mi",
      "-5Gi": "-5Gi", "-1536Mi": "-1.5Gi", "100m": "100m", "1500m": "1500m",
    ]
    for (text, shown) in sizes { #expect(ResourceText.memory(try Quantity(parsing: text)) == shown, "\(text)") }
  }

  @Test func allowedValuesReadEveryOperator() throws {
    func allowed(_ requirements: [NodeSelectorRequirement]) -> [String] {
      var pool = NodePool(
        metadata: ObjectMeta(name: "p"),
        spec: NodePool.Spec(template: NodePool.Template(spec: NodePool.TemplateSpec(requirements: requirements))))
      pool.metadata.name = "p"
      return NodePoolSummarizer.allowed(pool).architectures
    }
    let arch = "kubernetes.io/arch"
    #expect(allowed([]) == ["any"])
    #expect(allowed([NodeSelectorRequirement(key: arch, operator: "DoesNotExist")]) == ["none"])
    #expect(allowed([NodeSelectorRequirement(key: arch, operator: "Exists")]) == ["any"])
    #expect(allowed([NodeSelectorRequirement(key: arch, operator: "NotIn", values: ["arm64"])]) == ["not arm64"])
    #expect(
      allowed([
        NodeSelectorRequirement(key: arch, operator: "In", values: ["amd64", "arm64"]),
        NodeSelectorRequirement(key: arch, operator: "NotIn", values: ["arm64"]),
      ]) == ["amd64"])
  }

  @Test func limitsLeftNeverGoBelowZero() throws {
    let over = try pool("x", limits: ["cpu": "16"], resources: ["cpu": "16500m"])
    let left = NodePoolFit.limitsLeft(of: over)
    #expect(left.first?.left == .zero)
  }

  @Test func scaledStatesFollowConditionsAndAnnotations() {
    func state(_ conditions: [(String, String)], annotations: [String: String] = [:], current: Int? = 1) -> ScaledState
    {
      ScaledSummarizer.state(
        ObjectMeta(name: "x", annotations: annotations),
        conditions: conditions.map { StatusCondition(type: $0.0, status: $0.1) }, current: current, fallback: 3,
        pausedCount: nil
      ).0
    }
    #expect(state([("Ready", "True"), ("Active", "True")]) == .active)
    #expect(state([("Ready", "True"), ("Active", "False")], current: 0) == .zero)
    #expect(state([("Ready", "True"), ("Active", "False")], current: 2) == .idle)
    #expect(state([("Ready", "False")]) == .error)
    #expect(state([("Ready", "True"), ("Fallback", "True")]) == .fallback)
    #expect(state([("Ready", "False")], annotations: ["autoscaling.keda.sh/paused-replicas": "0"]) == .paused)
    let noStatus = ScaledSummarizer.state(
      ObjectMeta(name: "x"), conditions: [], current: nil, fallback: nil, pausedCount: nil, targetUnusable: true)
    #expect(noStatus.0 == .error)
  }

  @Test func redactionHidesCredentials() {
    #expect(TriggerMetadataRedaction.redact(key: "password", value: "x") == "<redacted>")
    #expect(TriggerMetadataRedaction.redact(key: "accessKey", value: "x") == "<redacted>")
    #expect(TriggerMetadataRedaction.redact(key: "queueLength", value: "5") == "5")
    #expect(
      TriggerMetadataRedaction.redact(key: "host", value: "amqp://u:p@h:5672/v") == "amqp://u:<redacted>@h:5672/v")
  }

  @Test func redactionHidesHeaderAndSchemeCredentials() {
    func redact(_ key: String, _ value: String) -> String { TriggerMetadataRedaction.redact(key: key, value: value) }
    #expect(redact("customHeaders", "Authorization=Bearer HdrTok5") == "Authorization=<redacted>")
    #expect(
      redact("customHeaders", "X-Client-Id=cid,X-Auth-Token=t,Cookie=s,X-Tenant=Basic dTpw")
        == "X-Client-Id=cid,X-Auth-Token=<redacted>,Cookie=<redacted>,X-Tenant=Basic <redacted>")
    #expect(redact("customHeaders", "X-Scope-OrgID=tenant-a") == "X-Scope-OrgID=tenant-a")
    for key in ["authorization", "Authorization", "bearerToken", "token", "secret", "customAuthValue", "apiKey"] {
      #expect(redact(key, "x") == "<redacted>", "\(key)")
    }
    #expect(redact("query", "up{job=\"a\"} # Bearer abc.def, rest") == "up{job=\"a\"} # Bearer <redacted>, rest")
    #expect(redact("note", "bearer  abc") == "bearer  <redacted>")
    #expect(redact("note", "the basics of scaling") == "the basics of scaling")
    #expect(redact("passwordFromEnv", "RABBIT_PASSWORD") == "RABBIT_PASSWORD")
    #expect(redact("customAuthHeader", "X-Api-Key") == "X-Api-Key")
    // Other spellings of a credential's name, and credentials in a URL's query.
    for key in ["api_key", "API-KEY", "auth", "pwd", "db_pwd", "access.key", "sig"] {
      #expect(redact(key, "S7") == "<redacted>", "\(key)")
    }
    #expect(
      redact("url", "https://api.example.com/m?token=Secret3&x=1&api_key=K9#frag")
        == "https://api.example.com/m?token=<redacted>&x=1&api_key=<redacted>#frag")
    #expect(redact("url", "https://api.example.com/m?query=up&step=30") == "https://api.example.com/m?query=up&step=30")
    #expect(
      redact("blob", "https://s3.example.com/b?X-Amz-Credential=AK/x&X-Amz-Signature=ab12")
        == "https://s3.example.com/b?X-Amz-Credential=<redacted>&X-Amz-Signature=<redacted>")
    #expect(redact("authModes", "bearer") == "bearer", "a mode, not a credential")
    #expect(redact("query", "sum(x) > 3 ? 1 : 0") == "sum(x) > 3 ? 1 : 0", "not a URL")
  }
}
