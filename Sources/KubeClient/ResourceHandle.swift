import CurlHTTP
import Foundation
import KubeAPI

/// Typed access to one kind of resource in one namespace (or all namespaces, or cluster scope).
public struct ResourceHandle<Item: KubeObject>: Sendable {
  public let client: KubeClient
  public let kind: ResourceKind
  /// nil: all namespaces for namespaced kinds; ignored for cluster-scoped kinds.
  public let namespace: String?

  /// Fetches one object by name.
  public func get(_ name: String) async throws -> Item {
    let path = kind.objectPath(name: name, namespace: namespace)
    return try await client.getJSON(Item.self, path: path)
  }

  /// Lists every item, following `continue` tokens. A 410 on a continue token restarts the list
  /// (the pages of one list are a consistent snapshot, so mixing two snapshots is not allowed).
  ///
  /// The next page is requested while the current one decodes: its token is read from the page's leading
  /// `metadata` (see `ListPageHead`), so the server's work and the transfer overlap lamp's decoding.
  public func list(_ options: ListOptions = ListOptions()) async throws -> ObjectList<Item> {
    let path = kind.collectionPath(namespace: namespace)
    let limit = options.limit ?? client.listPageSize
    let client = self.client
    func fetch(_ token: String?) async throws -> HTTPResponse {
      var query = options.query
      query.append(("limit", String(limit)))
      if let token { query.append(("continue", token)) }
      return try await client.send(method: "GET", path: path, query: query)
    }
    var restarts = 0
    restart: while true {
      var items: [Item] = []
      var token: String? = nil
      var resourceVersion: String? = nil
      var prefetched: (token: String, task: Task<HTTPResponse, Error>)? = nil
      defer { prefetched?.task.cancel() }
      repeat {
        let page: ObjectList<Item>
        do {
          let response: HTTPResponse
          if let next = prefetched, next.token == token {
            response = try await next.task.value
          } else {
            prefetched?.task.cancel()
            response = try await fetch(token)
          }
          prefetched = nil
          if let upcoming = ListPageHead.continueToken(in: response.body) {
            prefetched = (upcoming, Task { try await fetch(upcoming) })
          }
          page =
            try ObjectList<Item>.scanning(response.body)
            ?? client.decode(ObjectList<Item>.self, from: response.body, path: path)
        } catch let error as KubeError where error.isExpired && token != nil && restarts < 3 {
          restarts += 1
          continue restart
        }
        if items.isEmpty {
          items = page.items
          items.reserveCapacity(page.items.count + Int(page.metadata.remainingItemCount ?? 0))
        } else {
          items.append(contentsOf: page.items)
        }
        if resourceVersion == nil { resourceVersion = page.metadata.resourceVersion }
        token = page.metadata.continue.flatMap { $0.isEmpty ? nil : $0 }
      } while token != nil
      return ObjectList(metadata: ListMeta(resourceVersion: resourceVersion), items: items)
    }
  }

  /// Creates an object from any encodable body (a typed model or a `JSONValue`).
  public func create<Body: Encodable>(_ body: Body) async throws -> Item {
    try await client.postJSON(Item.self, path: kind.collectionPath(namespace: namespace), body: body)
  }

  /// Patches an object.
  public func patch(_ name: String, type: PatchType, body: Data) async throws -> Item {
    let path = kind.objectPath(name: name, namespace: namespace)
    let response = try await client.send(method: "PATCH", path: path, body: body, contentType: type.rawValue)
    return try client.decode(Item.self, from: response.body, path: path)
  }

  /// Deletes an object. The server answers with the object or a `Status`; either means success.
  public func delete(_ name: String) async throws {
    let path = kind.objectPath(name: name, namespace: namespace)
    _ = try await client.send(method: "DELETE", path: path)
  }

