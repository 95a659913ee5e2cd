import CurlHTTP
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One page of a list, decoded (and perhaps turned into other values).
struct DecodedPage<Element: Sendable>: Sendable {
  var items: [Element]
  var metadata: ListMeta
}

/// The pages of one list being decoded, oldest first, each with the continue token its leading metadata named.
struct PageDecoding<Element: Sendable> {
  let width: Int
  private var tasks: [(task: Task<DecodedPage<Element>, Error>, token: String?)] = []

  init(width: Int) { self.width = width }

  var isEmpty: Bool { tasks.isEmpty }
  var isFull: Bool { tasks.count >= width }

  mutating func start(_ task: Task<DecodedPage<Element>, Error>, expecting token: String?) {
    tasks.append((task, token))
  }

  /// The oldest page, decoded, and the token the next page was fetched with.
  mutating func next() async throws -> (DecodedPage<Element>, String?) {
    let (task, token) = tasks.removeFirst()
    return (try await task.value, token)
  }

  mutating func cancel() {
    for entry in tasks { entry.task.cancel() }
    tasks.removeAll()
  }
}

/// One list page on its way, and what its head says comes next as soon as the head is in: the next page is
/// asked for then, so that the server makes it while this one is still being sent.
struct PageFetch: Sendable {
  let response: Task<HTTPResponse, Error>
  /// At most one element, before the response is complete; finished empty when the head could not be read.
  private let head: AsyncStream<ListPageHead.Next>

  /// Starts `send`, which must hand its watcher to `KubeClient.send(watchBodyStart:)`.
  init(
    _ send:
      @escaping @Sendable (_ watch: @escaping @Sendable (UnsafeRawBufferPointer) -> Bool) async throws -> HTTPResponse
  ) {
    let (head, feed) = AsyncStream.makeStream(of: ListPageHead.Next.self, bufferingPolicy: .bufferingNewest(1))
    self.head = head
    response = Task {
      defer { feed.finish() }
      return try await send { bytes in
        guard let next = ListPageHead.next(in: bytes) else { return bytes.count >= ListPageHead.searchLimit }
        feed.yield(next)
        feed.finish()
        return true
      }
    }
  }

  /// What the page's head says comes next, once it is in; nil when it was not read before the page completed
  /// (or the page failed).
  func next() async -> ListPageHead.Next? {
    for await next in head { return next }
    return nil
  }
}

/// Typed access to one kind of resource in one namespace (or all namespaces, or cluster scope).
public struct ResourceHandle<Item: KubeObject>: Sendable {
  public let client: KubeClient
  public let kind: ResourceKind
  /// nil: all namespaces for namespaced kinds; ignored for cluster-scoped kinds.
  public let namespace: String?

  /// Fetches one object by name.
  public func get(_ name: String) async throws -> Item {
    let path = try kind.objectPath(name: name, namespace: namespace)
    return try await client.getJSON(Item.self, path: path)
  }

  /// Lists every item, following `continue` tokens. A 410 on a continue token restarts the list
  /// (the pages of one list are a consistent snapshot, so mixing two snapshots is not allowed).
  ///
  /// Pages are fetched back to back and decoded concurrently, a few at a time: the next page's token is read from
  /// the page's leading `metadata` (see `ListPageHead`) as soon as it arrives, and the next page asked for while
  /// the rest of this one is still on its way, so the server's work, the transfer and the decoding of several pages
  /// overlap. `eachPage` sees each page's items in list order as soon as they are decoded, for callers that start
  /// work before the whole list is in.
  public func list(_ options: ListOptions = ListOptions(), eachPage: (([Item]) -> Void)? = nil) async throws
    -> ObjectList<Item>
  {
    let (items, resourceVersion) = try await pages(options, eachPage: eachPage) { page in
      DecodedPage(items: page.items, metadata: page.metadata)
    }
    return ObjectList(metadata: ListMeta(resourceVersion: resourceVersion), items: items)
  }

  /// The same, each item turned into an `Element` as its page is decoded, so the list's items are never all held
  /// at once beside the results.
  public func list<Element: Sendable>(
    _ options: ListOptions = ListOptions(), eachPage: (([Element]) -> Void)? = nil,
    as transform: @escaping @Sendable (Item) -> Element
  ) async throws -> (items: [Element], resourceVersion: String?) {
    try await pages(options, eachPage: eachPage) { page in
      DecodedPage(items: page.items.map(transform), metadata: page.metadata)
    }
  }

