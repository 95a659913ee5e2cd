import Foundation
import KubeAPI
import LampTestSupport
import Testing

/// The real kubectl (v1.32) against the simulator: proof that the simulator is faithful.
@Suite("kubectl faithfulness", .enabled(if: SimTesting.kubectlAvailable))
struct KubectlTests {
  static func kubectl(_ cluster: TestCluster, _ arguments: [String], timeout: TimeInterval = 60) async throws
    -> ProcessResult
  {
    try await ProcessRunner.run(
      "/usr/bin/kubectl",
      ["--kubeconfig", cluster.kubeconfigPath, "--cache-dir", cluster.directory.appendingPathComponent("cache").path]
        + arguments, timeout: timeout)
  }

  @Test func getPodsAsJSON() async throws {
    try await SimTesting.withCluster(scenario: .demo) { cluster, _ in
      let result = try await Self.kubectl(cluster, ["get", "pods", "-A", "-o", "json"])
      #expect(result.status == 0, "\(result.stderr)")
      let list = try SimTesting.json(result.stdout)
      #expect(list["kind"]?.stringValue == "List")
      #expect((list["items"]?.arrayValue?.count ?? 0) > 10)
      #expect(list["items"]?.arrayValue?.allSatisfy { $0["kind"]?.stringValue == "Pod" } == true)
    }
  }

  @Test func tablesOfBuiltinsAndCustomResources() async throws {
    try await SimTesting.withCluster(scenario: .demo) { cluster, _ in
      let events = try await Self.kubectl(cluster, ["get", "events", "-A"])
      #expect(events.status == 0, "\(events.stderr)")
      #expect(events.stdout.hasPrefix("NAMESPACE "))
      #expect(events.stdout.contains(" LAST SEEN "))
      let nodePools = try await Self.kubectl(cluster, ["get", "nodepools"])
      #expect(nodePools.status == 0, "\(nodePools.stderr)")
      #expect(nodePools.stdout.hasPrefix("NAME "))
      #expect(nodePools.stdout.contains("NODECLASS"))
      let scaledObjects = try await Self.kubectl(cluster, ["get", "scaledobjects", "-A"])
      #expect(scaledObjects.status == 0, "\(scaledObjects.stderr)")
      #expect(scaledObjects.stdout.contains("SCALETARGETNAME"))
      let short = try await Self.kubectl(cluster, ["get", "so", "-n", "shop", "-o", "name"])
      #expect(short.stdout.contains("scaledobject.keda.sh/"))
    }
  }

  @Test func chunkedListsMatchUnchunked() async throws {
    try await SimTesting.withCluster(scenario: .demo) { cluster, _ in
      let whole = try await Self.kubectl(
        cluster, ["get", "pods", "-A", "--no-headers", "-o", "custom-columns=NS:.metadata.namespace,N:.metadata.name"])
      let chunked = try await Self.kubectl(
        cluster,
        [
          "get", "pods", "-A", "--chunk-size=3", "--no-headers", "-o",
          "custom-columns=NS:.metadata.namespace,N:.metadata.name",
        ])
      #expect(chunked.status == 0, "\(chunked.stderr)")
      #expect(whole.stdout == chunked.stdout)
      #expect(whole.stdout.split(separator: "\n").count > 3)
    }
  }

  @Test func authCanI() async throws {
    try await SimTesting.withCluster(scenario: .demo) { cluster, _ in
      let allowed = try await Self.kubectl(cluster, ["auth", "can-i", "list", "pods", "--as=viewer"])
      #expect(allowed.status == 0)
      #expect(allowed.stdout == "yes\n")
      let denied = try await Self.kubectl(cluster, ["auth", "can-i", "list", "secrets", "--as=viewer"])
      #expect(denied.status == 1)
      #expect(denied.stdout == "no\n")
      let proxy = try await Self.kubectl(
        cluster, ["--context", "no-pods-proxy", "auth", "can-i", "get", "pods", "--subresource=proxy"])
      #expect(proxy.stdout == "no\n")
      let admin = try await Self.kubectl(cluster, ["auth", "can-i", "get", "pods", "--subresource=proxy"])
      #expect(admin.stdout == "yes\n")
      let whoami = try await Self.kubectl(
        cluster, ["--context", "exec", "auth", "whoami", "-o", "jsonpath={.status.userInfo.username}"])
      #expect(whoami.stdout == "exec-user", "\(whoami.stderr)")
    }
  }

