import Testing

@testable import MapFeature

@Suite struct EdgeTypeTests {
  @Test func rawValuesAreTheDocumentedNames() {
    #expect(EdgeType.allCases.map(\.rawValue) == [
      "owns", "selects", "routes", "runs-on", "mounts", "uses", "binds", "scales", "provisions", "class",
    ])
  }
}
