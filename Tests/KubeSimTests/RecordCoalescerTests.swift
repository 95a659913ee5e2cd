import NIOCore
import NIOEmbedded
import Testing

@testable import KubeSim

/// What HTTP/2 writes between two flushes reaches TLS in full records: each DATA frame's 9-byte header used to go
/// out as a record of its own, half of the records a client of a large list read.
struct RecordCoalescerTests {
  @Test func aFrameHeaderTravelsWithItsPayload() throws {
    let channel = EmbeddedChannel(handler: RecordCoalescer())
    let written = channel.eventLoop.makePromise(of: Void.self)
    channel.write(IOData.byteBuffer(Self.bytes(9, 1)), promise: nil)
    channel.write(IOData.byteBuffer(Self.bytes(16_384, 2)), promise: written)
    #expect(try Self.buffers(channel).isEmpty, "nothing goes out before the flush")
    channel.flush()
    let sent = try Self.buffers(channel)
    #expect(sent.map(\.readableBytes) == [16_393])
    let expected = Array(repeating: UInt8(1), count: 9) + Array(repeating: UInt8(2), count: 16_384)
    #expect(sent.first.map { Array($0.readableBytesView) } == expected)
    #expect(throws: Never.self) { try written.futureResult.wait() }
  }

  @Test func aLargeResponseGoesOutInFullRecordsBeforeItsFlush() throws {
    let recorder = WriteRecorder()
    let channel = EmbeddedChannel()
    try channel.pipeline.syncOperations.addHandlers(recorder, RecordCoalescer())
    var promises: [EventLoopPromise<Void>] = []
    var expected: [UInt8] = []
    // Nine frames of 16 KiB and their headers: 147,537 bytes.
    for frame in 0..<9 {
      let promise = channel.eventLoop.makePromise(of: Void.self)
      promises.append(promise)
      channel.write(IOData.byteBuffer(Self.bytes(9, UInt8(frame))), promise: nil)
      channel.write(IOData.byteBuffer(Self.bytes(16_384, UInt8(100 + frame))), promise: promise)
      expected += Array(repeating: UInt8(frame), count: 9) + Array(repeating: UInt8(100 + frame), count: 16_384)
    }
    #expect(recorder.sizes == [65_536, 65_536], "whole chunks are handed on as they fill")
    channel.flush()
    let sent = try Self.buffers(channel)
    #expect(sent.map(\.readableBytes) == [65_536, 65_536, 16_465])
    #expect(sent.flatMap { Array($0.readableBytesView) } == expected)
    for promise in promises { #expect(throws: Never.self) { try promise.futureResult.wait() } }
  }

  @Test func aWriteLeftUnflushedFailsWhenTheConnectionCloses() throws {
    let channel = EmbeddedChannel(handler: RecordCoalescer())
    let written = channel.eventLoop.makePromise(of: Void.self)
    channel.write(IOData.byteBuffer(Self.bytes(9, 1)), promise: written)
    _ = try channel.finish()
    #expect(throws: (any Error).self) { try written.futureResult.wait() }
  }

  /// Records the size of each buffer written towards the network, flushed or not.
  final class WriteRecorder: ChannelOutboundHandler {
    typealias OutboundIn = IOData
    var sizes: [Int] = []

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
      if case .byteBuffer(let buffer) = unwrapOutboundIn(data) { sizes.append(buffer.readableBytes) }
      context.write(data, promise: promise)
    }
  }

  static func bytes(_ count: Int, _ value: UInt8) -> ByteBuffer {
    ByteBuffer(bytes: Array(repeating: value, count: count))
  }

  /// The buffers that reached the TLS side.
  static func buffers(_ channel: EmbeddedChannel) throws -> [ByteBuffer] {
    var buffers: [ByteBuffer] = []
    while let data = try channel.readOutbound(as: IOData.self) {
      guard case .byteBuffer(let buffer) = data else { continue }
      buffers.append(buffer)
    }
    return buffers
  }
}
