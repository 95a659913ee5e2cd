import Foundation
import Testing
import YAMLCoding

/// Documents shaped like the ones lamp reads: kubeconfigs (YAML and JSON) and `kubectl get -o yaml` output.
@Suite struct KubernetesDocumentTests {
  struct Kubeconfig: Codable, Equatable {
    struct NamedCluster: Codable, Equatable {
      struct Cluster: Codable, Equatable {
        var server: String
        var certificateAuthorityData: Data?
        var insecureSkipTLSVerify: Bool?
        enum CodingKeys: String, CodingKey {
          case server
          case certificateAuthorityData = "certificate-authority-data"
          case insecureSkipTLSVerify = "insecure-skip-tls-verify"
        }
      }
      var name: String
      var cluster: Cluster
    }
    struct NamedUser: Codable, Equatable {
      struct User: Codable, Equatable {
        struct Exec: Codable, Equatable {
          var apiVersion: String
          var command: String
          var args: [String]?
          var env: [[String: String]]?
          var interactiveMode: String?
          var provideClusterInfo: Bool?
        }
        var token: String?
        var exec: Exec?
      }
      var name: String
      var user: User
    }
    var apiVersion: String
    var kind: String
    var clusters: [NamedCluster]?
    var users: [NamedUser]?
    var currentContext: String?
    var preferences: [String: String]?
    enum CodingKeys: String, CodingKey {
      case apiVersion, kind, clusters, users, preferences
      case currentContext = "current-context"
    }
  }

  let yamlKubeconfig = """
    apiVersion: v1
    kind: Config
    clusters:
    - name: prod
      cluster:
        server: https://10.0.0.1:6443
        certificate-authority-data: aGVsbG8=
    - cluster:
        insecure-skip-tls-verify: true
        server: "https://localhost:8443"
      name: local
    users:
    - name: admin
      user:
        token: 0123456789   # a token that looks like a number stays text
    - name: eks
      user:
        exec:
          apiVersion: client.authentication.k8s.io/v1beta1
          command: aws
          args: [eks, get-token, --cluster-name, prod]
          env: null
          interactiveMode: IfAvailable
          provideClusterInfo: false
    current-context: ""
    preferences: {}
    """

  @Test func kubeconfigFromYAML() throws {
    let config = try YAMLDecoder().decode(Kubeconfig.self, from: yamlKubeconfig, file: "config")
    #expect(config.clusters?.first?.cluster.certificateAuthorityData == Data("hello".utf8))
    #expect(config.clusters?.last?.cluster.insecureSkipTLSVerify == true)
    #expect(config.users?.first?.user.token == "0123456789")
    #expect(config.users?.last?.user.exec?.args == ["eks", "get-token", "--cluster-name", "prod"])
    #expect(config.users?.last?.user.exec?.env == nil)
    #expect(config.currentContext == "")
    #expect(config.preferences == [:])
  }

  @Test func kubeconfigFromJSONAndBack() throws {
    let config = try YAMLDecoder().decode(Kubeconfig.self, from: yamlKubeconfig)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let json = try encoder.encode(config)
    #expect(try YAMLDecoder().decode(Kubeconfig.self, from: json) == config)
    let yaml = try YAMLEncoder().encode(config)
    #expect(try YAMLDecoder().decode(Kubeconfig.self, from: yaml) == config)
    #expect(yaml.contains("token: \"0123456789\"\n"))
    #expect(yaml.contains("current-context: \"\"\n"))
  }

  @Test func listOutputWithTimestampsAndQuantities() throws {
    struct PodList: Decodable {
      struct Pod: Decodable {
        struct Metadata: Decodable {
          var name: String
          var creationTimestamp: Date
          var labels: [String: String]?
          var annotations: [String: String]?
        }
        var metadata: Metadata
      }
      var items: [Pod]
    }
    let text = """
      apiVersion: v1
      items:
      - apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: |
              {"apiVersion":"v1","kind":"Pod"}
            note: "on"
          creationTimestamp: "2026-11-20T10:14:03Z"
          labels:
            app: web
            version: "1.10"
          name: web-0
        spec:
          containers:
          - resources:
              limits: {cpu: 500m, memory: 512Mi}
      - metadata: {name: web-1, creationTimestamp: 2026-11-20T10:15:00Z}
      kind: List
      metadata:
        resourceVersion: ""
      """
    let list = try YAMLDecoder().decode(PodList.self, from: text)
    #expect(list.items.map(\.metadata.name) == ["web-0", "web-1"])
    #expect(list.items[0].metadata.labels?["version"] == "1.10")
    #expect(list.items[0].metadata.annotations?["note"] == "on")
    #expect(
      list.items[0].metadata.annotations?["kubectl.kubernetes.io/last-applied-configuration"]
        == "{\"apiVersion\":\"v1\",\"kind\":\"Pod\"}\n")
    #expect(list.items[1].metadata.creationTimestamp == Date(timeIntervalSince1970: 1_795_169_700))
  }
}
