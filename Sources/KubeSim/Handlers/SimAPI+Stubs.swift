import KubeAPI

extension SimAPI {
  func review(_ target: ResourceTarget, request: SimRequest, user: SimUser, access: AccessControl)
    async throws(StatusError) -> SimResponse
  {
    throw StatusError.methodNotAllowed
  }

  func logs(_ target: ResourceTarget, request: SimRequest, sink: ResponseSink) async throws(StatusError) -> Reply {
    throw StatusError.methodNotAllowed
  }

  func proxy(_ target: ResourceTarget, request: SimRequest) async throws(StatusError) -> SimResponse {
    throw StatusError.methodNotAllowed
  }

  func nonResource(_ request: SimRequest, registry: ResourceRegistry) async throws(StatusError) -> Reply? {
    nil
  }
}
