import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The values of `-o/--output`.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
  /// kubectl-style columns.
  case table
  /// Columns plus the wide-only ones.
  case wide
  /// Pretty-printed JSON of the documented schema.
  case json
  /// YAML of the documented schema.
  case yaml
  /// A Graphviz DOT graph.
  case dot
  /// An indented tree with box-drawing guides.
  case tree

  /// The formats every list command accepts.
  public static let listFormats: [OutputFormat] = [.table, .wide, .json, .yaml]

  /// True for machine-readable serialisations (json, yaml), which never carry colour or truncation.
  public var isStructured: Bool {
    switch self {
    case .json, .yaml: return true
    case .table, .wide, .dot, .tree: return false
    }
  }

  /// True for the column layouts (table, wide).
  public var isTabular: Bool {
    self == .table || self == .wide
  }

  /// Parses an `-o` value, case-insensitively and ignoring surrounding spaces.
  ///
  /// An empty value means the default `table`, as it does for kubectl. A value outside `allowed`
  /// is refused with an error that lists the accepted ones.
  public static func parse(
    _ text: String, allowed: [OutputFormat] = OutputFormat.allCases
  ) throws(FormatterError) -> OutputFormat {
    let trimmed = text.trimmingSpaces().lowercased()
    let format = trimmed.isEmpty ? OutputFormat.table : OutputFormat(rawValue: trimmed)
    guard let format, allowed.contains(format) else {
      throw .unknownOutputFormat(text, allowed: allowed)
    }
    return format
  }
}
