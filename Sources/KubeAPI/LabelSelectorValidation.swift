/// Kubernetes' syntax rules for label keys and values, with apimachinery's error wording, so a
/// bad selector is refused with the same text a real API server returns.
enum LabelSelectorValidation {
  static let maxNameLength = 63
  static let maxValueLength = 63
  static let maxSubdomainLength = 253

  static let qualifiedNameRegex = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
  static let labelValueRegex = "(" + qualifiedNameRegex + ")?"
  static let subdomainRegex = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"

  static let qualifiedNameMessage =
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
  static let labelValueMessage =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', "
    + "and must start and end with an alphanumeric character"
  static let subdomainMessage =
    "a DNS-1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', "
    + "and must start and end with an alphanumeric character"

  /// Problems with a label key (`IsQualifiedName`); empty when the key is valid.
  static func keyErrors(_ key: String) -> [String] {
    var errors: [String] = []
    let parts = key.split(separator: "/", omittingEmptySubsequences: false)
    let name: Substring
    switch parts.count {
    case 1:
      name = parts[0]
    case 2:
      let prefix = parts[0]
      name = parts[1]
      if prefix.isEmpty {
        errors.append("prefix part must be non-empty")
      } else {
        errors += subdomainErrors(prefix).map { "prefix part " + $0 }
      }
    default:
      let detail = regexError(qualifiedNameMessage, qualifiedNameRegex, examples: ["MyName", "my.name", "123-abc"])
      return [
        "a qualified name " + detail
          + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
      ]
    }
    if name.isEmpty {
      errors.append("name part must be non-empty")
    } else if name.utf8.count > maxNameLength {
      errors.append("name part " + maxLengthError(maxNameLength))
    }
    if !isQualifiedNamePart(name) {
      errors.append(
        "name part " + regexError(qualifiedNameMessage, qualifiedNameRegex, examples: ["MyName", "my.name", "123-abc"]))
    }
    return errors
  }

  /// Problems with a label value (`IsValidLabelValue`); empty when the value is valid.
  static func valueErrors(_ value: String) -> [String] {
    var errors: [String] = []
    if value.utf8.count > maxValueLength {
      errors.append(maxLengthError(maxValueLength))
    }
    if !value.isEmpty && !isQualifiedNamePart(Substring(value)) {
      errors.append(regexError(labelValueMessage, labelValueRegex, examples: ["MyValue", "my_value", "12345"]))
    }
    return errors
  }

  static func subdomainErrors(_ value: Substring) -> [String] {
    var errors: [String] = []
    if value.utf8.count > maxSubdomainLength {
      errors.append(maxLengthError(maxSubdomainLength))
    }
    if !isSubdomain(value) {
      errors.append(regexError(subdomainMessage, subdomainRegex, examples: ["example.com"]))
    }
    return errors
  }

  /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`
  static func isQualifiedNamePart(_ value: Substring) -> Bool {
    let bytes = value.utf8
    guard let first = bytes.first, let last = bytes.last, isAlphanumeric(first), isAlphanumeric(last) else {
      return false
    }
    return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == dot }
  }

  /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*`
  static func isSubdomain(_ value: Substring) -> Bool {
    value.utf8.split(separator: dot, omittingEmptySubsequences: false).allSatisfy { label in
      guard let first = label.first, let last = label.last, isLowerAlphanumeric(first), isLowerAlphanumeric(last)
      else { return false }
      return label.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }
  }

  static func maxLengthError(_ length: Int) -> String {
    "must be no more than \(length) characters"
  }

  /// apimachinery's `RegexError`, including its odd spacing between examples.
  static func regexError(_ message: String, _ regex: String, examples: [String]) -> String {
    guard !examples.isEmpty else { return message + " (regex used for validation is '" + regex + "')" }
    var text = message + " (e.g. "
    for (index, example) in examples.enumerated() {
      if index > 0 { text += " or " }
      text += "'" + example + "', "
    }
    return text + "regex used for validation is '" + regex + "')"
  }

  private static let dot = UInt8(ascii: ".")

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    default:
      return false
    }
  }

  private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
    default: return false
    }
  }
}