  @Test func watchSeesChanges() async throws {
    try await SimTesting.withCluster(objects: [SimTesting.pod("first")]) { cluster, _ in
      let watcher = Task.detached {
        // The watch ends 4 seconds after it opens; the process limit leaves room for a slow start under load.
        try await Self.kubectl(cluster, ["get", "pods", "-w", "--request-timeout=4s"], timeout: 40)
      }
      try await SimTesting.waitForWatchers(cluster)
      try await cluster.sim.apply([SimTesting.pod("second", phase: "Pending", node: nil)])
      let output = try await watcher.value.stdout
      #expect(output.contains("first"))
      #expect(output.contains("second"))
      #expect(output.contains("Pending"))
    }
  }

  @Test func applyCreatesThenConfigures() async throws {
    try await SimTesting.withCluster { cluster, _ in
      let manifest = cluster.directory.appendingPathComponent("deployment.yaml")
      let text = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 1
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: app
                image: nginx:1.26

        """
      try Data(text.utf8).write(to: manifest)
      let created = try await Self.kubectl(cluster, ["apply", "-f", manifest.path])
      #expect(created.stdout == "deployment.apps/web created\n", "\(created.stderr)")
      try Data(text.replacingOccurrences(of: "1.26", with: "1.27").utf8).write(to: manifest)
      let configured = try await Self.kubectl(cluster, ["apply", "-f", manifest.path])
      #expect(configured.stdout == "deployment.apps/web configured\n", "\(configured.stderr)")
      let unchanged = try await Self.kubectl(cluster, ["apply", "-f", manifest.path])
      #expect(unchanged.stdout == "deployment.apps/web unchanged\n")
      let image = try await Self.kubectl(
        cluster, ["get", "deploy", "web", "-o", "jsonpath={.spec.template.spec.containers[0].image}"])
      #expect(image.stdout == "nginx:1.27")
      let serverSide = try await Self.kubectl(cluster, ["apply", "--server-side", "-f", manifest.path])
      #expect(serverSide.stdout == "deployment.apps/web serverside-applied\n", "\(serverSide.stderr)")
    }
  }

  @Test("a created pod is Pending with its QoS class, whatever status it was sent with")
  func createdPodsArePending() async throws {
    try await SimTesting.withCluster { cluster, _ in
      let resources = [
        "best-effort": "{}",
        "guaranteed": #"{"limits":{"cpu":"1","memory":"1Gi"},"requests":{"cpu":"1000m"}}"#,
        "burstable": #"{"requests":{"memory":"64Mi"}}"#,
      ]
      for (name, resources) in resources {
        let overrides =
          #"{"spec":{"containers":[{"name":"app","image":"nginx","resources":\#(resources)}]},"#
          + #""status":{"phase":"Running"}}"#
        let run = try await Self.kubectl(
          cluster, ["run", name, "--image=nginx", "--restart=Never", "--overrides=\(overrides)"])
        #expect(run.stdout == "pod/\(name) created\n", "\(run.stderr)")
      }
      let status = try await Self.kubectl(
        cluster,
        ["get", "pods", "-o", #"jsonpath={range .items[*]}{.metadata.name}={.status.phase}/{.status.qosClass} {end}"#])
      #expect(
        status.stdout == "best-effort=Pending/BestEffort burstable=Pending/Burstable guaranteed=Pending/Guaranteed ")
    }
  }

  @Test func versionAndUnauthorized() async throws {
    try await SimTesting.withCluster { cluster, _ in
      let version = try SimTesting.json(try await Self.kubectl(cluster, ["version", "-o", "json"]).stdout)
      #expect(version[path: ["serverVersion", "gitVersion"]]?.stringValue == "v1.32.0-lamp-sim")
      // With discovery cached (as after any earlier command), the list itself gets the 401 Status.
      _ = try await Self.kubectl(cluster, ["get", "pods"])
      let bad = try await Self.kubectl(cluster, ["--token", "wrong", "--user", "viewer", "get", "pods"])
      #expect(bad.status == 1)
      #expect(bad.stderr.contains("error: You must be logged in to the server (Unauthorized)"))
    }
  }
}
