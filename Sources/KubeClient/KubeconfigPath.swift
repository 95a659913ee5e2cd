/// Path arithmetic for kubeconfig references, done on strings so results are exactly predictable.
enum KubeconfigPath {
  /// `path` made absolute against `base` and cleaned (`.`, `..` and repeated slashes removed), like Go's
  /// `filepath.Join`. Absolute paths are only cleaned; an empty path stays empty.
  static func resolve(_ path: String, against base: String) -> String {
    if path.isEmpty { return path }
    if path.hasPrefix("/") { return clean(path) }
    return clean(base + "/" + path)
  }

  /// The directory part of an absolute path (`/` for top-level files).
  static func directory(of path: String) -> String {
    let cleaned = clean(path)
    guard let slash = cleaned.lastIndex(of: "/") else { return "." }
    let directory = String(cleaned[..<slash])
    return directory.isEmpty ? "/" : directory
  }

  /// Lexically cleans a path.
  static func clean(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        if let last = parts.last, last != ".." {
          parts.removeLast()
        } else if !absolute {
          parts.append(part)
        }
      default: parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    if absolute { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }
}
