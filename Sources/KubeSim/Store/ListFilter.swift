import KubeAPI

/// The label and field selectors of a list or watch request, validated against the resource.
struct ListFilter: Sendable {
  private var labels = LabelSelector.everything
  private var fields = FieldSelector.everything

  /// True when a selector was given (then `remainingItemCount` is not reported).
  var hasSelectors: Bool { !labels.isEverything || !fields.isEverything }

  init() {}

  init(labelSelector: String?, fieldSelector: String?, type: ResourceType) throws(StatusError) {
    if let labelSelector, !labelSelector.isEmpty {
      do {
        labels = try LabelSelector(parsing: labelSelector)
      } catch {
        throw StatusError.badRequest(error.message)
      }
    }
    if let fieldSelector, !fieldSelector.isEmpty {
      do {
        fields = try FieldSelector(parsing: fieldSelector)
      } catch {
        throw StatusError.badRequest(error.message)
      }
      let allowed = Set(["metadata.name", "metadata.namespace"] + type.selectableFields)
      for requirement in fields.requirements where !allowed.contains(requirement.field) {
        throw StatusError.badRequest("field label not supported: \(requirement.field)")
      }
    }
  }

  func matches(_ object: StoredObject) -> Bool {
    labels.matches(object.labels) && fields.matches { object.fields[$0] }
  }
}
