/// The label and field selectors of a list or watch request, validated against the resource.
struct ListFilter: Sendable {
  private var labels: [InterimLabelRequirement] = []
  private var fields: [InterimFieldRequirement] = []

  /// True when a selector was given (then `remainingItemCount` is not reported).
  var hasSelectors: Bool { !labels.isEmpty || !fields.isEmpty }

  init() {}

  init(labelSelector: String?, fieldSelector: String?, type: ResourceType) throws(StatusError) {
    if let labelSelector, !labelSelector.isEmpty {
      labels = try InterimLabelRequirement.parse(labelSelector)
    }
    if let fieldSelector, !fieldSelector.isEmpty {
      fields = try InterimFieldRequirement.parse(fieldSelector)
      let allowed = Set(["metadata.name", "metadata.namespace"] + type.selectableFields)
      for requirement in fields where !allowed.contains(requirement.field) {
        throw StatusError.badRequest("field label not supported: \(requirement.field)")
      }
    }
  }

  func matches(_ object: StoredObject) -> Bool {
    for requirement in labels where !requirement.matches(object.labels) { return false }
    for requirement in fields {
      let value = object.fields[requirement.field] ?? ""
      if (value == requirement.value) == requirement.negated { return false }
    }
    return true
  }
}
