import Foundation
import Testing

@testable import CurlHTTP

@Suite struct RequestRedactionTests {
  @Test func masksTokensInQueriesAndDropsUserInfo() {
    #expect(
      RequestRedaction.url("https://u:p@host:6443/api?token=abc&limit=5&id_token=x#f")
        == "https://host:6443/api?token=<masked>&limit=5&id_token=<masked>#f")
    #expect(RequestRedaction.url("https://host/api/v1/pods?limit=500") == "https://host/api/v1/pods?limit=500")
    #expect(RequestRedaction.url("http://user:pw@proxy:3128") == "http://proxy:3128")
  }

  @Test func masksCredentialHeaders() {
    #expect(RequestRedaction.headerValue(name: "Authorization", value: "Bearer abc.def") == "Bearer <masked>")
    #expect(RequestRedaction.headerValue(name: "authorization", value: "Basic dXNlcjpwdw==") == "Basic <masked>")
    #expect(RequestRedaction.headerValue(name: "Authorization", value: "opaque") == "<masked>")
    #expect(RequestRedaction.headerValue(name: "Set-Cookie", value: "a=b") == "<masked>")
    #expect(RequestRedaction.headerValue(name: "X-Auth-Token", value: "t") == "<masked>")
    #expect(RequestRedaction.headerValue(name: "X-Client-Secret", value: "s") == "<masked>")
    #expect(RequestRedaction.headerValue(name: "Accept", value: "application/json") == "application/json")
  }

  @Test func recognisesSecretBodies() {
    #expect(RequestRedaction.mayContainSecret(path: "https://h/api/v1/namespaces/a/secrets/b", body: nil))
    #expect(!RequestRedaction.mayContainSecret(path: "https://h/api/v1/pods?x=/secrets", body: nil))
    #expect(RequestRedaction.mayContainSecret(path: "https://h/x", body: Data(#"{"kind":"SecretList"}"#.utf8)))
    #expect(!RequestRedaction.mayContainSecret(path: "https://h/x", body: Data(#"{"kind":"Pod"}"#.utf8)))
  }
}
