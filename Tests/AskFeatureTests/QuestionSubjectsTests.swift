import AskFeature
import Testing

@Suite struct QuestionSubjectsTests {
  static let candidates = [
    ObjectRef(kind: "Deployment", namespace: "shop", name: "web"),
    ObjectRef(kind: "Service", namespace: "shop", name: "web"),
    ObjectRef(kind: "Deployment", namespace: "shop", name: "orders-consumer"),
    ObjectRef(kind: "ScaledObject", namespace: "shop", name: "orders-consumer-scaler"),
    ObjectRef(kind: "Pod", namespace: "shop", name: "web-6d4cf56db6-9xkqz"),
    ObjectRef(kind: "Pod", namespace: "shop", name: "api-7d9f6b5c2-b7mtc"),
    ObjectRef(kind: "Node", namespace: "", name: "ip-10-0-12-34"),
  ]

  @Test func namesAtWordBoundariesOnly() {
    let subjects = QuestionSubjects.find("is the website up? what about webhooks", candidates: Self.candidates)
    #expect(subjects.objects.isEmpty)
    let web = QuestionSubjects.find("why is web slow?", candidates: Self.candidates)
    #expect(web.objects.map(\.kind) == ["Deployment", "Service"])
  }

  @Test func kindWordsNarrowSameNamedObjects() {
    let service = QuestionSubjects.find("the web service returns 503", candidates: Self.candidates)
    #expect(service.objects == [ObjectRef(kind: "Service", namespace: "shop", name: "web")])
    let japanese = QuestionSubjects.find("webのサービスにつながらない", candidates: Self.candidates)
    #expect(japanese.objects == [ObjectRef(kind: "Service", namespace: "shop", name: "web")])
    #expect(japanese.kinds == ["Service"])
  }

  @Test func namesInsideLongerNamesAreDropped() {
    let subjects = QuestionSubjects.find("orders-consumer-scalerがスケールしない", candidates: Self.candidates)
    #expect(subjects.objects == [ObjectRef(kind: "ScaledObject", namespace: "shop", name: "orders-consumer-scaler")])
    let pod = QuestionSubjects.find("logs of web-6d4cf56db6-9xkqz please", candidates: Self.candidates)
    #expect(pod.objects == [ObjectRef(kind: "Pod", namespace: "shop", name: "web-6d4cf56db6-9xkqz")])
  }

  @Test func kindWordAloneSelectsEveryObjectOfTheKind() {
    let subjects = QuestionSubjects.find("ノードは大丈夫？", candidates: Self.candidates)
    #expect(subjects.objects == [ObjectRef(kind: "Node", namespace: "", name: "ip-10-0-12-34")])
    #expect(QuestionSubjects.find("", candidates: Self.candidates).isEmpty)
  }

  @Test func namespacesNamedInTheQuestion() {
    let names = QuestionSubjects.namespaces(in: "shopのポッドが落ちる", among: ["batch", "default", "shop"])
    #expect(names == ["shop"])
    #expect(QuestionSubjects.namespaces(in: "shopping cart", among: ["shop"]).isEmpty)
  }
}
