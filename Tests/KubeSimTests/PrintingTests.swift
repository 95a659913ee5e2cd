import Foundation
import KubeAPI
import Testing

@testable import KubeSim

@Suite("Printing and small pieces")
struct PrintingTests {
  @Test(
    arguments: [
      (0, "0s"), (59, "59s"), (119, "119s"), (125, "2m5s"), (600, "10m"), (3 * 3600 - 1, "179m"),
      (3 * 3600 + 60, "3h1m"), (9 * 3600, "9h"), (50 * 3600, "2d2h"), (10 * 86400, "10d"), (800 * 86400, "2y70d"),
    ] as [(Double, String)])
  func humanDurations(seconds: Double, text: String) {
    #expect(HumanDuration.format(seconds) == text)
  }

  @Test func printerJSONPath() throws {
    let object = try JSONValue.parse(
      Data(
        (#"{"metadata":{"labels":{"karpenter.sh/nodepool":"spot"}},"status":{"conditions":[{"type":"Ready","#
          + #""status":"False"}]},"spec":{"env":[{"name":"A"},{"name":"B"}]}}"#)
          .utf8))
    #expect(PrinterJSONPath.evaluate(#".metadata.labels.karpenter\.sh/nodepool"#, in: object) == [.string("spot")])
    #expect(
      PrinterJSONPath.evaluate(#".status.conditions[?(@.type=="Ready")].status"#, in: object) == [.string("False")])
    #expect(PrinterJSONPath.evaluate(".spec.env[*].name", in: object) == [.string("A"), .string("B")])
    #expect(PrinterJSONPath.evaluate(".spec.env[1].name", in: object) == [.string("B")])
  }

  @Test func podStatusReasons() throws {
    let pod = try JSONValue.parse(
      Data(
        (#"{"metadata":{"name":"p","creationTimestamp":"2026-11-20T11:00:00Z"},"spec":{"containers":[{"name":"a"},"#
          + #"{"name":"b"}]},"status":{"phase":"Running","containerStatuses":[{"name":"a","ready":true,"#
          + #""restartCount":0,"state":{"running":{}}},{"name":"b","ready":false,"restartCount":4,"#
          + #""state":{"waiting":{"reason":"CrashLoopBackOff"}},"#
          + #""lastState":{"terminated":{"finishedAt":"2026-11-20T11:58:00Z"}}}]}}"#)
          .utf8))
    let cells = PodPrinter.cells(pod, now: Date(timeIntervalSince1970: 1_795_176_000))
    #expect(
      cells.prefix(5) == [
        .string("p"), .string("1/2"), .string("CrashLoopBackOff"), .string("4 (2m ago)"), .string("60m"),
      ])
  }

  @Test func statusErrorsKeepKubeFieldOrder() {
    let error = StatusError.notFound(resource: "deployments", group: "apps", name: "web")
    #expect(
      String(decoding: error.body(), as: UTF8.self)
        == ((#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","#
          + #""message":"deployments.apps \"web\" not found","#)
          + #""reason":"NotFound","details":{"name":"web","group":"apps","kind":"deployments"},"#
          + #""code":404}"#)
    )
  }

  @Test func versionPriority() {
    let sorted = ["v1alpha1", "v2", "v1beta2", "v1", "v1beta1", "foo"].sorted {
      ResourceRegistry.versionPriority($0) > ResourceRegistry.versionPriority($1)
    }
    #expect(sorted == ["v2", "v1", "v1beta2", "v1beta1", "v1alpha1", "foo"])
  }
}
