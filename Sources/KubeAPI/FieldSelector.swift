/// A Kubernetes field selector (`spec.nodeName=n1,status.phase!=Failed`): equalities on fields that
/// must all hold. In values, `\` escapes `,`, `=` and `\`.
public struct FieldSelector: Sendable, Hashable, CustomStringConvertible {
  /// How a requirement compares the field's value.
  public enum Operator: String, Sendable, Hashable {
    case equals = "="
    case doubleEquals = "=="
    case notEquals = "!="
  }

  /// One comparison of one field with one (unescaped) value.
  public struct Requirement: Sendable, Hashable, CustomStringConvertible {
    public let field: String
    public let `operator`: Operator
    public let value: String

    public init(field: String, operator: Operator, value: String) {
      self.field = field
      self.operator = `operator`
      self.value = value
    }

    /// Whether the field's value satisfies the requirement; a missing field reads as "".
    public func matches(_ fieldValue: String?) -> Bool {
      let actual = fieldValue ?? ""
      return self.operator == .notEquals ? actual != value : actual == value
    }

    /// `field=value` or `field!=value`, with the value escaped.
    public var description: String {
      field + (self.operator == .notEquals ? "!=" : "=") + FieldSelector.escape(value)
    }
  }

  /// The requirements, in the order kube-apiserver keeps them (sorted by their raw text).
  public let requirements: [Requirement]

  /// The selector that matches every object.
  public static let everything = FieldSelector()

  public init(requirements: [Requirement] = []) {
    self.requirements = requirements
  }

  /// Parses the string form with apimachinery's rules; the empty string selects everything.
  public init(parsing text: String) throws(FieldSelectorError) {
    let terms = Self.splitTerms(text).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var requirements: [Requirement] = []
    for term in terms where !term.isEmpty {
      guard let (field, op, rawValue) = Self.splitTerm(term) else {
        throw FieldSelectorError("invalid selector: '\(text)'; can't understand '\(term)'")
      }
      let value = try Self.unescape(rawValue)
      // A term with neither field nor value (a bare "=") selects everything and is dropped, as upstream.
      if field.isEmpty && value.isEmpty { continue }
      requirements.append(Requirement(field: field, operator: op, value: value))
    }
    self.requirements = requirements
  }

  /// Whether the selector has no requirements and so matches everything.
  public var isEverything: Bool { requirements.isEmpty }

  /// Whether an object matches; `lookup` returns a field's value, nil for a field the object lacks.
  public func matches(_ lookup: (String) -> String?) -> Bool {
    requirements.allSatisfy { $0.matches(lookup($0.field)) }
  }

  /// The value the selector requires `field` to equal, if any (e.g. `metadata.name` for a one-object watch).
  public func requiredValue(for field: String) -> String? {
    requirements.first { $0.field == field && $0.operator != .notEquals }?.value
  }

  /// The canonical string form, values escaped.
  public var description: String {
    requirements.map(\.description).joined(separator: ",")
  }

  /// Escapes `\`, `,` and `=` in a value with a backslash.
  public static func escape(_ value: String) -> String {
    var escaped = String.UnicodeScalarView()
    for scalar in value.unicodeScalars {
      if scalar == "\\" || scalar == "," || scalar == "=" { escaped.append("\\") }
      escaped.append(scalar)
    }
    return String(escaped)
  }

  /// Undoes `escape`; refuses unknown escapes and unescaped `,` or `=`.
  static func unescape(_ value: String) throws(FieldSelectorError) -> String {
    var result = ""
    var inEscape = false
    for scalar in value.unicodeScalars {
      if inEscape {
        guard scalar == "\\" || scalar == "," || scalar == "=" else {
          throw FieldSelectorError("invalid field selector: invalid escape sequence: \\\(scalar)")
        }
        result.unicodeScalars.append(scalar)
        inEscape = false
        continue
      }
      switch scalar {
      case "\\":
        inEscape = true
      case ",", "=":
        // Go prints the rune with %v, which is its number (61 for '=').
        throw FieldSelectorError("invalid field selector: unescaped character in value: \(scalar.value)")
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    if inEscape { throw FieldSelectorError("invalid field selector: invalid escape sequence: \\") }
    return result
  }

  /// Splits on commas that are not escaped, keeping the escapes in the terms.
  static func splitTerms(_ text: String) -> [String] {
    guard !text.isEmpty else { return [] }
    var terms: [String] = []
    var current = String.UnicodeScalarView()
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        inEscape = false
      } else if scalar == "\\" {
        inEscape = true
      } else if scalar == "," {
        terms.append(String(current))
        current = String.UnicodeScalarView()
        continue
      }
      current.append(scalar)
    }
    terms.append(String(current))
    return terms
  }

  /// Splits a term at its first operator; `!=` and `==` win over `=` at the same position.
  static func splitTerm(_ term: String) -> (String, Operator, String)? {
    let scalars = term.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let rest = scalars[index...]
      for op in [Operator.notEquals, .doubleEquals, .equals] where rest.starts(with: op.rawValue.unicodeScalars) {
        let valueStart = scalars.index(index, offsetBy: op.rawValue.unicodeScalars.count)
        return (String(scalars[..<index]), op, String(scalars[valueStart...]))
      }
      index = scalars.index(after: index)
    }
    return nil
  }
}
