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

  @Test("read from the first bytes of a page: nothing until the head is in, then the next page or the end")
  func early() {
    let page =
      #"{"kind":"EventList","apiVersion":"events.k8s.io/v1","metadata":{"continue":"tok","resourceVersion":"9"},"items":[{"#
    let last = #"{"kind":"EventList","metadata":{"resourceVersion":"9"},"items":["#
    func next(_ text: String) -> ListPageHead.Next? {
      Array(text.utf8).withUnsafeBytes { ListPageHead.next(in: $0) }
    }
    let headEnd = page.utf8.count - #""items":[{"#.utf8.count
    for cut in 0..<headEnd {
      #expect(next(String(page.prefix(cut))) == nil, "\(cut) bytes hold no head yet")
    }
    #expect(next(page) == .page("tok"))
    #expect(next(last) == .end)
    #expect(next(#"{"items":["#) == nil, "items first: no head to read")
  }
}
