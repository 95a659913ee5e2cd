import Testing

@testable import LampCommands

@Suite("the name lamp was started by")
struct InvocationTests {
  @Test func kubectlPluginNames() {
    #expect(Invocation.name(forExecutable: "/usr/local/bin/kubectl-lamp") == "kubectl lamp")
    #expect(Invocation.name(forExecutable: "kubectl-lamp") == "kubectl lamp")
    #expect(Invocation.name(forExecutable: "/opt/kubectl-lamp/lamp") == "lamp")
    #expect(Invocation.name(forExecutable: "./lamp") == "lamp")
    #expect(Invocation.name(forExecutable: "") == "lamp")
    #expect(Invocation.isCompletionHelper("/home/me/bin/kubectl_complete-lamp"))
    #expect(!Invocation.isCompletionHelper("/home/me/kubectl_complete-lamp/lamp"))
  }
}
