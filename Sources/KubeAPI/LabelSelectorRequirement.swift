extension LabelSelector {
  /// How a requirement relates a label's value to its values (apimachinery's `selection.Operator`).
  public enum Operator: String, Sendable, Hashable, CaseIterable {
    case equals = "="
    case doubleEquals = "=="
    case notEquals = "!="
    case `in` = "in"
    case notIn = "notin"
    case exists = "exists"
    case doesNotExist = "!"
    case greaterThan = "gt"
    case lessThan = "lt"
  }

  /// One condition on one label key; a selector holds when all its requirements hold.
  public struct Requirement: Sendable, Hashable, CustomStringConvertible {
    public let key: String
    public let `operator`: Operator
    /// The values as given; `description` sorts them.
    public let values: [String]

    /// A validated requirement, checked the way kube-apiserver's `NewRequirement` checks it.
    public init(key: String, operator: Operator, values: [String] = []) throws(LabelSelectorError) {
      let errors = Self.validationErrors(key: key, operator: `operator`, values: values)
      guard errors.isEmpty else { throw LabelSelectorError(GoText.aggregate(errors)) }
      self.init(unchecked: key, operator: `operator`, values: values)
    }

    init(unchecked key: String, operator: Operator, values: [String]) {
      self.key = key
      self.operator = `operator`
      self.values = values
    }

    /// Whether `labels` satisfy this requirement; `!=` and `notin` also hold when the key is missing.
    public func matches(_ labels: [String: String]) -> Bool {
      switch self.operator {
      case .equals, .doubleEquals, .in:
        guard let value = labels[key] else { return false }
        return values.contains(value)
      case .notEquals, .notIn:
        guard let value = labels[key] else { return true }
        return !values.contains(value)
      case .exists:
        return labels[key] != nil
      case .doesNotExist:
        return labels[key] == nil
      case .greaterThan, .lessThan:
        guard let text = labels[key], let actual = Int64(text), values.count == 1, let bound = Int64(values[0]) else {
          return false
        }
        return self.operator == .greaterThan ? actual > bound : actual < bound
      }
    }

    /// The requirement in selector syntax: `a=b`, `a in (x,y)`, `!a`, `a>5`.
    public var description: String {
      switch self.operator {
      case .exists: return key
      case .doesNotExist: return "!" + key
      case .in, .notIn: return key + " " + self.operator.rawValue + " (" + sortedValues + ")"
      case .greaterThan: return key + ">" + sortedValues
      case .lessThan: return key + "<" + sortedValues
      case .equals, .doubleEquals, .notEquals: return key + self.operator.rawValue + sortedValues
      }
    }

    private var sortedValues: String {
      values.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: ",")
    }

    /// Field errors worded like apimachinery's `field.Invalid` (`values[0][app]: Invalid value: ...`).
    static func validationErrors(key: String, operator: Operator, values: [String]) -> [String] {
      var errors: [String] = []
      let keyErrors = LabelSelectorValidation.keyErrors(key)
      if !keyErrors.isEmpty {
        errors.append(invalid("key", GoText.quoted(key), keyErrors.joined(separator: "; ")))
      }
      switch `operator` {
      case .in, .notIn:
        if values.isEmpty {
          errors.append(invalid("values", jsonArray(values), "for 'in', 'notin' operators, values set can't be empty"))
        }
      case .equals, .doubleEquals, .notEquals:
        if values.count != 1 {
          errors.append(invalid("values", jsonArray(values), "exact-match compatibility requires one single value"))
        }
      case .exists, .doesNotExist:
        if !values.isEmpty {
          errors.append(
            invalid("values", jsonArray(values), "values set must be empty for exists and does not exist"))
        }
      case .greaterThan, .lessThan:
        if values.count != 1 {
          errors.append(
            invalid("values", jsonArray(values), "for 'Gt', 'Lt' operators, exactly one value is required"))
        }
        for (index, value) in values.enumerated() where Int64(value) == nil {
          errors.append(
            invalid(
              "values[\(index)]", GoText.quoted(value), "for 'Gt', 'Lt' operators, the value must be an integer"))
        }
      }
      for (index, value) in values.enumerated() {
        let valueErrors = LabelSelectorValidation.valueErrors(value)
        if !valueErrors.isEmpty {
          errors.append(
            invalid("values[\(index)][\(key)]", GoText.quoted(value), valueErrors.joined(separator: "; ")))
        }
      }
      return errors
    }

    static func invalid(_ field: String, _ renderedValue: String, _ detail: String) -> String {
      field + ": Invalid value: " + renderedValue + ": " + detail
    }

    private static func jsonArray(_ values: [String]) -> String {
      "[" + values.map { GoText.quoted($0) }.joined(separator: ",") + "]"
    }
  }
}
