import Foundation
import KubeAPI
import Testing

@testable import KubeSim

@Suite("State loading")
struct StateLoaderTests {
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-state-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func loadsYAMLJSONAndListsFromDirectories() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
    let yaml = """
      apiVersion: v1
      kind: Namespace
      metadata: {name: shop}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: a, namespace: shop}
      data: {port: "8080", enabled: yes}
      """
    try Data(yaml.utf8).write(to: directory.appendingPathComponent("b.yaml"))
    let list = #"{"apiVersion":"v1","kind":"PodList","items":[{"metadata":{"name":"p","namespace":"shop"}}]}"#
    try Data(list.utf8).write(to: directory.appendingPathComponent("sub/a.json"))
    try Data("ignored".utf8).write(to: directory.appendingPathComponent("notes.txt"))
    let objects = try StateLoader.load(path: directory.path)
    #expect(objects.map { $0["kind"]?.stringValue ?? "" } == ["Namespace", "ConfigMap", "Pod"])
    #expect(objects[1][path: ["data", "enabled"]] == .bool(true))
    #expect(objects[1][path: ["data", "port"]] == .string("8080"))
    #expect(objects[2]["apiVersion"]?.stringValue == "v1")
  }

  @Test func malformedFilesNameTheFileAndPosition() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("bad.yaml")
    try Data("apiVersion: v1\nkind: [unclosed\n".utf8).write(to: file)
    do {
      _ = try StateLoader.load(path: file.path)
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix(file.path + ":"))
    }
    let kindless = directory.appendingPathComponent("kindless.yaml")
    try Data("apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\nmetadata: {name: b}\n".utf8).write(to: kindless)
    #expect(throws: SimError.malformed(file: kindless.path, document: 2, reason: "object has no apiVersion or kind")) {
      try StateLoader.load(path: kindless.path)
    }
    #expect(throws: SimError.unreadable(path: "/nonexistent/x.yaml", reason: "no such file or directory")) {
      try StateLoader.load(path: "/nonexistent/x.yaml")
    }
  }

  @Test func crdsAndNamespacesLoadFirst() {
    let objects: [JSONValue] = ["Pod", "Namespace", "CustomResourceDefinition", "ConfigMap"].map {
      .object(["kind": .string($0)])
    }
    #expect(
      StateOrdering.sorted(objects).map { $0["kind"]?.stringValue ?? "" } == [
        "CustomResourceDefinition", "Namespace", "Pod", "ConfigMap",
      ])
  }
}
