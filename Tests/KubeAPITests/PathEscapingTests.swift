import KubeAPI
import Testing

@Suite("percent-encoding of path segments and query values")
struct PathEscapingTests {
  @Test func segmentsKeepNamesAsTheyAre() {
    #expect(PathEscaping.segment("system:controller:job-controller") == "system:controller:job-controller")
    #expect(PathEscaping.segment("web-7d4b9c.v1_~a@b") == "web-7d4b9c.v1_~a@b")
    #expect(PathEscaping.segment("a b/c?d#e%") == "a%20b%2Fc%3Fd%23e%25")
    #expect(PathEscaping.segment("café") == "caf%C3%A9")
  }

  @Test func queryValuesEscapeSelectorPunctuation() {
    #expect(PathEscaping.query("app in (web,api),tier!=db") == "app%20in%20%28web%2Capi%29%2Ctier%21%3Ddb")
    #expect(PathEscaping.query("status.phase=Pending") == "status.phase%3DPending")
    #expect(PathEscaping.query("a:b@c") == "a%3Ab%40c")
    #expect(PathEscaping.query("") == "")
  }
}
