import Formatters

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The terminal answer: the subjects, then each finding with its evidence and fix, most likely cause first;
/// `explain` adds the analyzer trace. Cluster text is escaped for the terminal.
public struct DiagnosisText: Sendable {
  public var style: TerminalStyle
  /// Findings shown in full; the rest are counted (all are in `-o json`).
  public var limit: Int
  public var explain: Bool
  /// How the fixes' `lamp …` commands are run: `kubectl lamp` as a kubectl plugin.
  public var invocationName: String

  public init(style: TerminalStyle, limit: Int = 8, explain: Bool = false, invocationName: String = "lamp") {
    self.style = style
    self.limit = limit
    self.explain = explain
    self.invocationName = invocationName
  }

  /// A fix's command as the user runs it.
  func runnable(_ command: String) -> String {
    command.hasPrefix("lamp ") ? invocationName + command.dropFirst(4) : command
  }

  public func render(_ diagnosis: Diagnosis) -> String {
    var out = ""
    let scope = diagnosis.namespace.map { "namespace \($0)" } ?? "all namespaces"
    if let line = Self.notFoundLine(diagnosis) ?? Self.unmatchedLine(diagnosis) { out += clean(line) + "\n" }
    if diagnosis.subjects.isEmpty {
      out += style.bold("Health review of \(scope)") + "\n"
    } else {
      out +=
        style.bold("About: ") + Self.subjectList(diagnosis.subjects.objects.map { clean($0.description) }) + "\n"
    }
    for warning in diagnosis.warnings { out += style.paint("warning: ", .warning) + clean(warning) + "\n" }
    if diagnosis.findings.isEmpty {
      out +=
        "\nNo problem found" + (diagnosis.subjects.isEmpty ? " in \(scope).\n" : " on these objects or around them.\n")
    }
    for ranked in diagnosis.findings.prefix(limit) {
      let finding = ranked.finding
      out +=
        "\n" + style.bold("\(ranked.rank). ") + severity(finding.severity) + " "
        + style.bold(clean(finding.object.description))
        + "\n"
      out += "   " + clean(finding.title) + "\n"
      if !finding.evidence.isEmpty {
        out += "   " + style.dim("Evidence:") + "\n"
        for item in finding.evidence {
          let lines = clean(item.text).split(separator: "\n", omittingEmptySubsequences: false)
          let head = item.object == finding.object ? "" : clean(item.object.description) + " "
          out += "   - " + head + style.dim(clean(item.source)) + ": " + (lines.first.map(String.init) ?? "") + "\n"
          for line in lines.dropFirst() { out += "       " + line + "\n" }
        }
      }
      out += "   " + style.dim("Fix:") + " " + clean(finding.fix.summary) + "\n"
      for command in finding.fix.commands { out += "     $ " + clean(runnable(command)) + "\n" }
      if let manifest = finding.fix.manifest {
        for line in manifest.split(separator: "\n") { out += "     " + clean(String(line)) + "\n" }
      }
    }
    if diagnosis.findings.count > limit {
      out += "\n\(diagnosis.findings.count - limit) more finding(s), less likely causes: -o json lists all.\n"
    }
    if explain {
      out += "\n" + style.bold("Trace") + "\n"
      out +=
        "   subjects: "
        + (diagnosis.subjects.objects.isEmpty ? "none (whole scope)" : "\(diagnosis.subjects.objects.count)")
      if !diagnosis.subjects.kinds.isEmpty {
        out += "; kind words: " + diagnosis.subjects.kinds.joined(separator: ", ")
      }
      if !diagnosis.subjects.namespaces.isEmpty {
        out += "; namespaces: " + diagnosis.subjects.namespaces.joined(separator: ", ")
      }
      out += "\n   related objects: \(diagnosis.related.count)\n"
      for step in diagnosis.trace {
        out += "   analyzer \(step.analyzer): \(step.findings) finding(s), \(step.kept) kept\n"
      }
    }
    return out
  }

  /// `Nothing named "web-1" in namespace shop (-A looks in every namespace).`, when the question names
  /// something lamp did not find.
  public static func notFoundLine(_ diagnosis: Diagnosis) -> String? {
    let words = diagnosis.subjects.notFound.map { "\"\($0)\"" }
    guard let last = words.last else { return nil }
    let names = words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
    guard let namespace = diagnosis.notFoundIn else { return "Nothing named \(names) in any namespace." }
    return "Nothing named \(names) in namespace \(namespace) (-A looks in every namespace)."
  }

  /// Said when a question named nothing lamp knows, no word of it looked like a name and the user did not choose
  /// the namespace, so the answer is a review of the context's: a plain word (`checkout`) counts as a name only
  /// next to a kind word, and is not looked for in other namespaces.
  public static func unmatchedLine(_ diagnosis: Diagnosis) -> String? {
    let subjects = diagnosis.subjects
    guard !diagnosis.namespaceChosen, subjects.isEmpty, subjects.notFound.isEmpty, subjects.kinds.isEmpty,
      subjects.namespaces.isEmpty, !diagnosis.question.allSatisfy(\.isWhitespace)
    else { return nil }
    let scope = diagnosis.namespace.map { "namespace \($0)" } ?? "any namespace"
    return "The question names nothing found in \(scope); name the object with its kind (\"pod checkout\", "
      + "\"the checkout deployment\"), or give -n or -A."
  }

  /// The first five subjects, then a count: a kind word alone can select a whole namespace of pods.
  static func subjectList(_ names: [String]) -> String {
    let shown = names.prefix(5).joined(separator: ", ")
    return names.count > 5 ? shown + " and \(names.count - 5) more" : shown
  }

  func severity(_ value: Severity) -> String {
    let word = "[\(value.rawValue)]"
    switch value {
    case .critical, .error: return style.paint(word, .error)
    case .warning: return style.paint(word, .warning)
    case .info: return style.paint(word, .muted)
    }
  }

  func clean(_ text: String) -> String { TerminalText.escape(text, keepingNewlines: true) }
}
