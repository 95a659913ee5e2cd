import KubeSim
import Testing

@Suite struct ScaleSpecTests {
  @Test func parsesTheBenchmarkSpec() throws {
    let spec = try ScaleSpec.parse("pods=20000,events=50000,nodes=500,namespaces=100,deployments=2000")
    #expect(spec.pods == 20_000)
    #expect(spec.events == 50_000)
    #expect(spec.nodes == 500)
    #expect(spec.namespaces == 100)
    #expect(spec.deployments == 2000)
    #expect(spec.nodepools == 5)
    #expect(spec.scaledObjects == 200)
  }

  @Test func derivesUnspecifiedKeysFromPods() throws {
    let spec = try ScaleSpec.parse("pods=20000")
    #expect(
      spec
        == ScaleSpec(
          pods: 20_000, events: 50_000, nodes: 500, namespaces: 100, deployments: 2000, nodepools: 5, scaledObjects: 200
        ))
    #expect(try ScaleSpec(pods: 20_000) == spec)
    let small = try ScaleSpec.parse("pods=10")
    #expect(small.deployments == 1 && small.namespaces == 1 && small.nodes == 1)
  }

  @Test func emptyTextGivesDefaults() throws {
    let spec = try ScaleSpec.parse("")
    #expect(spec.pods == 1000)
    #expect(spec.deployments == 100)
  }

  @Test func acceptsSpacesAndCamelCase() throws {
    let spec = try ScaleSpec.parse(" pods = 100 , scaledObjects=3,nodepools=1 ")
    #expect(spec.pods == 100)
    #expect(spec.scaledObjects == 3)
    #expect(spec.nodepools == 1)
  }

  @Test(arguments: [
    ("pods=abc", "\"abc\" for pods"), ("pods=-1", "\"-1\" for pods"), ("pods=1.5", "\"1.5\" for pods"),
    ("pods=", "\"\" for pods"), ("widgets=3", "unknown scale key \"widgets\""), ("pods", "expected key=value"),
    ("pods=1,pods=2", "\"pods\" given twice"), ("pods=10,,nodes=1", "empty item"),
    ("deployments=5,scaledobjects=6", "scaledobjects=6 exceeds deployments=5"),
    ("pods=5,deployments=0", "needs deployments >= 1"), ("pods=0,events=3", "events=3 needs pods >= 1"),
    ("pods=99999999", "out of range"), ("nodes=2,nodepools=3", "nodepools=3 needs at least as many nodes"),
    ("deployments=3,namespaces=0", "needs namespaces >= 1"),
  ])
  func rejects(text: String, expected: String) {
    #expect {
      _ = try ScaleSpec.parse(text)
    } throws: { error in
      (error as? ScaleSpecError)?.message.contains(expected) == true
    }
  }
}
