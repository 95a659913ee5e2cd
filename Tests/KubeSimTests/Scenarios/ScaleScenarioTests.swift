import Foundation
import KubeAPI
import Testing

@testable import KubeSim

@Suite struct ScaleScenarioTests {
  private let now = Date(timeIntervalSince1970: 1_795_176_000)
  private let spec = ScaleSpec(
    pods: 600, events: 1500, nodes: 15, namespaces: 4, deployments: 60, nodepools: 3, scaledObjects: 6)

  private func count(_ objects: [JSONValue]) -> [String: Int] {
    objects.reduce(into: [:]) { counts, object in counts[object["kind"]?.stringValue ?? "", default: 0] += 1 }
  }

  @Test func countsMatchTheSpec() {
    let counts = count(ScaleScenario(spec: spec).objects(now: now))
    #expect(counts["Pod"] == 600)
    #expect(counts["Event"] == 1500)
    #expect(counts["Node"] == 15)
    #expect(counts["NodeClaim"] == 15)
    #expect(counts["NodePool"] == 3)
    #expect(counts["Namespace"] == 4)
    #expect(counts["Deployment"] == 60)
    #expect(counts["ReplicaSet"] == 60)
    #expect(counts["Service"] == 60)
    #expect(counts["ScaledObject"] == 6)
    #expect(counts["HorizontalPodAutoscaler"] == 6)
  }

  @Test func sameSeedSameBytes() throws {
    let first = try ScaleScenario(spec: spec, seed: 7).objects(now: now).map { try $0.encoded() }
    let second = try ScaleScenario(spec: spec, seed: 7).objects(now: now).map { try $0.encoded() }
    let other = try ScaleScenario(spec: spec, seed: 8).objects(now: now).map { try $0.encoded() }
    #expect(first == second)
    #expect(first != other)
  }

  @Test func referencesAreConsistent() throws {
    let objects = ScaleScenario(spec: spec).objects(now: now)
    var uids = Set<String>()
    var keys = Set<String>()
    var byUID = [String: JSONValue]()
    for object in objects {
      let uid = try #require(object[path: ["metadata", "uid"]]?.stringValue)
      #expect(uids.insert(uid).inserted)
      byUID[uid] = object
      let key = [
        object["kind"]?.stringValue, object[path: ["metadata", "namespace"]]?.stringValue,
        object[path: ["metadata", "name"]]?.stringValue,
      ].map { $0 ?? "" }.joined(separator: "/")
      #expect(keys.insert(key).inserted, "duplicate \(key)")
    }
    let namespaces = Set(
      objects.filter { $0["kind"]?.stringValue == "Namespace" }.compactMap {
        $0[path: ["metadata", "name"]]?.stringValue
      })
    let nodes = Set(
      objects.filter { $0["kind"]?.stringValue == "Node" }.compactMap { $0[path: ["metadata", "name"]]?.stringValue })
    for object in objects {
      if let namespace = object[path: ["metadata", "namespace"]]?.stringValue {
        #expect(namespaces.contains(namespace))
      }
      for owner in object[path: ["metadata", "ownerReferences"]]?.arrayValue ?? [] {
        let target = byUID[owner["uid"]?.stringValue ?? ""]
        #expect(
          target?[path: ["metadata", "name"]] == owner["name"], "owner of \(object[path: ["metadata", "name"]]!)")
        #expect(target?["kind"] == owner["kind"])
      }
      if let node = object[path: ["spec", "nodeName"]]?.stringValue { #expect(nodes.contains(node)) }
      if object["kind"]?.stringValue == "Event" {
        let uid = object[path: ["involvedObject", "uid"]]?.stringValue ?? ""
        #expect(byUID[uid]?["kind"]?.stringValue == "Pod")
      }
    }
  }

  @Test func somePodsArePendingWithSchedulerEvents() throws {
    let objects = ScaleScenario(spec: try ScaleSpec.parse("pods=3000,events=8000")).objects(now: now)
    let pending = objects.filter {
      $0["kind"]?.stringValue == "Pod" && $0[path: ["status", "phase"]]?.stringValue == "Pending"
    }
    #expect(pending.count > 45 && pending.count < 150)
    let failed = Set(
      objects.filter { $0["reason"]?.stringValue == "FailedScheduling" }.compactMap {
        $0[path: ["involvedObject", "name"]]?.stringValue
      })
    for pod in pending {
      #expect(failed.contains(pod[path: ["metadata", "name"]]?.stringValue ?? ""))
    }
    let crashing = objects.filter {
      $0[path: ["status", "containerStatuses"]]?.arrayValue?.first?[path: ["state", "waiting", "reason"]]?.stringValue
        == "CrashLoopBackOff"
    }
    #expect(!crashing.isEmpty)
    let oldStyle = objects.filter { $0["kind"]?.stringValue == "Event" && $0["count"] != nil }
    let newStyle = objects.filter { $0["kind"]?.stringValue == "Event" && $0["eventTime"]?.stringValue != nil }
    #expect(!oldStyle.isEmpty && !newStyle.isEmpty)
    let pool = try #require(objects.first { $0["kind"]?.stringValue == "NodePool" })
    #expect(pool[path: ["status", "resources", "cpu"]] == pool[path: ["spec", "limits", "cpu"]])
  }

  @Test func podsAreAboutFourKilobytes() throws {
    let objects = ScaleScenario(spec: spec).objects(now: now)
    let sizes = try objects.filter { $0["kind"]?.stringValue == "Pod" }.map { try $0.encoded().count }
    let average = sizes.reduce(0, +) / sizes.count
    #expect(average > 3500 && average < 6000)
  }

  @Test func clusterWithoutNodesHasOnlyPendingPods() throws {
    let objects = ScaleScenario(spec: try ScaleSpec.parse("pods=20,nodes=0,nodepools=0,events=30")).objects(now: now)
    let pods = objects.filter { $0["kind"]?.stringValue == "Pod" }
    #expect(pods.count == 20)
    #expect(pods.allSatisfy { $0[path: ["status", "phase"]]?.stringValue == "Pending" })
    #expect(objects.filter { $0["kind"]?.stringValue == "Event" }.count == 30)
  }

  // How fast it generates is bench/sim's job; a timed test would fail on a loaded machine.
  @Test func benchmarkSizeGenerates() throws {
    let spec = try ScaleSpec.parse("pods=20000,events=50000,nodes=500,namespaces=100,deployments=2000")
    let objects = ScaleScenario(spec: spec).objects(now: now)
    #expect(objects.count > 70_000)
    #expect(objects.filter { $0["kind"]?.stringValue == "Pod" }.count == 20_000)
  }
}
