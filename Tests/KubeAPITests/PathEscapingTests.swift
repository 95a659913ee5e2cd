import KubeAPI
import Testing

@Suite("percent-encoding of path segments and query values")
struct PathEscapingTests {
  @Test func segmentsKeepNamesAsTheyAre() throws {
    #expect(
      try PathEscaping.segment("system:controller:job-controller", role: .name) == "system:controller:job-controller")
    #expect(try PathEscaping.segment("web-7d4b9c.v1_~a@b", role: .name) == "web-7d4b9c.v1_~a@b")
    #expect(try PathEscaping.segment("a b?c#d", role: .name) == "a%20b%3Fc%23d")
    #expect(try PathEscaping.segment("café", role: .namespace) == "caf%C3%A9")
  }

  @Test func queryValuesEscapeSelectorPunctuation() {
    #expect(PathEscaping.query("app in (web,api),tier!=db") == "app%20in%20%28web%2Capi%29%2Ctier%21%3Ddb")
    #expect(PathEscaping.query("status.phase=Pending") == "status.phase%3DPending")
    #expect(PathEscaping.query("a:b@c") == "a%3Ab%40c")
    #expect(PathEscaping.query("") == "")
  }

  @Test func namesAndNamespacesThatAreNoSegmentAreRefused() throws {
    let refusals: [(String, InvalidPathSegment.Role, String)] = [
      ("", .name, "resource name may not be empty"),
      ("", .namespace, "namespace may not be empty"),
      (".", .name, #"invalid resource name ".": may not be '.'"#),
      ("..", .namespace, #"invalid namespace "..": may not be '..'"#),
      ("a/b", .namespace, #"invalid namespace "a/b": may not contain '/'"#),
      ("../x", .name, #"invalid resource name "../x": may not contain '/'"#),
      ("a%2Fb", .name, #"invalid resource name "a%2Fb": may not contain '%'"#),
    ]
    for (text, role, message) in refusals {
      #expect(throws: InvalidPathSegment.self) { try PathEscaping.segment(text, role: role) }
      do {
        _ = try PathEscaping.segment(text, role: role)
      } catch {
        #expect(error.description == message)
      }
    }
    #expect(try PathEscaping.segment("...", role: .name) == "...")
  }

  @Test func pathsRefuseThem() throws {
    #expect(throws: InvalidPathSegment.self) { try ResourceKind.pods.objectPath(name: "..", namespace: "shop") }
    #expect(throws: InvalidPathSegment.self) { try ResourceKind.pods.collectionPath(namespace: "..") }
    // A cluster-scoped kind ignores the namespace, whatever it is.
    #expect(try ResourceKind.nodes.objectPath(name: "n1", namespace: "..") == "/api/v1/nodes/n1")
    #expect(
      try ResourceKind.pods.objectPath(name: "web-1", namespace: "shop", subresource: "log")
        == "/api/v1/namespaces/shop/pods/web-1/log")
  }
}
