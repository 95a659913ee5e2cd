/// The string form of a label selector (`a=b,c!=d,e in (x,y),!f,n>5`), parsed with the grammar,
/// quirks and error messages of apimachinery's `labels.Parse`.
struct LabelSelectorParser {
  enum Token: Equatable {
    case endOfString, closedParen, comma, doesNotExist, doubleEquals, equals, greaterThan, identifier
    case `in`, lessThan, notEquals, notIn, openParen
  }

  /// `in` and `notin` are keywords only where an operator is expected; elsewhere they are names.
  enum Context { case keyAndOperator, values }

  private var items: [(token: Token, literal: String)]
  private var position = 0

  init(_ text: String) {
    items = Self.scan(Array(text.utf8))
  }

  mutating func parse() throws(LabelSelectorError) -> [LabelSelector.Requirement] {
    var requirements: [LabelSelector.Requirement] = []
    while true {
      let (token, literal) = lookahead(.values)
      switch token {
      case .identifier, .doesNotExist:
        let requirement: LabelSelector.Requirement
        do {
          requirement = try parseRequirement()
        } catch {
          throw LabelSelectorError("unable to parse requirement: " + error.message)
        }
        requirements.append(requirement)
        let (next, nextLiteral) = consume(.values)
        switch next {
        case .endOfString:
          return requirements
        case .comma:
          let (after, afterLiteral) = lookahead(.values)
          if after != .identifier && after != .doesNotExist {
            throw LabelSelectorError("found '\(afterLiteral)', expected: identifier after ','")
          }
        default:
          throw LabelSelectorError("found '\(nextLiteral)', expected: ',' or 'end of string'")
        }
      case .endOfString:
        return requirements
      default:
        throw LabelSelectorError("found '\(literal)', expected: !, identifier, or 'end of string'")
      }
    }
  }

  private mutating func parseRequirement() throws(LabelSelectorError) -> LabelSelector.Requirement {
    let (key, inferred) = try parseKeyAndInferOperator()
    if let inferred {
      return try LabelSelector.Requirement(key: key, operator: inferred, values: [])
    }
    let op = try parseOperator()
    let values: Set<String>
    switch op {
    case .in, .notIn: values = try parseValues()
    default: values = try parseExactValue()
    }
    let sorted = values.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return try LabelSelector.Requirement(key: key, operator: op, values: sorted)
  }

  /// Reads `[!]key`; the operator is inferred as exists/does-not-exist when nothing follows the key.
  private mutating func parseKeyAndInferOperator() throws(LabelSelectorError) -> (String, LabelSelector.Operator?) {
    var op: LabelSelector.Operator?
    var (token, literal) = consume(.values)
    if token == .doesNotExist {
      op = .doesNotExist
      (token, literal) = consume(.values)
    }
    guard token == .identifier else {
      throw LabelSelectorError("found '\(literal)', expected: identifier")
    }
    let keyErrors = LabelSelectorValidation.keyErrors(literal)
    if !keyErrors.isEmpty {
      // The upstream parser validates keys with a nil field path, which Go prints as "<nil>".
      throw LabelSelectorError(
        LabelSelector.Requirement.invalid("<nil>", GoText.quoted(literal), keyErrors.joined(separator: "; ")))
    }
    let next = lookahead(.values).token
    if (next == .endOfString || next == .comma) && op != .doesNotExist {
      op = .exists
    }
    return (literal, op)
  }

  private mutating func parseOperator() throws(LabelSelectorError) -> LabelSelector.Operator {
    let (token, literal) = consume(.keyAndOperator)
    switch token {
    case .in: return .in
    case .equals: return .equals
    case .doubleEquals: return .doubleEquals
    case .greaterThan: return .greaterThan
    case .lessThan: return .lessThan
    case .notIn: return .notIn
    case .notEquals: return .notEquals
    default: throw LabelSelectorError("found '\(literal)', expected: in, notin, =, ==, !=, gt, lt")
    }
  }