  /// One watch stream from `resourceVersion`. Ends when the server closes it; a 410 (either form) throws
  /// `KubeError` with `isExpired`, telling the caller to re-list.
  public func watch(_ options: ListOptions = ListOptions(), from resourceVersion: String?, timeoutSeconds: Int? = nil)
    async throws -> AsyncThrowingStream<WatchEvent<Item>, Error>
  {
    var query = options.query
    query.append(("watch", "1"))
    query.append(("allowWatchBookmarks", "true"))
    if let resourceVersion { query.append(("resourceVersion", resourceVersion)) }
    if let timeoutSeconds { query.append(("timeoutSeconds", String(timeoutSeconds))) }
    let path = kind.collectionPath(namespace: namespace)
    let stream = try await client.stream(path: path, query: query)
    let client = self.client
    return AsyncThrowingStream { continuation in
      let task = Task {
        do {
          for try await line in stream.lines where !line.isEmpty {
            continuation.yield(try Self.decodeEvent(line, client: client, path: path))
          }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  /// List-then-watch, as informers do: yields a snapshot, then changes; reconnects when the stream ends and
  /// re-lists (yielding a fresh snapshot) after a 410. Runs until the consumer stops iterating.
  public func observe(_ options: ListOptions = ListOptions()) -> AsyncThrowingStream<ObservedChange<Item>, Error> {
    let handle = self
    return AsyncThrowingStream { continuation in
      let task = Task {
        var resourceVersion: String? = nil
        var failures = 0
        while !Task.isCancelled {
          do {
            if resourceVersion == nil {
              let list = try await handle.list(options)
              resourceVersion = list.metadata.resourceVersion
              continuation.yield(.snapshot(list.items))
            }
            let events = try await handle.watch(options, from: resourceVersion, timeoutSeconds: 300)
            for try await event in events {
              failures = 0
              switch event {
              case .added(let item):
                resourceVersion = item.metadata.resourceVersion ?? resourceVersion
                continuation.yield(.added(item))
              case .modified(let item):
                resourceVersion = item.metadata.resourceVersion ?? resourceVersion
                continuation.yield(.modified(item))
              case .deleted(let item):
                resourceVersion = item.metadata.resourceVersion ?? resourceVersion
                continuation.yield(.deleted(item))
              case .bookmark(let version):
                resourceVersion = version
              }
            }
          } catch let error as KubeError where error.isExpired {
            resourceVersion = nil
          } catch is CancellationError {
            break
          } catch let error as KubeError {
            // Dropped connections are normal for long watches; give up only when the server keeps failing.
            failures += 1
            if failures > 5 || error.statusCode.map({ $0 < 500 && $0 != 429 }) == true {
              continuation.finish(throwing: error)
              return
            }
            try? await Task.sleep(for: .milliseconds(200 * failures))
          } catch {
            failures += 1
            if failures > 5 {
              continuation.finish(throwing: error)
              return
            }
            try? await Task.sleep(for: .milliseconds(200 * failures))
          }
        }
        continuation.finish()
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  private struct EventType: Decodable { var type: String }
  private struct EventBody<T: Decodable>: Decodable { var object: T }

  static func decodeEvent(_ line: Data, client: KubeClient, path: String) throws -> WatchEvent<Item> {
    let type = try client.decode(EventType.self, from: line, path: path).type
    switch type {
    case "ADDED": return .added(try client.decode(EventBody<Item>.self, from: line, path: path).object)
    case "MODIFIED": return .modified(try client.decode(EventBody<Item>.self, from: line, path: path).object)
    case "DELETED": return .deleted(try client.decode(EventBody<Item>.self, from: line, path: path).object)
    case "BOOKMARK":
      let object = try client.decode(EventBody<PartialObject>.self, from: line, path: path).object
      return .bookmark(resourceVersion: object.metadata.resourceVersion ?? "")
    case "ERROR":
      let status = try client.decode(EventBody<Status>.self, from: line, path: path).object
      throw KubeError.api(status, server: client.serverName)
    default:
      throw KubeError.malformedResponse(
        path: path, detail: "unknown watch event type \"\(type)\"", server: client.serverName)
    }
  }
}
