import Foundation
import KubeAPI
import YAMLCoding

/// The demo cluster's YAML files (Resources/demo), read in file-name order so CRDs and namespaces come first.
enum DemoData {
  /// The directory holding the demo YAML inside the KubeSim resource bundle.
  static func directory() throws(ScenarioError) -> URL {
    guard let resources = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
      throw .missingDemoData("Resources in \(Bundle.module.bundlePath)")
    }
    let demo = resources.appendingPathComponent("demo", isDirectory: true)
    guard FileManager.default.fileExists(atPath: demo.path) else { throw .missingDemoData(demo.path) }
    return demo
  }

  /// Every document of every `*.yaml` file in `directory`, in file-name order.
  static func objects(in directory: URL) throws(ScenarioError) -> [JSONValue] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw .invalidDemoData(file: directory.path, reason: "\(error)")
    }
    var objects = [JSONValue]()
    for name in names.filter({ $0.hasSuffix(".yaml") }).sorted() {
      let url = directory.appendingPathComponent(name)
      do {
        let text = try String(contentsOf: url, encoding: .utf8)
        objects += try YAMLDecoder().decodeDocuments(JSONValue.self, from: text, file: name)
      } catch {
        throw .invalidDemoData(file: name, reason: "\(error)")
      }
    }
    return objects
  }
}
