import Foundation
import KubeAPI

/// A canned Prometheus HTTP API, served behind pods/services proxy for pods labelled
/// `app.kubernetes.io/name: prometheus`.
struct PrometheusBackend: Sendable {
  let now: Date
  /// Pods known to the backend, as `up` series.
  let targets: [(namespace: String, pod: String)]

  func respond(path: String, query: [String: String]) -> SimResponse {
    switch path {
    case "/-/ready": return .text("Prometheus Server is Ready.\n")
    case "/-/healthy": return .text("Prometheus Server is Healthy.\n")
    case "/api/v1/status/buildinfo":
      return success([
        "version": .string("2.54.1"), "revision": .string("e6cfa720fbe5a0d0d1b4d1a6f7a1e4bd6a2e1c44"),
        "branch": .string("HEAD"), "buildUser": .string("root@lamp-sim"), "buildDate": .string("20240827-10:56:41"),
        "goVersion": .string("go1.22.6"),
      ])
    case "/api/v1/query":
      guard let expression = query["query"], !expression.isEmpty else {
        return badData("invalid parameter \"query\": 1:1: parse error: no expression found in input")
      }
      let time = query["time"].flatMap(Double.init) ?? now.timeIntervalSince1970
      return success([
        "resultType": .string("vector"),
        "result": .array(
          series(expression).map { metric in
            .object(["metric": metric, "value": sample(time, expression: expression, metric: metric)])
          }),
      ])
    case "/api/v1/query_range":
      guard let expression = query["query"], !expression.isEmpty else {
        return badData("invalid parameter \"query\": 1:1: parse error: no expression found in input")
      }
      let end = query["end"].flatMap(Double.init) ?? now.timeIntervalSince1970
      let start = query["start"].flatMap(Double.init) ?? end - 3600
      let step = max(1, query["step"].flatMap(Double.init) ?? 60)
      guard end >= start, (end - start) / step <= 11_000 else {
        return badData(
          "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)")
      }
      let times = Array(stride(from: start, through: end, by: step))
      return success([
        "resultType": .string("matrix"),
        "result": .array(
          series(expression).map { metric in
            .object([
              "metric": metric, "values": .array(times.map { sample($0, expression: expression, metric: metric) }),
            ])
          }),
      ])
    default:
      return SimResponse(
        status: 404, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array("404 page not found\n".utf8))
    }
  }

  /// One series per target pod for `up`, else a single series named after the expression.
  private func series(_ expression: String) -> [JSONValue] {
    if expression.trimmingCharacters(in: .whitespaces) == "up" {
      return targets.map { target in
        .object([
          "__name__": .string("up"), "job": .string("kubernetes-pods"), "namespace": .string(target.namespace),
          "pod": .string(target.pod),
        ])
      }
    }
    return [.object([:])]
  }

  /// A deterministic, plausible value: 1 for `up`, else a number derived from the expression.
  private func sample(_ time: Double, expression: String, metric: JSONValue) -> JSONValue {
    let value: String
    if expression.trimmingCharacters(in: .whitespaces) == "up" {
      value = "1"
    } else {
      let seed = expression.utf8.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }
      let base = Double(seed % 1000) / 10
      value = String(format: "%.3f", base + 5 * sin(time / 600))
    }
    return .array([.double(time), .string(value)])
  }

  private func success(_ data: [String: JSONValue]) -> SimResponse {
    .json(JSONWriter.encode(.object(["status": .string("success"), "data": .object(data)])))
  }

  private func badData(_ error: String) -> SimResponse {
    .json(
      JSONWriter.encode(
        .object(["status": .string("error"), "errorType": .string("bad_data"), "error": .string(error)])),
      status: 400)
  }
}
