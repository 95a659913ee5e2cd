/// Which objects the simulator starts with (besides built-in RBAC and `--state` files).
public enum SimScenario: Sendable, Equatable {
  /// The built-in demo cluster with every problem lamp diagnoses.
  case demo
  /// Only the built-ins (RBAC, the default namespaces).
  case empty
  /// A large generated cluster for benchmarks.
  case scale(ScaleSpec)
}
