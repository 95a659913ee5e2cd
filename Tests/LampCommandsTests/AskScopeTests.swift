import Foundation
import LampCommands
import LampTestSupport
import Testing

/// Where `lamp ask` looks: a name not in the context's namespace is looked for in every namespace, a name found
/// nowhere is said so, and a namespace that does not exist is warned about. The demo's context namespace is
/// `default`, which holds only the pod debug-shell.
@Suite("lamp ask scope")
struct AskScopeTests {
  struct Document: Decodable {
    struct Object: Decodable, Equatable {
      var kind: String
      var namespace: String
      var name: String
    }
    struct Item: Decodable {
      var reason: String
      var object: Object
    }
    var namespace: String?
    var subjects: [Object]
    var notFound: [String]
    var findings: [Item]
    var warnings: [String]
  }

  static func document(_ result: LampResult) throws -> Document {
    try JSONDecoder().decode(Document.self, from: Data(result.stdout.utf8))
  }

  @Test("a name that is not in the context's namespace is found in its own, with the right cause")
  func lookEverywhere() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let pod = await LampRunner.run(["ask", "why is pod web-6d4cf56db6-9xkqz pending"], kubeconfig: kubeconfig)
    #expect(pod.code == 0, "\(pod.stderr)")
    #expect(pod.stdout.hasPrefix("About: Pod shop/web-6d4cf56db6-9xkqz\n"), "\(pod.stdout)")
    #expect(!pod.stdout.contains("debug-shell"))
    #expect(!pod.stdout.contains("No problem found"))

    for (question, object, reason) in [
      ("why is ml-training pending?", "ml-training", "Job"),
      ("why is media-processor pending?", "media-processor", "Deployment"),
      ("why can't metrics-server start", "metrics-server", "Deployment"),
    ] {
      let result = await LampRunner.run(["ask", question, "-o", "json"], kubeconfig: kubeconfig)
      #expect(result.code == 0, "\(result.stderr)")
      let document = try Self.document(result)
      #expect(document.subjects.contains { $0.name == object && $0.kind == reason }, "\(question)")
      #expect(document.notFound.isEmpty)
      let top = try #require(document.findings.first, "\(question)")
      #expect(top.object.namespace != "default", "\(question)")
    }

