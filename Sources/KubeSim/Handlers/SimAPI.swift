import Foundation
import KubeAPI
import NIOHTTP1

/// Serves the Kubernetes API: authentication, impersonation, faults, authorization, then the verb handlers.
final class SimAPI: Sendable {
  let state: SimState
  let credentials: SimCredentials
  let requestLog: (@Sendable (String) -> Void)?
  let permissionLog: (@Sendable (String) -> Void)?
  static let gitVersion = "v1.32.0-lamp-sim"

  init(
    state: SimState, credentials: SimCredentials, requestLog: (@Sendable (String) -> Void)?,
    permissionLog: (@Sendable (String) -> Void)? = nil
  ) {
    self.state = state
    self.credentials = credentials
    self.requestLog = requestLog
    self.permissionLog = permissionLog
  }

  /// What a handler did: a response to send, or a stream it already wrote.
  enum Reply: Sendable {
    case response(SimResponse)
    case streamed(status: Int)
  }

  func handle(_ request: SimRequest, sink: ResponseSink) async {
    let started = request.received
    let status: Int
    switch await reply(to: request, sink: sink) {
    case .response(let response):
      let delivery =
        request.method != .HEAD && response.body.count > 1 && response.status == 200
        ? await state.rollDelivery() : .whole
      await sink.send(response, delivery: delivery)
      status = response.status
    case .streamed(let code):
      status = code
    }
    if let requestLog {
      let elapsed = ContinuousClock.now - started
      let millis = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
      let query = request.rawQuery.isEmpty ? "" : "?" + request.rawQuery
      let type = request.body.isEmpty ? "" : " (\(request.header("content-type") ?? "no content type"))"
      requestLog("\(request.method.rawValue) \(request.path)\(query)\(type) \(status) \(millis)ms")
    }
  }

  private func reply(to request: SimRequest, sink: ResponseSink) async -> Reply {
    let faults = await state.faults
    if faults.latency > .zero {
      do { try await Task.sleep(for: faults.latency) } catch { return .streamed(status: 0) }
    }
    // Bad credentials get 401 everywhere, as kube-apiserver does; only a request without any may be anonymous.
    let authenticated = await authenticate(request)
    let presentedCredentials = request.header("authorization") != nil
    if presentedCredentials && authenticated == nil { return .response(.status(.unauthorized)) }
    if let publicReply = publicEndpoint(request) { return .response(publicReply) }
    guard var user = authenticated else { return .response(.status(.unauthorized)) }
    let access = await state.accessControl()
    do {
      user = try impersonate(request, as: user, access: access)
    } catch {
      return .response(.status(error))
    }
    let registry = await state.currentRegistry()
    let route = APIRoute.parse(request.segments, path: request.path, registry: registry)
    if case .nonResource = route {
    } else {
      let isRead = request.method == .GET || request.method == .HEAD
      let fault = await state.rollFaults(isRead: isRead)
      if fault.throttle { return .response(throttled(retryAfter: faults.retryAfterSeconds)) }
      if fault.fail { return .response(.status(.serviceUnavailable)) }
    }
    do {
      return try await dispatch(route, request: request, user: user, access: access, registry: registry, sink: sink)
    } catch {
      return .response(.status(error))
    }
  }

  /// Health and version endpoints, served to anyone like kube-apiserver's public-info-viewer role allows.
  private func publicEndpoint(_ request: SimRequest) -> SimResponse? {
    guard request.method == .GET || request.method == .HEAD else { return nil }
    switch request.path {
    case "/healthz", "/livez", "/readyz":
      return .text("ok")
    case "/version", "/version/":
      return .json(Self.versionDocument())
    default:
      return nil
    }
  }

  static func versionDocument() -> [UInt8] {
    JSONWriter.encode(
      .object([
        "major": .string("1"), "minor": .string("32"), "gitVersion": .string(gitVersion),
        "gitCommit": .string("0000000000000000000000000000000000000000"), "gitTreeState": .string("clean"),
        "buildDate": .string("2026-11-01T00:00:00Z"), "goVersion": .string("go1.23.4"), "compiler": .string("gc"),
        "platform": .string("linux/amd64"),
      ]))
  }

  /// The APF-style 429: plain text, Retry-After and priority-and-fairness headers.
  private func throttled(retryAfter: Int) -> SimResponse {
    var response = SimResponse.text("Too many requests, please try again later.\n", status: 429)
    response.headers += [
      ("Retry-After", String(retryAfter)),
      ("X-Kubernetes-PF-FlowSchema-UID", "7c0e5a4f-2b1d-4e8a-9f36-5d2c8b7a1e90"),
      ("X-Kubernetes-PF-PriorityLevel-UID", "3e9b1c7d-6a2f-4d05-8b4e-0f1a9c2d7e63"),
    ]
    return response
  }

  // MARK: Authentication

  private func authenticate(_ request: SimRequest) async -> SimUser? {
    if let user = request.certificateUser { return user }
    guard let header = request.header("authorization"), header.lowercased().hasPrefix("bearer ") else { return nil }
    return await authenticate(token: header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces))
  }

  /// The user a bearer token stands for: the kubeconfig's users or a service-account token secret.
  func authenticate(token: String) async -> SimUser? {
    if let user = credentials.tokens[token] { return user }
    return await state.user(forSecretToken: token)
  }

  private func impersonate(_ request: SimRequest, as user: SimUser, access: AccessControl) throws(StatusError)
    -> SimUser
  {
    let target = request.header("impersonate-user")
    let groups = request.headers["impersonate-group"]
    let uid = request.header("impersonate-uid")
    var extra: [String: [String]] = [:]
    for (name, value) in request.headers where name.lowercased().hasPrefix("impersonate-extra-") {
      let key = String(name.dropFirst("impersonate-extra-".count)).lowercased()
      extra[key.percentDecoded() ?? key, default: []].append(value)
    }
    guard let target else {
      if !groups.isEmpty || uid != nil || !extra.isEmpty {
        let requested = groups.map { "{Group  \($0)  }" } + (uid.map { ["{UID  \($0)  }"] } ?? [])
        throw StatusError.badRequest("requested \(requested) without impersonating a user")
      }
      return user
    }
    var checks: [AccessAttributes] = []
    var impersonated = SimUser(name: target, groups: [])
    if let account = impersonated.serviceAccount {
      checks.append(
        AccessAttributes(
          verb: "impersonate", resource: "serviceaccounts", name: account.name, namespace: account.namespace))
      if groups.isEmpty { impersonated = .serviceAccount(namespace: account.namespace, name: account.name) }
    } else {
      checks.append(AccessAttributes(verb: "impersonate", resource: "users", name: target))
    }
    for group in groups {
      checks.append(AccessAttributes(verb: "impersonate", resource: "groups", name: group))
    }
    if let uid {
      checks.append(AccessAttributes(verb: "impersonate", group: "authentication.k8s.io", resource: "uids", name: uid))
    }
    for (key, values) in extra.sorted(by: { $0.key < $1.key }) {
      for value in values {
        checks.append(
          AccessAttributes(
            verb: "impersonate", group: "authentication.k8s.io", resource: "userextras", subresource: key, name: value))
      }
    }
    for check in checks where !access.authorize(user, check).allowed {
      throw AccessControl.forbidden(user, check)
    }
    if !groups.isEmpty { impersonated.groups = groups }
    if impersonated.name != "system:anonymous", !impersonated.groups.contains("system:authenticated") {
      impersonated.groups.append("system:authenticated")
    }
    impersonated.uid = uid ?? ""
    impersonated.extra = extra
    return impersonated
  }
}
