import CurlHTTP
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One request to a model provider, shared by every provider: sends it as a stream, hands each server-sent
/// event to the caller when the answer is `text/event-stream`, and otherwise returns the whole JSON answer
/// (a server that ignores `"stream": true`, or a non-streamed request). Provider errors become `LLMError`s.
struct ProviderCall: Sendable {
  let transport: any HTTPTransport
  /// The environment variable named when the key is refused.
  let keyVariable: String

  /// The JSON answer, or nil when the answer was an event stream (each event already given to `onEvent`).
  func send(_ request: HTTPRequest, onEvent: (ServerSentEvents.Event) throws -> Void) async throws -> JSONValue? {
    do {
      let stream = try await transport.streamLines(request)
      let eventStream = stream.header("Content-Type")?.lowercased().contains("text/event-stream") == true
      if eventStream, (200..<300).contains(stream.status) {
        var parser = ServerSentEvents()
        for try await line in stream.lines {
          if let event = parser.feed(String(decoding: line, as: UTF8.self)) { try onEvent(event) }
        }
        if let event = parser.flush() { try onEvent(event) }
        return nil
      }
      var body = Data()
      for try await line in stream.lines {
        body.append(line)
        body.append(0x0A)
      }
      let response = HTTPResponse(status: stream.status, headers: stream.headers, body: body)
      guard (200..<300).contains(response.status) else {
        throw OpenAIChat.error(response, keyVariable: keyVariable)
      }
      do {
        return try JSONValue.parse(body)
      } catch {
        throw LLMError.malformed("not JSON (\(body.count) bytes)")
      }
    } catch let error as HTTPError {
      if case .cancelled = error { throw CancellationError() }
      throw LLMError.transport(error.description)
    }
  }

  /// An `error` object sent inside a stream, as the provider's error.
  static func streamError(_ value: JSONValue) -> LLMError? {
    guard let message = value[path: ["error", "message"]]?.stringValue else { return nil }
    return .provider(status: 200, detail: message)
  }

  /// Parses one event's data as JSON.
  static func json(_ data: String) throws(LLMError) -> JSONValue {
    do {
      return try JSONValue.parse(Data(data.utf8))
    } catch {
      throw .malformed("a stream event is not JSON: \(data.prefix(80))")
    }
  }
}
