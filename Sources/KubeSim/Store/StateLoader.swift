import Foundation
import KubeAPI

/// Loads `--state` paths: files or directories (recursively, `*.yaml`, `*.yml`, `*.json`, sorted).
enum StateLoader {
  static func load(path: String) throws(SimError) -> [JSONValue] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw SimError.unreadable(path: path, reason: "no such file or directory")
    }
    guard isDirectory.boolValue else { return try loadFile(path) }
    var files: [String] = []
    guard let enumerator = FileManager.default.enumerator(atPath: path) else {
      throw SimError.unreadable(path: path, reason: "cannot list the directory")
    }
    while let relative = enumerator.nextObject() as? String {
      let lower = relative.lowercased()
      if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json") {
        files.append((path as NSString).appendingPathComponent(relative))
      }
    }
    var objects: [JSONValue] = []
    for file in files.sorted() { objects += try loadFile(file) }
    return objects
  }

  static func loadFile(_ path: String) throws(SimError) -> [JSONValue] {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw SimError.unreadable(path: path, reason: error.localizedDescription)
    }
    let documents = try ManifestParser.documents(text, file: path)
    var objects: [JSONValue] = []
    for (index, document) in documents.enumerated() {
      objects += try flatten(document, file: path, index: index + 1)
    }
    return objects
  }

  /// Expands `List` and `*List` objects into their items.
  static func flatten(_ document: JSONValue, file: String, index: Int) throws(SimError) -> [JSONValue] {
    guard case .object = document else {
      throw SimError.malformed(file: file, document: index, reason: "expected an object")
    }
    let kind = document["kind"]?.stringValue ?? ""
    if kind.hasSuffix("List"), let items = document["items"]?.arrayValue {
      var result: [JSONValue] = []
      for item in items {
        var object = item
        if object["kind"] == nil, kind != "List" { object["kind"] = .string(String(kind.dropLast(4))) }
        if object["apiVersion"] == nil, let apiVersion = document["apiVersion"] { object["apiVersion"] = apiVersion }
        result += try flatten(object, file: file, index: index)
      }
      return result
    }
    guard document["apiVersion"]?.stringValue != nil, !kind.isEmpty else {
      throw SimError.malformed(file: file, document: index, reason: "object has no apiVersion or kind")
    }
    return [document]
  }
}
