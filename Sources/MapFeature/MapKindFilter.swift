import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `--kinds`: which kinds to list. Entries are comma-separated kind names in any spelling (`pods`, `svc`,
/// `Deployment`); an entry starting with `-` excludes a kind. With no inclusions, every kind is included.
public struct MapKindFilter: Sendable, Equatable {
  /// The kinds to list.
  public var kinds: Set<MapKind>
  /// The kinds named explicitly: they are kept even when nothing refers to them.
  public var named: Set<MapKind>

  /// Every kind.
  public init() {
    kinds = Set(MapKind.allCases)
    named = []
  }

  /// Parses the flag's values.
  public init(parsing values: [String]) throws(MapFeatureError) {
    var include: Set<MapKind> = []
    var exclude: Set<MapKind> = []
    let entries = values.flatMap { $0.split(separator: ",") }.map { $0.trimmingSpaces() }
    for entry in entries where !entry.isEmpty {
      let excluded = entry.hasPrefix("-") || entry.hasPrefix("!")
      let name = excluded ? String(entry.dropFirst()) : entry
      guard let kind = MapKind.parse(name) else { throw .unknownKind(name) }
      if excluded { exclude.insert(kind) } else { include.insert(kind) }
    }
    if let both = include.intersection(exclude).min() { throw .contradictoryKind(both.plural) }
    kinds = (include.isEmpty ? Set(MapKind.allCases) : include).subtracting(exclude)
    named = include
  }
}
