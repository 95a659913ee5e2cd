import EventsFeature
import Foundation
import Testing

@Suite("demo dump")
struct DumpTests {
  @Test func dump() throws {
    let snapshot = try DemoCluster.snapshot()
    for finding in PendingClassifier.classify(snapshot) {
      print("FINDING", finding.kind, finding.namespace, finding.name, finding.reason.rawValue, "|", finding.explanation)
      for e in finding.evidence { print("   ", e) }
    }
  }
}
