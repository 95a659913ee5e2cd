import Foundation
import Testing

@testable import KubeClient

@Suite("ListPageHead: the next page's token, read before the page decodes")
struct ListPageHeadTests {
  @Test("the token of a page laid out as the API server writes it")
  func token() {
    let page =
      #"{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"7","continue":"abc=","remainingItemCount":3},"items":[{"metadata":{"name":"items"}}]}"#
    #expect(ListPageHead.continueToken(in: Data(page.utf8)) == "abc=")
    let spaced = "{\n  \"metadata\": {\"continue\": \"t2\"},\n  \"items\": []\n}"
    #expect(ListPageHead.continueToken(in: Data(spaced.utf8)) == "t2")
  }

  @Test(
    "no token: the last page, items first, or not a list at all",
    arguments: [
      #"{"kind":"PodList","metadata":{"resourceVersion":"7"},"items":[]}"#,
      #"{"kind":"PodList","metadata":{"resourceVersion":"7","continue":""},"items":[]}"#,
      #"{"items":[],"metadata":{"continue":"late"}}"#,
      #"{"kind":"Status","status":"Failure"}"#,
      #"not json "items": at all"#,
      "",
    ])
  func none(page: String) {
    #expect(ListPageHead.continueToken(in: Data(page.utf8)) == nil)
  }
}
