import Foundation
import YAMLCoding

/// The one place kubeconfig text meets the YAML decoder (JSON kubeconfigs are YAML too).
enum KubeconfigYAML {
  /// Decodes one kubeconfig file. An empty file, or one with only comments, is an empty kubeconfig.
  static func decode(_ data: Data, file: String) throws(KubeconfigError) -> KubeconfigDocument {
    guard let text = String(data: data, encoding: .utf8) else {
      throw .malformed(detail: "\(file): not UTF-8 text")
    }
    do {
      let node = try YAML.parse(text, file: file)
      if case .scalar(let scalar) = node, scalar.style == .plain,
        ["", "~", "null", "Null", "NULL"].contains(scalar.value)
      {
        return KubeconfigDocument()
      }
      return try YAMLDecoder().decode(KubeconfigDocument.self, from: node, file: file)
    } catch let error as YAMLError {
      throw .malformed(detail: error.description)
    } catch {
      throw .malformed(detail: "\(file): \(error)")
    }
  }
}
