import CurlHTTP
import Foundation
import Testing

@Suite(.enabled(if: ExternalTools.available, "needs python3 and openssl"))
struct CurlTransportStreamTests {
  @Test func streamsLinesAcrossChunkBoundaries() async throws {
    let server = try TransportFixture.server
    let stream = try await TransportFixture.transport().streamLines(HTTPRequest(url: server.url("/chunked-lines")))
    #expect(stream.status == 200)
    #expect(stream.header("Content-Type") == "application/json")
    var lines: [String] = []
    for try await line in stream.lines { lines.append(String(decoding: line, as: UTF8.self)) }
    #expect(
      lines == [
        #"{"type":"ADDED","object":{"n":1}}"#, #"{"type":"MODIFIED","object":{"n":2}}"#, "",
        #"{"type":"DELETED","object":{"n":3}}"#, "last line without newline",
      ])
  }

  @Test func cancellingTheConsumerAbortsTheTransfer() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    let id = UUID().uuidString
    let stream = try await transport.streamLines(HTTPRequest(url: server.url("/never-ends?id=\(id)")))
    let consumer = Task {
      var count = 0
      for try await _ in stream.lines { count += 1 }
      return count
    }
    try await Task.sleep(for: .milliseconds(300))
    #expect(try await TransportFixture.activeStreams(id, on: server, using: transport) == 1)
    consumer.cancel()
    // The consumer sees a plain end of the stream, not an error.
    #expect(try await consumer.value > 0)
    #expect(try await TransportFixture.waitForStreamsToEnd(id, on: server, using: transport))
  }

  @Test func droppingTheStreamAbortsTheTransfer() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    let id = UUID().uuidString
    var stream: HTTPLineStream? = try await transport.streamLines(HTTPRequest(url: server.url("/never-ends?id=\(id)")))
    #expect(stream?.status == 200)
    try await Task.sleep(for: .milliseconds(200))
    stream = nil
    #expect(try await TransportFixture.waitForStreamsToEnd(id, on: server, using: transport))
  }

  @Test func throwsTransportErrorsFromTheIterator() async throws {
    let server = try TransportFixture.server
    let stream = try await TransportFixture.transport().streamLines(HTTPRequest(url: server.url("/cut")))
    #expect(stream.status == 200)
    let error = await TransportFixture.failure {
      for try await _ in stream.lines {}
    }
    guard case .truncated = error else {
      Issue.record("expected truncated, got \(String(describing: error))")
      return
    }
  }

  @Test func cancellingBeforeTheHeadArrivesThrowsCancelled() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    let task = Task { try await transport.streamLines(HTTPRequest(url: server.url("/slow?ms=10000"))) }
    try await Task.sleep(for: .milliseconds(300))
    task.cancel()
    #expect(await TransportFixture.failure { try await task.value } == .cancelled)
  }

  @Test func aStreamOutlivesItsTransportObject() async throws {
    let server = try TransportFixture.server
    let stream = try await TransportFixture.transport().streamLines(HTTPRequest(url: server.url("/chunked-lines")))
    var count = 0
    for try await _ in stream.lines { count += 1 }
    #expect(count == 5)
  }
}
