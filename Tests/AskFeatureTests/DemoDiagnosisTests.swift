import AskFeature
import Foundation
import Testing

/// For every broken object of the demo, the top finding names the right root cause, asked in English and in
/// Japanese.
@Suite struct DemoDiagnosisTests {
  struct Case: Sendable, CustomStringConvertible {
    var question: String
    var namespace: String
    var object: String
    var reason: String
    var words: [String]
    var description: String { question }
  }

  static let cases: [Case] = [
    Case(
      question: "why is the recommender pod not running?", namespace: "shop",
      object: "Pod shop/recommender-6b8f7d9c5-x4hqd", reason: "NodeSelectorMismatch",
      words: ["arm64", "no node and no NodePool offers"]),
    Case(
      question: "recommenderのポッドが起動しないのはなぜ？", namespace: "shop",
      object: "Pod shop/recommender-6b8f7d9c5-x4hqd", reason: "NodeSelectorMismatch", words: ["arm64"]),
    Case(
      question: "why is metrics-server pending?", namespace: "kube-system",
      object: "Pod kube-system/metrics-server-5f8b7c6d94-p2w7n", reason: "UntoleratedTaint",
      words: ["CriticalAddonsOnly"]),
    Case(
      question: "metrics-serverがPendingのままです", namespace: "kube-system",
      object: "Pod kube-system/metrics-server-5f8b7c6d94-p2w7n", reason: "UntoleratedTaint",
      words: ["CriticalAddonsOnly"]),
    Case(
      question: "why does the worker deployment have no pods?", namespace: "batch", object: "Deployment batch/worker",
      reason: "FailedCreate", words: ["ServiceAccount", "queue-worker"]),
    Case(
      question: "workerデプロイメントのポッドが作られない", namespace: "batch", object: "Deployment batch/worker",
      reason: "FailedCreate", words: ["queue-worker"]),
    Case(
      question: "why is api failing?", namespace: "shop", object: "Pod shop/api-7d9f6b5c2-b7mtc",
      reason: "ConfigError", words: ["database-url", "api-config"]),
    Case(
      question: "apiのデプロイが失敗する理由は？", namespace: "shop", object: "Pod shop/api-7d9f6b5c2-b7mtc",
      reason: "ConfigError", words: ["database-url"]),
    Case(
      question: "checkout keeps restarting", namespace: "shop", object: "Pod shop/checkout-7b9f5d6c4-l4xzp",
      reason: "CrashLoopBackOff", words: ["app"]),
    Case(
      question: "checkoutが再起動を繰り返している", namespace: "shop", object: "Pod shop/checkout-7b9f5d6c4-l4xzp",
      reason: "CrashLoopBackOff", words: ["app"]),
    Case(
      question: "why is orders-consumer-scaler not scaling?", namespace: "shop",
      object: "ScaledObject shop/orders-consumer-scaler", reason: "TriggerFailing",
      words: ["keda/keda-operator", "secrets"]),
    Case(
      question: "orders-consumer-scalerがスケールしない", namespace: "shop",
      object: "ScaledObject shop/orders-consumer-scaler", reason: "TriggerFailing", words: ["secrets"]),
    Case(
      question: "why does legacy-gateway service not answer?", namespace: "shop", object: "Service shop/legacy-gateway",
      reason: "ServiceSelectsNothing", words: ["app=legacy-gateway"]),
    Case(
      question: "legacy-gatewayサービスにつながらない", namespace: "shop", object: "Service shop/legacy-gateway",
      reason: "ServiceSelectsNothing", words: ["app=legacy-gateway"]),
    Case(
      question: "legacy-cart-scaler", namespace: "shop", object: "ScaledObject shop/legacy-cart-scaler",
      reason: "ScaleTargetMissing", words: ["cart"]),
    Case(
      question: "why is media-processor stuck?", namespace: "shop", object: "PersistentVolumeClaim shop/media-uploads",
      reason: "ClaimPending", words: ["storage class"]),
    Case(
      question: "storefront rollout is stuck", namespace: "shop", object: "Pod shop/storefront-5b4d9c7f6-k2rvd",
      reason: "ImagePull", words: ["storefront:2.0.0-rc1"]),
    Case(
      question: "ml-training job pending", namespace: "batch", object: "Pod batch/ml-training-7xq2m",
      reason: "InsufficientResources", words: ["cpu"]),
    Case(
      question: "why can't pdf-export start?", namespace: "batch", object: "Deployment batch/pdf-export",
      reason: "FailedCreate", words: ["batch-compute"]),
    Case(
      question: "legacy-api ingress returns 503", namespace: "shop", object: "Ingress shop/legacy-api",
      reason: "IngressBackendMissing", words: ["legacy-api"]),
    Case(
      question: "why is search not ready?", namespace: "shop", object: "Pod shop/search-6c7f4b9d5-h6kzp",
      reason: "ReadinessProbeFailing", words: ["503"]),
    Case(
      question: "pdf-rendererのメモリ", namespace: "shop", object: "Pod shop/pdf-renderer-5f9c4d7b6-n6gwl",
      reason: "OOMKilled", words: ["256Mi"]),
    Case(
      question: "hpa api does not scale", namespace: "shop", object: "HorizontalPodAutoscaler shop/api",
      reason: "FailedGetResourceMetric", words: ["metrics-server"]),
    Case(
      question: "ノード ip-10-0-88-52 の状態は？", namespace: "shop",
      object: "Node ip-10-0-88-52.us-west-2.compute.internal", reason: "MemoryPressure", words: ["MemoryPressure"]),
    Case(
      question: "etl-runner-scaler", namespace: "batch", object: "ScaledObject batch/etl-runner-scaler",
      reason: "Paused", words: ["paused"]),
  ]