  /// Reads `(a,b,...)`; empty entries such as `(,a)` or `()` stand for the empty value.
  private mutating func parseValues() throws(LabelSelectorError) -> Set<String> {
    let (open, openLiteral) = consume(.values)
    guard open == .openParen else {
      throw LabelSelectorError("found '\(openLiteral)' expected: '('")
    }
    let (token, literal) = lookahead(.values)
    switch token {
    case .identifier, .comma:
      let values = try parseIdentifiersList()
      guard consume(.values).token == .closedParen else {
        throw LabelSelectorError("found '\(literal)', expected: ')'")
      }
      return values
    case .closedParen:
      _ = consume(.values)
      return [""]
    default:
      throw LabelSelectorError("found '\(literal)', expected: ',', ')' or identifier")
    }
  }

  private mutating func parseIdentifiersList() throws(LabelSelectorError) -> Set<String> {
    var values = Set<String>()
    while true {
      let (token, literal) = consume(.values)
      switch token {
      case .identifier:
        values.insert(literal)
        let (next, nextLiteral) = lookahead(.values)
        switch next {
        case .comma: continue
        case .closedParen: return values
        default: throw LabelSelectorError("found '\(nextLiteral)', expected: ',' or ')'")
        }
      case .comma:
        if values.isEmpty { values.insert("") }
        let next = lookahead(.values).token
        if next == .closedParen {
          values.insert("")
          return values
        }
        if next == .comma {
          _ = consume(.values)
          values.insert("")
        }
      default:
        throw LabelSelectorError("found '\(literal)', expected: ',', or identifier")
      }
    }
  }

  private mutating func parseExactValue() throws(LabelSelectorError) -> Set<String> {
    let next = lookahead(.values).token
    if next == .endOfString || next == .comma { return [""] }
    let (token, literal) = consume(.values)
    guard token == .identifier else {
      throw LabelSelectorError("found '\(literal)', expected: identifier")
    }
    return [literal]
  }

  private func lookahead(_ context: Context) -> (token: Token, literal: String) {
    Self.adjust(items[position], context)
  }

  private mutating func consume(_ context: Context) -> (token: Token, literal: String) {
    let item = items[position]
    // The scanner always ends with endOfString; never step past it.
    if position < items.count - 1 { position += 1 }
    return Self.adjust(item, context)
  }

  private static func adjust(_ item: (token: Token, literal: String), _ context: Context) -> (
    token: Token, literal: String
  ) {
    if context == .values && (item.token == .in || item.token == .notIn) {
      return (.identifier, item.literal)
    }
    return item
  }

  // MARK: - Scanner

  private static let keywords: [String: Token] = [
    ")": .closedParen, ",": .comma, "!": .doesNotExist, "==": .doubleEquals, "=": .equals, ">": .greaterThan,
    "in": .in, "<": .lessThan, "!=": .notEquals, "notin": .notIn, "(": .openParen,
  ]

  private static func scan(_ bytes: [UInt8]) -> [(token: Token, literal: String)] {
    var items: [(token: Token, literal: String)] = []
    var index = 0
    // Go's lexer reads a NUL byte as the end of input; keep that behaviour.
    func byte(at offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0 }
    while true {
      while isWhitespace(byte(at: index)) { index += 1 }
      let current = byte(at: index)
      if current == 0 {
        items.append((.endOfString, ""))
        return items
      }
      let start = index
      if isSpecial(current) {
        // Longest run of symbols that still forms an operator: "!=" rather than "!", "=".
        var best: (token: Token, end: Int)?
        var end = index
        while isSpecial(byte(at: end)) {
          end += 1
          let text = String(decoding: bytes[start..<end], as: UTF8.self)
          if let token = keywords[text] {
            best = (token, end)
          } else if best != nil {
            break
          }
        }
        // Every single symbol is an operator, so `best` is always set here.
        let match = best ?? (.identifier, end)
        items.append((match.token, String(decoding: bytes[start..<match.end], as: UTF8.self)))
        index = match.end
      } else {
        while index < bytes.count, bytes[index] != 0, !isSpecial(bytes[index]), !isWhitespace(bytes[index]) {
          index += 1
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        items.append((keywords[text] ?? .identifier, text))
      }
    }
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
  }

  private static func isSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","),
      UInt8(ascii: ">"), UInt8(ascii: "<"):
      return true
    default:
      return false
    }
  }
}
