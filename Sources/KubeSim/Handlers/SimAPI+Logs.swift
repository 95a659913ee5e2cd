import Foundation
import KubeAPI

/// `pods/log`: text/plain, whole or followed.
extension SimAPI {
  func logs(_ target: ResourceTarget, request: SimRequest, sink: ResponseSink) async throws(StatusError) -> Reply {
    let pod = try await existing(target).object
    let logs = PodLogs(pod: pod)
    let container = try logs.container(named: request.query["container"])
    let now = await state.now()
    var lines = try logs.lines(container: container, previous: request.flag("previous"), now: now)
    if let seconds = request.query["sinceSeconds"].flatMap(Int.init) {
      lines = lines.filter { now.timeIntervalSince($0.time) <= Double(seconds) }
    } else if let since = request.query["sinceTime"].flatMap(SimClock.parse) {
      lines = lines.filter { $0.time >= since }
    }
    if let tail = request.query["tailLines"].flatMap(Int.init), tail >= 0 { lines = Array(lines.suffix(tail)) }
    let timestamps = request.flag("timestamps")
    var text = lines.map { (timestamps ? SimClock.nanoTimestamp($0.time) + " " : "") + $0.text + "\n" }.joined()
    if let limit = request.query["limitBytes"].flatMap(Int.init), limit >= 0, text.utf8.count > limit {
      text = String(decoding: Array(text.utf8.prefix(limit)), as: UTF8.self)
    }
    let headers = [("Content-Type", "text/plain")]
    guard request.flag("follow") else {
      return .response(SimResponse(status: 200, headers: headers, body: Array(text.utf8)))
    }
    do {
      try await sink.begin(status: 200, headers: headers)
      if !text.isEmpty { try await sink.write(Array(text.utf8)) }
      // Keep the stream open, as a quiet container does, until the client goes away.
      while !Task.isCancelled {
        try await Task.sleep(for: .seconds(1))
      }
    } catch {
      await sink.abort()
      return .streamed(status: 200)
    }
    await sink.finish()
    return .streamed(status: 200)
  }
}
