/// A line diff for the terminal: unchanged lines prefixed `  `, removed `- `, added `+ `; runs of unchanged lines
/// far from a change are cut to `  …`.
enum LineDiff {
  /// Largest product of line counts compared (the table is old × new); beyond it only the changed ends are kept.
  static let maxCells = 4_000_000

  static func lines(_ old: [String], _ new: [String], context: Int = 3) -> [String] {
    // Common head and tail first: a patch changes a few lines of a long object.
    var head = 0
    while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
    var tail = 0
    while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] {
      tail += 1
    }
    let a = Array(old[head..<(old.count - tail)])
    let b = Array(new[head..<(new.count - tail)])
    var middle: [String] = []
    if a.count * b.count > maxCells {
      middle = a.map { "- " + $0 } + b.map { "+ " + $0 }
    } else {
      // Longest common subsequence table, filled from the end.
      var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
      for i in stride(from: a.count - 1, through: 0, by: -1) {
        for j in stride(from: b.count - 1, through: 0, by: -1) {
          table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
        }
      }
      var i = 0
      var j = 0
      while i < a.count || j < b.count {
        if i < a.count, j < b.count, a[i] == b[j] {
          middle.append("  " + a[i])
          i += 1
          j += 1
        } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
          // Removals before additions, as diff shows them.
          middle.append("- " + a[i])
          i += 1
        } else {
          middle.append("+ " + b[j])
          j += 1
        }
      }
    }
    let all = old[..<head].map { "  " + $0 } + middle + old[(old.count - tail)...].map { "  " + $0 }
    return trimmed(all, context: context)
  }

  /// Keeps `context` unchanged lines around each change.
  static func trimmed(_ lines: [String], context: Int) -> [String] {
    let changed = lines.indices.filter { !lines[$0].hasPrefix("  ") }
    guard !changed.isEmpty else { return [] }
    var keep = Set<Int>()
    for index in changed { keep.formUnion(max(0, index - context)...min(lines.count - 1, index + context)) }
    var result: [String] = []
    var skipped = false
    for index in lines.indices {
      if keep.contains(index) {
        result.append(lines[index])
        skipped = false
      } else if !skipped {
        result.append("  …")
        skipped = true
      }
    }
    return result
  }
}