  @Test(arguments: cases)
  func topFindingNamesTheRootCause(_ item: Case) throws {
    let diagnosis = try DemoSnapshot.diagnose(item.question, namespace: item.namespace)
    let top = try #require(diagnosis.top, "no finding for \(item.question)")
    #expect(top.object.description == item.object, "\(top.object): \(top.title)")
    #expect(top.reason == item.reason, "\(top.reason): \(top.title)")
    let text = ([top.title] + top.evidence.map(\.text)).joined(separator: "\n")
    for word in item.words {
      #expect(text.contains(word), "\(word) missing from: \(text)")
    }
    #expect(!top.fix.summary.isEmpty)
  }

  @Test func aFindingAnotherAlreadySaysIsLeftOut() throws {
    // The trigger failure and the operator's RBAC denial read the same event and propose the same Role: one finding.
    let diagnosis = try DemoSnapshot.diagnose("the orders-consumer ScaledObject is not scaling", namespace: "shop")
    let scaler = diagnosis.findings.filter { $0.finding.object.name == "orders-consumer-scaler" }
    #expect(scaler.count == 1, "\(scaler.map(\.finding.reason))")
    #expect(diagnosis.findings.map(\.rank) == Array(1...diagnosis.findings.count), "ranks stay consecutive")
    for (index, item) in diagnosis.findings.enumerated() {
      for other in diagnosis.findings[(index + 1)...] {
        #expect(!(item.finding.object == other.finding.object && item.finding.fix == other.finding.fix))
      }
    }
  }

  @Test func aJobIsReplacedNotEdited() throws {
    // A Job's pod template cannot be changed once made: `kubectl edit` would be refused.
    let top = try #require(try DemoSnapshot.diagnose("ml-training job pending", namespace: "batch").top)
    #expect(!top.fix.commands.contains { $0.hasPrefix("kubectl edit") }, "\(top.fix.commands)")
    #expect(top.fix.commands.contains("kubectl replace --force -f job.yaml"), "\(top.fix.commands)")
    // A Deployment's still is, and can be rolled back.
    let storefront = try #require(try DemoSnapshot.diagnose("storefront rollout is stuck", namespace: "shop").top)
    #expect(storefront.fix.commands.contains { $0.hasPrefix("kubectl rollout undo deployment/storefront") })
  }

  @Test func scaledToZeroIsNotAProblem() throws {
    let diagnosis = try DemoSnapshot.diagnose("thumbnailer-scaler", namespace: "batch")
    #expect(diagnosis.findings.isEmpty, "\(diagnosis.findings.map(\.finding.title))")
  }

  @Test func healthReviewOfANamespaceRanksCausesFirst() throws {
    let diagnosis = try DemoSnapshot.diagnose("", namespace: "shop")
    #expect(diagnosis.subjects.isEmpty)
    #expect(diagnosis.findings.count > 10)
    let scores = diagnosis.findings.map(\.finding.rootCauseScore)
    #expect(scores.first ?? 0 >= scores.last ?? 0)
    let reasons = Set(diagnosis.findings.map(\.finding.reason))
    for reason in ["NodeSelectorMismatch", "ConfigError", "CrashLoopBackOff", "ServiceSelectsNothing", "Unavailable"] {
      #expect(reasons.contains(reason), "\(reason)")
    }
    let unavailable = try #require(diagnosis.findings.first { $0.finding.reason == "Unavailable" })
    let pending = try #require(diagnosis.findings.first { $0.finding.reason == "NodeSelectorMismatch" })
    #expect(pending.rank < unavailable.rank)
  }
}
