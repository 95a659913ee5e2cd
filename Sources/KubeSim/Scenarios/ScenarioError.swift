/// Why a built-in scenario could not be produced.
public enum ScenarioError: Error, Equatable, CustomStringConvertible {
  /// The demo data directory is missing from the KubeSim resource bundle.
  case missingDemoData(String)
  /// A demo data file could not be read or decoded.
  case invalidDemoData(file: String, reason: String)
  /// A demo data object that generated objects refer to is absent.
  case missingDemoObject(String)
  /// Generating a certificate, key or token failed.
  case credentialGeneration(String)

  public var description: String {
    switch self {
    case .missingDemoData(let path): return "demo data not found (\(path))"
    case .invalidDemoData(let file, let reason): return "invalid demo data: \(reason) (\(file))"
    case .missingDemoObject(let name): return "demo data lacks \(name)"
    case .credentialGeneration(let reason): return "cannot generate demo credentials: \(reason)"
    }
  }
}
