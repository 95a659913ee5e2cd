import Formatters
import Testing

@Suite struct TreeRendererTests {
  let deployment = TreeNode(
    "Deployment/web", status: .ok,
    children: [
      TreeNode(
        "ReplicaSet/web-6d4cf56db6", status: .ok,
        children: [
          TreeNode("Pod/web-6d4cf56db6-abcde", status: .ok, annotations: ["on node a", "selected by svc/web"]),
          TreeNode(
            "Pod/web-6d4cf56db6-fghij", status: .error, annotations: ["on node b"],
            children: [TreeNode("Container/app", status: .error, annotations: ["CrashLoopBackOff"])]),
        ]),
      TreeNode("ReplicaSet/web-5c7b8", status: .muted),
    ])

  @Test func guidesAndAnnotations() {
    let expected = """
      Deployment/web
      ├─ ReplicaSet/web-6d4cf56db6
      │  ├─ Pod/web-6d4cf56db6-abcde  (on node a, selected by svc/web)
      │  └─ Pod/web-6d4cf56db6-fghij  (on node b)
      │     └─ Container/app  (CrashLoopBackOff)
      └─ ReplicaSet/web-5c7b8

      """
    #expect(TreeRenderer().render([deployment]) == expected)
  }

  @Test func annotationsAreCutToTheWidthButTheFirstIsNeverDropped() {
    let pod = TreeNode("Pod/checkout-l4xzp", status: .error, annotations: ["CrashLoopBackOff", "on node ip-10-0-1-2"])
    // Room to say something: cut to the width.
    #expect(TreeRenderer(width: 30).render([pod]) == "Pod/checkout-l4xzp  (CrashLoo…\n")
    // Too little room: the first note whole, past the edge, rather than no reason at all.
    #expect(TreeRenderer(width: 24).render([pod]) == "Pod/checkout-l4xzp  (CrashLoopBackOff, …)\n")
    #expect(
      TreeRenderer(width: 24).render([TreeNode("Pod/checkout-l4xzp", annotations: ["OOMKilled"])])
        == "Pod/checkout-l4xzp  (OOMKilled)\n")
  }

  @Test func groupsUnderHeadingsSkipEmptyOnes() {
    let output = TreeRenderer().render(groups: [
      (heading: "NAMESPACE default", roots: [TreeNode("Service/a"), TreeNode("Service/b")]),
      (heading: "NAMESPACE empty", roots: []),
      (heading: "NAMESPACE kube-system", roots: [TreeNode("DaemonSet/x", children: [TreeNode("Pod/x-1")])]),
    ])
    let expected = """
      NAMESPACE default
      Service/a
      Service/b

      NAMESPACE kube-system
      DaemonSet/x
      └─ Pod/x-1

      """
    #expect(output == expected)
  }

  @Test func labelsAreEscaped() {
    let node = TreeNode("Pod/\u{1B}[2Jx\ny", annotations: ["a\tb", ""])
    #expect(TreeRenderer().render([node]) == #"Pod/\x1b[2Jx\ny  (a\tb)"# + "\n")
  }

  @Test func colourOnlyWhenEnabled() {
    let node = TreeNode("Pod/a", status: .error, annotations: ["on node b"], children: [TreeNode("x", status: .ok)])
    #expect(!TreeRenderer().render([node]).contains("\u{1B}"))
    let coloured = TreeRenderer(style: TerminalStyle(enabled: true)).render([node])
    let expected = "\u{1B}[31mPod/a\u{1B}[0m  \u{1B}[2m(on node b)\u{1B}[0m\n└─ \u{1B}[32mx\u{1B}[0m\n"
    #expect(coloured == expected)
  }

  @Test func noColourWithNoColorEvenOnATerminal() {
    let style = TerminalStyle.detect(isTTY: true, environment: ["NO_COLOR": "1", "TERM": "xterm"])
    #expect(!TreeRenderer(style: style).render([deployment]).contains("\u{1B}"))
  }
}
