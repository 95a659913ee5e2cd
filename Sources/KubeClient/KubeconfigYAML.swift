import YAMLCoding

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The one place kubeconfig text meets the YAML decoder (JSON kubeconfigs are YAML too).
enum KubeconfigYAML {
  /// Decodes one kubeconfig file. An empty file, or one with only comments or `null`, is an empty kubeconfig,
  /// as in client-go.
  static func decode(_ data: Data, file: String) throws(KubeconfigError) -> KubeconfigDocument {
    do {
      let node = try YAML.parse(data, file: file)
      if case .scalar(let scalar) = node, scalar.resolved == .null { return KubeconfigDocument() }
      return try YAMLDecoder().decode(KubeconfigDocument.self, from: node, file: file)
    } catch let error as YAMLError {
      throw .malformed(detail: error.description)
    } catch {
      throw .malformed(detail: "\(file): \(error)")
    }
  }
}
