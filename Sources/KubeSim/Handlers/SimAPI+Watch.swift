import Foundation
import KubeAPI

/// `?watch=1`: newline-delimited JSON events over a chunked response.
extension SimAPI {
  /// How often bookmarks are sent when the client allows them.
  static let bookmarkInterval: Duration = .seconds(5)

  func watch(_ target: ResourceTarget, request: SimRequest, sink: ResponseSink) async throws(StatusError) -> Reply {
    let filter = try listFilter(target, request: request)
    let rvText = request.query["resourceVersion"] ?? ""
    var from: Int64?
    if !rvText.isEmpty {
      guard let number = Int64(rvText) else {
        throw StatusError.badRequest("invalid resource version: \(rvText)")
      }
      from = number
    }
    let sendInitialEvents = request.flag("sendInitialEvents")
    if sendInitialEvents {
      guard request.query["resourceVersionMatch"] == "NotOlderThan" else {
        throw StatusError.invalid(
          kind: "ListOptions", group: "meta.k8s.io", name: "",
          causes: [
            .init(
              reason: "FieldValueForbidden",
              message: "Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan",
              field: "sendInitialEvents")
          ])
      }
      // A streaming list starts with the current state whatever resourceVersion says.
      from = nil
    }
    let representation = Representation.negotiate(request)
    let timeout = Int(request.query["timeoutSeconds"] ?? "").flatMap { $0 > 0 ? $0 : nil }
    let bookmarks = request.flag("allowWatchBookmarks")
    let (stream, continuation) = AsyncStream<WatchSignal>.makeStream()
    let contentType = representation == .object ? "application/json" : Representation.tableContentType
    let opened: (initial: [WatchRecord], watcher: Int, resourceVersion: Int64)
    do {
      opened = try await state.openWatch(
        type: target.type, namespace: target.namespace, resourceVersion: from, continuation: continuation)
    } catch {
      // kube-apiserver accepts the watch and then sends a single ERROR event.
      do {
        try await sink.begin(status: 200, headers: [("Content-Type", contentType)])
        try await sink.write(Array("{\"type\":\"ERROR\",\"object\":".utf8) + error.body() + Array("}\n".utf8))
      } catch {
        return .streamed(status: 200)
      }
      await sink.finish()
      return .streamed(status: 200)
    }
    var session = WatchSession(
      target: target, filter: filter, representation: representation, printer: nil, lastRV: opened.resourceVersion)
    if case .table = representation {
      session.printer = TablePrinter(type: target.type, version: target.version, now: await state.now())
    }
    let faults = await state.faults
    var timers: [Task<Void, Never>] = []
    if let timeout {
      timers.append(Self.signal(.timeout, after: .seconds(timeout), to: continuation, repeating: false))
    }
    if bookmarks {
      timers.append(Self.signal(.bookmark, after: Self.bookmarkInterval, to: continuation, repeating: true))
    }
    if let drop = faults.dropWatchAfter {
      timers.append(Self.signal(.drop, after: drop, to: continuation, repeating: false))
    }
    defer { for timer in timers { timer.cancel() } }
    do {
      try await sink.begin(status: 200, headers: [("Content-Type", contentType)])
      var batch: [UInt8] = []
      for record in opened.initial {
        batch += session.encode(record)
        if batch.count > 256 * 1024 {
          try await sink.write(batch)
          batch = []
        }
      }
      if sendInitialEvents { batch += session.bookmark(initialEventsEnd: true) }
      if !batch.isEmpty { try await sink.write(batch) }
      loop: for await signal in stream {
        switch signal {
        case .record(let record):
          let bytes = session.encode(record)
          if !bytes.isEmpty { try await sink.write(bytes) }
        case .bookmark:
          try await sink.write(session.bookmark())
        case .timeout:
          if bookmarks { try await sink.write(session.bookmark()) }
          break loop
        case .drop:
          await state.removeWatcher(opened.watcher)
          await sink.abort()
          return .streamed(status: 200)
        }
      }
    } catch {
      await state.removeWatcher(opened.watcher)
      await sink.abort()
      return .streamed(status: 200)
    }
    await state.removeWatcher(opened.watcher)
    await sink.finish()
    return .streamed(status: 200)
  }

