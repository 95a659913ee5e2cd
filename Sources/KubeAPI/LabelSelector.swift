/// A Kubernetes label selector: requirements on labels that must all hold.
///
/// Built from the string form used by `-l` and `?labelSelector=` (`app=web,tier in (a,b),!canary`),
/// or decoded from the structured form used inside objects (`matchLabels`, `matchExpressions`).
public struct LabelSelector: Sendable, Hashable, CustomStringConvertible {
  /// The requirements, sorted by key as kube-apiserver sorts them.
  public let requirements: [Requirement]

  /// The selector that matches every object.
  public static let everything = LabelSelector()

  public init() {
    requirements = []
  }

  /// A selector of the given requirements, stably sorted by key (requirements on one key keep their order).
  public init(requirements: [Requirement]) {
    self.requirements = requirements.enumerated().sorted { lhs, rhs in
      if lhs.element.key != rhs.element.key {
        return lhs.element.key.utf8.lexicographicallyPrecedes(rhs.element.key.utf8)
      }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }

  /// Parses the string form; the empty string selects everything.
  public init(parsing text: String) throws(LabelSelectorError) {
    var parser = LabelSelectorParser(text)
    self.init(requirements: try parser.parse())
  }

  /// Exact matches on every given label, unvalidated (like apimachinery's `SelectorFromValidatedSet`).
  public init(matchLabels: [String: String]) {
    self.init(
      requirements: matchLabels.map { Requirement(unchecked: $0.key, operator: .equals, values: [$0.value]) })
  }

  /// The structured form, validated like apimachinery's `LabelSelectorAsSelector`.
  public init(matchLabels: [String: String], matchExpressions: [Expression]) throws(LabelSelectorError) {
    var requirements: [Requirement] = []
    for (key, value) in matchLabels {
      requirements.append(try Requirement(key: key, operator: .equals, values: [value]))
    }
    for expression in matchExpressions {
      let op: Operator
      switch expression.operator {
      case "In": op = .in
      case "NotIn": op = .notIn
      case "Exists": op = .exists
      case "DoesNotExist": op = .doesNotExist
      default: throw LabelSelectorError("\(GoText.quoted(expression.operator)) is not a valid label selector operator")
      }
      requirements.append(try Requirement(key: expression.key, operator: op, values: expression.values))
    }
    self.init(requirements: requirements)
  }

  /// Whether the selector has no requirements and so matches everything.
  public var isEverything: Bool { requirements.isEmpty }

  /// Whether `labels` satisfy every requirement.
  public func matches(_ labels: [String: String]) -> Bool {
    requirements.allSatisfy { $0.matches(labels) }
  }

  /// The canonical string form (`a=b,c in (x,y)`), as kube-apiserver prints a selector.
  public var description: String {
    requirements.map(\.description).joined(separator: ",")
  }
}

extension LabelSelector {
  /// One entry of `matchExpressions`: `{"key": "tier", "operator": "In", "values": ["web"]}`.
  public struct Expression: Sendable, Hashable, Codable {
    public var key: String
    /// `In`, `NotIn`, `Exists` or `DoesNotExist`.
    public var `operator`: String
    public var values: [String]

    public init(key: String, operator: String, values: [String] = []) {
      self.key = key
      self.operator = `operator`
      self.values = values
    }

    private enum CodingKeys: String, CodingKey {
      case key, `operator`, values
    }

    public init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      key = try container.decode(String.self, forKey: .key)
      self.operator = try container.decode(String.self, forKey: .operator)
      values = try container.decodeIfPresent([String].self, forKey: .values) ?? []
    }

    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(key, forKey: .key)
      try container.encode(self.operator, forKey: .operator)
      if !values.isEmpty { try container.encode(values, forKey: .values) }
    }
  }
}

extension LabelSelector: Codable {
  private enum CodingKeys: String, CodingKey {
    case matchLabels, matchExpressions
  }

  /// Decodes the structured form; an invalid selector is a decoding error carrying kube's message.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let labels = try container.decodeIfPresent([String: String].self, forKey: .matchLabels) ?? [:]
    let expressions = try container.decodeIfPresent([Expression].self, forKey: .matchExpressions) ?? []
    do {
      try self.init(matchLabels: labels, matchExpressions: expressions)
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.message))
    }
  }

  /// Encodes the structured form: single-value equalities as `matchLabels`, the rest as `matchExpressions`.
  /// `!=` becomes `NotIn`; `>` and `<` have no structured form and fail to encode.
  public func encode(to encoder: Encoder) throws {
    var labels: [String: String] = [:]
    var expressions: [Expression] = []
    for requirement in requirements {
      switch requirement.operator {
      case .equals, .doubleEquals:
        if requirement.values.count == 1, labels[requirement.key] == nil {
          labels[requirement.key] = requirement.values[0]
        } else {
          expressions.append(Expression(key: requirement.key, operator: "In", values: requirement.values))
        }
      case .in: expressions.append(Expression(key: requirement.key, operator: "In", values: requirement.values))
      case .notIn, .notEquals:
        expressions.append(Expression(key: requirement.key, operator: "NotIn", values: requirement.values))
      case .exists: expressions.append(Expression(key: requirement.key, operator: "Exists"))
      case .doesNotExist: expressions.append(Expression(key: requirement.key, operator: "DoesNotExist"))
      case .greaterThan, .lessThan:
        throw EncodingError.invalidValue(
          self,
          EncodingError.Context(
            codingPath: encoder.codingPath,
            debugDescription: "label selector requirement '\(requirement)' has no structured form"))
      }
    }
    var container = encoder.container(keyedBy: CodingKeys.self)
    if !labels.isEmpty { try container.encode(labels, forKey: .matchLabels) }
    if !expressions.isEmpty { try container.encode(expressions, forKey: .matchExpressions) }
  }
}