    // README's example: the question names no namespace, checkout is found in shop.
    let japanese = await LampRunner.run(
      ["ask", "checkoutが再起動を繰り返しているのはなぜ？", "-o", "json"], kubeconfig: kubeconfig)
    #expect(japanese.code == 0, "\(japanese.stderr)")
    let crash = try Self.document(japanese)
    #expect(crash.subjects.contains(.init(kind: "Deployment", namespace: "shop", name: "checkout")))
    #expect(crash.findings.first?.reason == "CrashLoopBackOff")
  }

  @Test("a name found nowhere is said so, before a review that does not claim the user named its objects")
  func notFound() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let chosen = await LampRunner.run(
      ["ask", "why is pod nonexistent-xyz pending", "-n", "shop"], kubeconfig: kubeconfig)
    #expect(chosen.code == 0, "\(chosen.stderr)")
    let lines = chosen.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == #"Nothing named "nonexistent-xyz" in namespace shop (-A looks in every namespace)."#)
    #expect(lines.dropFirst().first == "Health review of namespace shop")
    #expect(!chosen.stdout.contains("About:"))

    let json = await LampRunner.run(
      ["ask", "why is pod nonexistent-xyz pending", "-n", "shop", "-o", "json"], kubeconfig: kubeconfig)
    let document = try Self.document(json)
    #expect(document.notFound == ["nonexistent-xyz"])
    #expect(document.subjects.isEmpty)

    let anywhere = await LampRunner.run(["ask", "why is pod nonexistent-xyz pending"], kubeconfig: kubeconfig)
    #expect(anywhere.code == 0, "\(anywhere.stderr)")
    #expect(anywhere.stdout.hasPrefix(#"Nothing named "nonexistent-xyz" in any namespace."# + "\n"))
    #expect(anywhere.stdout.contains("Health review of namespace default"))
    #expect(!anywhere.stdout.contains("on these objects"))
  }

  @Test("a ConfigMap or Secret named in a question is what reads or serves it, not a name found nowhere")
  func namedConfiguration() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    // The api pod reads the ConfigMap and lacks one of its keys; ask, from namespace default, finds it in shop.
    let config = await LampRunner.run(["ask", "is the configmap api-config ok", "-o", "json"], kubeconfig: kubeconfig)
    #expect(config.code == 0, "\(config.stderr)")
    let document = try Self.document(config)
    #expect(document.notFound.isEmpty)
    #expect(document.subjects == [.init(kind: "ConfigMap", namespace: "shop", name: "api-config")])
    let top = try #require(document.findings.first)
    #expect(top.object == .init(kind: "Pod", namespace: "shop", name: "api-7d9f6b5c2-b7mtc"), "\(top)")
    let text = await LampRunner.run(["ask", "is the configmap api-config ok"], kubeconfig: kubeconfig)
    #expect(text.stdout.hasPrefix("About: ConfigMap shop/api-config\n"), "\(text.stdout)")
    #expect(!text.stdout.contains("Nothing named"))
    // A Secret nothing refers to is still known by name (read as metadata only, never its values).
    let secret = await LampRunner.run(["ask", "why is payments-tls broken", "-o", "json"], kubeconfig: kubeconfig)
    let named = try Self.document(secret)
    #expect(named.notFound.isEmpty)
    #expect(named.subjects == [.init(kind: "Secret", namespace: "shop", name: "payments-tls")])
    // A workload of the same name as its ConfigMap stays the subject: configuration only answers to names that
    // name nothing else.
    let workload = await LampRunner.run(
      ["ask", "is ingress-nginx-controller healthy", "-o", "json"], kubeconfig: kubeconfig)
    let subjects = try Self.document(workload).subjects
    #expect(subjects.contains(.init(kind: "Deployment", namespace: "ingress-nginx", name: "ingress-nginx-controller")))
    #expect(subjects.allSatisfy { $0.kind != "ConfigMap" }, "\(subjects)")
  }

  @Test("a question that names nothing name-like takes one snapshot, of the context's namespace")
  func oneSnapshot() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    func lists(_ arguments: [String], of resource: String) async -> [Substring] {
      let result = await LampRunner.run(arguments + ["-v=6"], kubeconfig: kubeconfig)
      return result.stderr.split(separator: "\n").filter { $0.contains("GET") && $0.contains("/\(resource)?") }
    }
    let plain = await lists(["ask", "why is the shell slow?"], of: "pods")
    #expect(!plain.isEmpty)
    #expect(plain.allSatisfy { $0.contains("/namespaces/default/pods") }, "\(plain)")
    // Nor Secret names, which only a word that looks like a name could need.
    #expect(await lists(["ask", "why is the shell slow?"], of: "secrets").isEmpty)
    let named = await lists(["ask", "why is media-processor pending?"], of: "pods")
    #expect(named.contains { $0.contains("/api/v1/pods?") }, "\(named)")
    // A plain word is not looked for elsewhere: the answer says it reviews the namespace, and how to name one.
    let plainWord = await LampRunner.run(["ask", "why is checkout crashing?"], kubeconfig: kubeconfig)
    #expect(
      plainWord.stdout.hasPrefix(
        "The question names nothing found in namespace default; name the object with its kind (\"pod checkout\", "
          + "\"the checkout deployment\"), or give -n or -A.\nHealth review of namespace default"),
      "\(plainWord.stdout)")
    // Where the user chose the namespace, a general question is a review of it and needs no such line.
    let general = await LampRunner.run(["ask", "what is wrong here?", "-n", "shop"], kubeconfig: kubeconfig)
    #expect(general.stdout.hasPrefix("Health review of namespace shop"), "\(general.stdout)")
  }

  @Test("a namespace that does not exist is warned about")
  func missingNamespace() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(["ask", "-n", "nosuch"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.contains(#"warning: namespace "nosuch" not found"#), "\(result.stdout)")
    let json = await LampRunner.run(["ask", "-n", "nosuch", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(try Self.document(json).warnings.contains(#"namespace "nosuch" not found"#))
    let existing = await LampRunner.run(["ask", "-n", "batch", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(try Self.document(existing).warnings.isEmpty)
  }

  @Test("--max-findings -1 is a value, refused by the validation")
  func negativeMaxFindings() async throws {
    let result = await LampRunner.run(["ask", "--max-findings", "-1"])
    #expect(result.code == 2)
    #expect(result.stderr.contains("--max-findings must be at least 1"), "\(result.stderr)")
  }

  @Test(
    "every example line of the help fits in 80 columns, so none is cut mid-command",
    arguments: ["lamp", "kubectl lamp"])
  func helpExamples(invocation: String) async throws {
    let help = await LampRunner.run(["ask", "--help"], invocationName: invocation)
    #expect(help.code == 0)
    let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex(of: "EXAMPLES:"))
    let examples = lines[(start + 1)...].prefix { !$0.isEmpty }
    #expect(examples.count >= 10)
    for line in examples { #expect(line.hasPrefix("  "), "a wrapped example: \(line)") }
  }

  @Test(
    "a fix's lamp command is printed the way lamp was run: kubectl lamp as a plugin",
    arguments: ["lamp", "kubectl lamp"])
  func fixCommandsAsInvoked(invocation: String) async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      ["ask", "-n", "shop", "why is web failing"], kubeconfig: cluster.kubeconfigPath, invocationName: invocation)
    #expect(result.code == 0, "\(result.stderr)")
    let commands = result.stdout.split(separator: "\n").filter { $0.contains("$ ") && $0.contains(" events ") }
    #expect(!commands.isEmpty, "\(result.stdout)")
    for command in commands {
      #expect(command.hasSuffix("$ \(invocation) events -n shop --for deployment/web"), "\(command)")
    }
  }
}
