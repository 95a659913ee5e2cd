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

  @Test func aNameBeforeAKindWordIsTheSubject() {
    let subjects = QuestionSubjects.find("why is the orders-consumer deployment stuck", candidates: Self.candidates)
    #expect(subjects.objects == [ObjectRef(kind: "Deployment", namespace: "shop", name: "orders-consumer")])
    let plain = QuestionSubjects.find(
      "why is the recommender deployment stuck",
      candidates: Self.candidates + [ObjectRef(kind: "Deployment", namespace: "shop", name: "recommender")])
    #expect(plain.objects == [ObjectRef(kind: "Deployment", namespace: "shop", name: "recommender")])
    #expect(plain.notFound.isEmpty)
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

  @Test func wordsThatLookLikeNamesButNameNothing() {
    func notFound(_ question: String) -> [String] {
      QuestionSubjects.find(question, candidates: Self.candidates, namespaces: ["shop", "kube-system"]).notFound
    }
    #expect(notFound("why is pod nonexistent-xyz pending") == ["nonexistent-xyz"])
    #expect(notFound("why is ml-training pending?") == ["ml-training"])
    #expect(notFound("is the node ip-10-0-99-1. ok") == ["ip-10-0-99-1"])
    #expect(notFound("why is deployment checkout failing") == ["checkout"])
    #expect(notFound("deploy/checkout and the pod named cart") == ["checkout", "cart"])
    #expect(notFound("checkoutが再起動を繰り返しているのはなぜ？") == ["checkout"])
    #expect(notFound("metrics-serverがPendingのままです") == ["metrics-server"])
    // Found names, namespaces, kind words and ordinary words are not reported.
    #expect(notFound("logs of web-6d4cf56db6-9xkqz please").isEmpty)
    #expect(notFound("the web service returns 503 in kube-system").isEmpty)
    #expect(notFound("why is my pod crash-looping and out-of-memory, e.g. at 512Mi or v1.28?").isEmpty)
    #expect(notFound("the pod is not running: pods keep failing").isEmpty)
    // A plain word right before a kind word names the object, found or not; ordinary words there do not.
    #expect(notFound("why is the recommender pod not running") == ["recommender"])
    #expect(notFound("why is the new pod not running on each node?").isEmpty)
    #expect(notFound("pending on kubernetes.io/arch=arm64 with image nginx:1.25, app=web-2").isEmpty)
    #expect(notFound("ノードは大丈夫？").isEmpty)
  }

  @Test func aKindWordWithANameNotFoundIsNotEveryObjectOfTheKind() {
    let subjects = QuestionSubjects.find("why is pod nonexistent-xyz pending", candidates: Self.candidates)
    #expect(subjects.objects.isEmpty)
    #expect(subjects.kinds == ["Pod"])
    let all = QuestionSubjects.find("are the pods ok?", candidates: Self.candidates)
    #expect(all.objects.count == 2)
  }
}
