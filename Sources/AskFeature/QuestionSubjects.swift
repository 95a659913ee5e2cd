#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The objects, kinds and namespaces a question is about. Names are found anywhere in the question (so
/// `recommenderのポッドが動かない` finds `recommender`); a name inside a longer matched name is dropped
/// (`orders-consumer` inside `orders-consumer-scaler`); kind words narrow same-named objects. Words that look like
/// names but name nothing (`NameWords`) are kept as `notFound`.
public struct QuestionSubjects: Sendable, Hashable, Codable {
  /// The matched objects, sorted.
  public var objects: [ObjectRef]
  /// Kinds named by a word (`pod`, `ポッド`, `service`, ...).
  public var kinds: [String]
  /// Namespaces the question names.
  public var namespaces: [String]
  /// Words of the question that look like object names but name none of the candidates.
  public var notFound: [String]

  public init(objects: [ObjectRef] = [], kinds: [String] = [], namespaces: [String] = [], notFound: [String] = []) {
    self.objects = objects
    self.kinds = kinds
    self.namespaces = namespaces
    self.notFound = notFound
  }

  /// Whether the question names nothing: a whole-scope health review.
  public var isEmpty: Bool { objects.isEmpty }

  /// Names of fewer characters are ignored: they match too many ordinary words.
  static let minimumNameLength = 3

  /// Finds the namespaces a question names among `namespaces`.
  public static func namespaces(in question: String, among namespaces: [String]) -> [String] {
    let text = question.lowercased()
    return namespaces.filter { $0.count >= minimumNameLength && Match.contains(text, word: $0.lowercased()) }.sorted()
  }

  /// Finds the subjects among `candidates` (every object in scope); a word that names none of them may name one of
  /// `fallback` exactly.
  public static func find(
    _ question: String, candidates: [ObjectRef], fallback: [ObjectRef] = [], namespaces: [String] = []
  ) -> QuestionSubjects {
    let text = question.lowercased()
    let kinds = KindWords.kinds(in: text)
    let named = Self.namespaces(in: question, among: namespaces)
    // Every occurrence of every candidate name.
    var hits: [(ObjectRef, Range<String.Index>)] = []
    var byName: [String: [ObjectRef]] = [:]
    for ref in candidates where ref.name.count >= minimumNameLength {
      byName[ref.name.lowercased(), default: []].append(ref)
      // Nodes are asked about by host name: `ip-10-0-88-52` for `ip-10-0-88-52.us-west-2.compute.internal`.
      if ref.kind == "Node", let host = ref.name.split(separator: ".").first, host.count < ref.name.count,
        host.count >= minimumNameLength
      {
        byName[host.lowercased(), default: []].append(ref)
      }
    }
    for (name, refs) in byName {
      for range in Match.ranges(of: name, in: text) {
        for ref in refs { hits.append((ref, range)) }
      }
    }
    // Drop hits inside a longer hit, and names that are only the namespace mentioned.
    let kept = hits.filter { hit in
      let inside = hits.contains { other in
        other.1 != hit.1 && other.1.lowerBound <= hit.1.lowerBound && hit.1.upperBound <= other.1.upperBound
      }
      return !inside && !named.contains(hit.0.name)
    }
    var objects = kept.map(\.0)
    var notFound: [String] = []
    for word in NameWords.words(in: text, namespaces: namespaces) {
      guard !hits.contains(where: { $0.1.overlaps(word.range) }) else { continue }
      let named = fallback.filter { $0.name.lowercased() == word.text }
      if named.isEmpty { notFound.append(word.text) } else { objects += named }
    }
    objects = Array(Set(objects))
    if !kinds.isEmpty {
      let narrowed = objects.filter { kinds.contains($0.kind) }
      if !narrowed.isEmpty { objects = narrowed }
    }
    // A kind word alone (`are the nodes ok?`) is about every object of the kind; with a name that was not found
    // (`pod nonexistent-xyz`) it is not, and reviewing all pods as if named would mislead.
    if objects.isEmpty && !kinds.isEmpty && notFound.isEmpty {
      objects = candidates.filter { kinds.contains($0.kind) }
    }
    return QuestionSubjects(objects: objects.sorted(), kinds: kinds, namespaces: named, notFound: notFound)
  }
}
