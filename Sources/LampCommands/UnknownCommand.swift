import ArgumentParser

/// A word where a subcommand belongs that names none (`lamp evnets`, `lamp karpenter nodepoolz`,
/// `lamp help nosuch`), said kubectl's way with the nearest name. ArgumentParser calls it an unexpected argument,
/// and its `help` subcommand prints the root help, exit 0, for a command that does not exist.
struct UnknownCommand: Equatable {
  var word: String
  /// The command it was looked for under: `lamp`, `lamp karpenter`.
  var parent: String
  var suggestion: String?

  /// The first word of `arguments` that should name a subcommand and does not; nil when every one does.
  static func find(in arguments: [String], root: ParsableCommand.Type = Lamp.self) -> UnknownCommand? {
    var command = root
    var path = [Invocation.current]
    // `help` may stand before the command (`lamp help events`).
    for word in arguments where word != "help" {
      let subcommands = command.configuration.subcommands
      // Options, and the arguments of a command without subcommands, are ArgumentParser's to judge.
      guard !word.hasPrefix("-"), !subcommands.isEmpty else { return nil }
      guard let next = subcommands.first(where: { $0._commandName == word }) else {
        let names = subcommands.map { $0._commandName }
        return UnknownCommand(word: word, parent: path.joined(separator: " "), suggestion: nearest(word, in: names))
      }
      command = next
      path.append(word)
    }
    return nil
  }

  var message: String {
    let hint = suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
    return "unknown command \"\(word)\" for \"\(parent)\"\(hint); see '\(parent) --help'"
  }

  /// The name within two edits of `word` (a typo, a swapped pair), or that `word` starts, if any.
  static func nearest(_ word: String, in names: [String]) -> String? {
    let scored = names.map { ($0, distance(word, $0)) }.filter { $0.1 <= 2 }
    if let best = scored.min(by: { $0.1 < $1.1 }) { return best.0 }
    return word.count >= 3 ? names.first { $0.hasPrefix(word) } : nil
  }

  /// Edit distance with adjacent transpositions (optimal string alignment).
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
