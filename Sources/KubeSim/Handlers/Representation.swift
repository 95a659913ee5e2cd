/// The response shape a request's `Accept` header asks for.
enum Representation: Sendable, Equatable {
  case object
  case table(includeObject: String)
  case partialMetadata

  static let tableContentType = "application/json;as=Table;v=v1;g=meta.k8s.io"
  static let partialListContentType = "application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io"
  static let partialContentType = "application/json;as=PartialObjectMetadata;v=v1;g=meta.k8s.io"

  /// The first acceptable media type wins; protobuf and unknown types are skipped.
  static func negotiate(_ request: SimRequest) -> Representation {
    for media in request.acceptedMediaTypes {
      guard media.type == "application/json" || media.type == "*/*" || media.type == "application/*" else { continue }
      switch media.parameters["as"] {
      case "Table" where media.parameters["g"] == "meta.k8s.io":
        return .table(includeObject: request.query["includeObject"] ?? "Metadata")
      case "PartialObjectMetadata", "PartialObjectMetadataList":
        return media.parameters["g"] == "meta.k8s.io" ? .partialMetadata : .object
      case nil:
        return .object
      default:
        continue
      }
    }
    return .object
  }
}
