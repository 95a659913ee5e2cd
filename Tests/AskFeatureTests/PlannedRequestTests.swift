import AskFeature
import Foundation
import Testing

@Suite("a planned request as the user sees it before approving it")
struct PlannedRequestTests {
  @Test func jsonBodiesAreIndentedWithSortedKeys() {
    let body = #"{"spec":{"template":{"metadata":{"annotations":{"a/b":"2026-11-20T10:14:03Z"}}}},"kind":"Deployment"}"#
    var request = PlannedRequest(
      method: "PATCH", path: "/apis/apps/v1/namespaces/shop/deployments/web", body: Data(body.utf8),
      contentType: "application/strategic-merge-patch+json", query: ["fieldManager": "lamp", "dryRun": "All"])
    #expect(request.isWrite)
    #expect(
      request.display == """
        PATCH /apis/apps/v1/namespaces/shop/deployments/web?dryRun=All&fieldManager=lamp
        Content-Type: application/strategic-merge-patch+json
        {
          "kind" : "Deployment",
          "spec" : {
            "template" : {
              "metadata" : {
                "annotations" : {
                  "a/b" : "2026-11-20T10:14:03Z"
                }
              }
            }
          }
        }
        """)
    request.body = Data("kind: Deployment\nspec: {}\n".utf8)
    #expect(request.display.hasSuffix("\nkind: Deployment\nspec: {}\n"), "a body that is not JSON is shown as sent")
  }
}
