import NIOCore
import NIOEmbedded
import NIOHTTP2
import Testing

@testable import KubeSim

/// An HTTP/2 response ends on its last DATA frame: libcurl 7.88 failed one of many parallel requests when an empty
/// DATA frame ended the stream after the body (29 runs of 30, 286 GETs each; none once the frames were merged).
struct EndStreamCoalescerTests {
  @Test func theEmptyEndOfAResponseMarksItsLastDataFrame() throws {
    let channel = EmbeddedChannel(handler: EndStreamCoalescer())
    let ended = channel.eventLoop.makePromise(of: Void.self)
    channel.write(HTTP2Frame.FramePayload.headers(.init(headers: [":status": "200"])), promise: nil)
    channel.write(Self.data("first "), promise: nil)
    channel.write(Self.data("last"), promise: nil)
    channel.write(Self.data("", endStream: true), promise: ended)
    channel.flush()
    #expect(try Self.frames(channel) == ["headers", "data first ", "data last, end"])
    #expect(throws: Never.self) { try ended.futureResult.wait() }
  }

  @Test func framesAlreadyFlushedAndOtherEndingsPassAsTheyAre() throws {
    let channel = EmbeddedChannel(handler: EndStreamCoalescer())
    // A watch: each event is flushed on its own, and the stream ends later.
    channel.write(Self.data("event"), promise: nil)
    channel.flush()
    #expect(try Self.frames(channel) == ["data event"])
    channel.write(Self.data("", endStream: true), promise: nil)
    channel.flush()
    #expect(try Self.frames(channel) == ["data , end"])
    // A response without a body ends on its headers.
    channel.write(HTTP2Frame.FramePayload.headers(.init(headers: [":status": "204"], endStream: true)), promise: nil)
    channel.flush()
    #expect(try Self.frames(channel) == ["headers, end"])
  }

  static func data(_ text: String, endStream: Bool = false) -> HTTP2Frame.FramePayload {
    .data(.init(data: .byteBuffer(ByteBuffer(string: text)), endStream: endStream))
  }

  /// What reached the network side: `headers` or `data TEXT`, with `, end` when the frame ends the stream.
  static func frames(_ channel: EmbeddedChannel) throws -> [String] {
    var frames: [String] = []
    while let payload = try channel.readOutbound(as: HTTP2Frame.FramePayload.self) {
      switch payload {
      case .headers(let headers): frames.append("headers" + (headers.endStream ? ", end" : ""))
      case .data(let data):
        guard case .byteBuffer(let buffer) = data.data else { continue }
        frames.append("data \(String(buffer: buffer))" + (data.endStream ? ", end" : ""))
      default: frames.append("other")
      }
    }
    return frames
  }
}