  /// The paging loop behind both `list`s; `convert` runs in each page's decoding task.
  private func pages<Element: Sendable>(
    _ options: ListOptions, eachPage: (([Element]) -> Void)?,
    convert: @escaping @Sendable (ObjectList<Item>) -> DecodedPage<Element>
  ) async throws -> (items: [Element], resourceVersion: String?) {
    let path = try kind.collectionPath(namespace: namespace)
    let limit = options.limit ?? client.listPageSize
    let client = self.client
    let fetch = { @Sendable (token: String?) -> PageFetch in
      var query = options.query
      query.append(("limit", String(limit)))
      if let token { query.append(("continue", token)) }
      let pageQuery = query
      return PageFetch { watch in
        try await client.send(method: "GET", path: path, query: pageQuery, watchBodyStart: watch)
      }
    }
    let decode = { @Sendable (body: Data) throws -> DecodedPage<Element> in
      convert(try ObjectList<Item>.scanning(body) ?? client.decode(ObjectList<Item>.self, from: body, path: path))
    }
    var restarts = 0
    restart: while true {
      var pages = PageDecoding<Element>(width: Self.decodingWidth)
      var fetching: PageFetch? = fetch(nil)
      defer {
        pages.cancel()
        fetching?.response.cancel()
      }
      var fetched = 0
      var items: [Element] = []
      var resourceVersion: String? = nil
      do {
        while fetching != nil || !pages.isEmpty {
          if let current = fetching, !pages.isFull {
            let early = await current.next()
            if let early { fetching = early.token.map(fetch) }
            let response = try await current.response.value
            fetched += 1
            let token = early.map(\.token) ?? ListPageHead.continueToken(in: response.body)
            if early == nil { fetching = token.map(fetch) }
            pages.start(Task { try decode(response.body) }, expecting: token)
            continue
          }
          let (page, expected) = try await pages.next()
          eachPage?(page.items)
          if items.isEmpty {
            items = page.items
            items.reserveCapacity(page.items.count + Int(page.metadata.remainingItemCount ?? 0))
          } else {
            items.append(contentsOf: page.items)
          }
          if resourceVersion == nil { resourceVersion = page.metadata.resourceVersion }
          let token = page.metadata.continue.flatMap { $0.isEmpty ? nil : $0 }
          if token != expected {
            // The leading metadata said otherwise (or nothing): go on from the page's own token.
            fetching?.response.cancel()
            pages.cancel()
            fetching = token.map(fetch)
          }
        }
        return (items, resourceVersion)
      } catch let error as KubeError where error.isExpired && fetched > 0 && restarts < 3 {
        restarts += 1
        continue restart
      }
    }
  }

  /// Every item's metadata and nothing else (`PartialObjectMetadataList`): the names of Secrets without their
  /// values. An answer of any other kind (a server that ignored the request and sent whole objects) is refused,
  /// so no contents are ever decoded.
  public func listMetadata() async throws -> [ObjectMeta] {
    let path = try kind.collectionPath(namespace: namespace)
    var items: [ObjectMeta] = []
    var token: String?
    repeat {
      var query = [("limit", String(client.listPageSize))]
      if let token { query.append(("continue", token)) }
      let response = try await client.send(method: "GET", path: path, query: query, accept: Self.metadataAccept)
      let page = try client.decode(MetadataPage.self, from: response.body, path: path)
      guard page.kind == "PartialObjectMetadataList" else {
        throw KubeError.malformedResponse(
          path: path, detail: "asked for PartialObjectMetadataList, got \(page.kind ?? "no kind")",
          server: client.serverName)
      }
      items += page.items.map(\.metadata)
      token = page.metadata?.continue.flatMap { $0.isEmpty ? nil : $0 }
    } while token != nil
    return items
  }

  static var metadataAccept: String { "application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io" }

  /// One page of `listMetadata`; the items' other fields are skipped while decoding.
  private struct MetadataPage: Decodable {
    var kind: String?
    var metadata: ListMeta?
    var items: [PartialObject]
  }

  /// Pages decoded at once: enough to use every core while the server sends the next page.
  static var decodingWidth: Int { pageDecodingWidth }

  /// Creates an object from any encodable body (a typed model or a `JSONValue`).
  public func create<Body: Encodable>(_ body: Body) async throws -> Item {
    try await client.postJSON(Item.self, path: try kind.collectionPath(namespace: namespace), body: body)
  }

  /// Patches an object.
  public func patch(_ name: String, type: PatchType, body: Data) async throws -> Item {
    let path = try kind.objectPath(name: name, namespace: namespace)
    let response = try await client.send(method: "PATCH", path: path, body: body, contentType: type.rawValue)
    return try client.decode(Item.self, from: response.body, path: path)
  }

  /// Deletes an object. The server answers with the object or a `Status`; either means success.
  public func delete(_ name: String) async throws {
    let path = try kind.objectPath(name: name, namespace: namespace)
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
    let path = try kind.collectionPath(namespace: namespace)
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

/// `ResourceHandle.decodingWidth`, read once: each reading of the core count opens and parses the cgroup's CPU files.
private let pageDecodingWidth = min(4, max(2, ProcessInfo.processInfo.activeProcessorCount))