  private static func signal(
    _ signal: WatchSignal, after delay: Duration, to continuation: AsyncStream<WatchSignal>.Continuation,
    repeating: Bool
  ) -> Task<Void, Never> {
    Task {
      repeat {
        do { try await Task.sleep(for: delay) } catch { return }
        continuation.yield(signal)
      } while repeating
    }
  }
}

/// The per-stream state of a watch: filtering, shaping and the last resourceVersion sent.
struct WatchSession: Sendable {
  var target: ResourceTarget
  var filter: ListFilter
  var representation: Representation
  var printer: TablePrinter?
  var lastRV: Int64
  private var sentColumns = false

  init(
    target: ResourceTarget, filter: ListFilter, representation: Representation, printer: TablePrinter?, lastRV: Int64
  ) {
    self.target = target
    self.filter = filter
    self.representation = representation
    self.printer = printer
    self.lastRV = lastRV
  }

  private func visible(_ object: StoredObject) -> Bool {
    if let namespace = target.namespace, object.namespace != namespace { return false }
    if let name = target.name, object.name != name { return false }
    return filter.matches(object)
  }

  /// The event line for a change, or nothing when the watcher does not see it.
  mutating func encode(_ record: WatchRecord) -> [UInt8] {
    lastRV = max(lastRV, record.resourceVersion)
    let type: String
    switch record.kind {
    case .added:
      guard visible(record.object) else { return [] }
      type = "ADDED"
    case .deleted:
      guard visible(record.previous ?? record.object) else { return [] }
      type = "DELETED"
    case .modified:
      let now = visible(record.object)
      let before = record.previous.map(visible) ?? false
      switch (before, now) {
      case (true, true): type = "MODIFIED"
      case (false, true): type = "ADDED"
      case (true, false): type = "DELETED"
      case (false, false): return []
      }
    }
    var writer = JSONWriter(capacity: record.object.members.count + 128)
    writer.append("{\"type\":\"\(type)\",\"object\":")
    if let printer {
      var row: [String: JSONValue] = ["cells": .array(printer.cells(record.object.object))]
      if case .table(let include) = representation, include != "None" {
        row["object"] =
          include == "Object"
          ? record.object.value(as: target.type, version: target.version)
          : .object([
            "kind": .string("PartialObjectMetadata"), "apiVersion": .string("meta.k8s.io/v1"),
            "metadata": record.object.object["metadata"] ?? .object([:]),
          ])
      }
      let table = JSONValue.object([
        "kind": .string("Table"), "apiVersion": .string("meta.k8s.io/v1"),
        "metadata": .object(["resourceVersion": .string(String(record.resourceVersion))]),
        "columnDefinitions": sentColumns ? .null : .array(printer.columns.map(\.json)),
        "rows": .array([.object(row)]),
      ])
      sentColumns = true
      writer.write(table)
    } else {
      record.object.writeFull(into: &writer, as: target.type, version: target.version)
    }
    writer.append("}\n")
    return writer.bytes
  }

  /// A BOOKMARK event; `initialEventsEnd` marks the end of a streaming list's initial events.
  func bookmark(initialEventsEnd: Bool = false) -> [UInt8] {
    var metadataMembers: [String: JSONValue] = ["resourceVersion": .string(String(lastRV))]
    if initialEventsEnd {
      metadataMembers["annotations"] = .object(["k8s.io/initial-events-end": .string("true")])
    }
    let metadata = JSONValue.object(metadataMembers)
    let object: JSONValue
    if printer != nil {
      object = .object([
        "kind": .string("Table"), "apiVersion": .string("meta.k8s.io/v1"), "metadata": metadata,
        "columnDefinitions": .null, "rows": .array([]),
      ])
    } else {
      object = .object([
        "kind": .string(target.type.kind), "apiVersion": .string(target.type.apiVersion(target.version)),
        "metadata": metadata,
      ])
    }
    var writer = JSONWriter()
    writer.append("{\"type\":\"BOOKMARK\",\"object\":")
    writer.write(object)
    writer.append("}\n")
    return writer.bytes
  }
}
