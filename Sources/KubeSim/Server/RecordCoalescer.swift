import NIOCore

/// Joins the bytes that HTTP/2 writes between two flushes into full TLS records, as kube-apiserver's Go server
/// does with its buffered writer. NIOHTTP2 writes each frame's 9-byte header as a buffer of its own, and NIOSSL
/// makes each buffer at least one record: every DATA frame went out as a 9-byte record and its payload, and a client
/// paid two reads and a decryption for each header.
final class RecordCoalescer: ChannelOutboundHandler, RemovableChannelHandler {
  typealias OutboundIn = IOData
  typealias OutboundOut = IOData

  /// Bytes handed on at once before a flush: four records of TLS's largest size, so that a large response is
  /// neither held back until its end nor cut into short records.
  static let chunkSize = 4 * 16_384

  private var pending: ByteBuffer?
  /// Completes when everything written since the last flush has been written.
  private var promise: EventLoopPromise<Void>?

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    guard case .byteBuffer(let bytes) = unwrapOutboundIn(data), bytes.readableBytes > 0 else {
      passPending(context: context)
      context.write(data, promise: promise)
      return
    }
    if let promise {
      if let held = self.promise { held.futureResult.cascade(to: promise) } else { self.promise = promise }
    }
    // Each chunk is a buffer of its own, handed on whole: slicing one buffer would share its storage, and every
    // later write into it would copy all of it.
    var rest = bytes
    while rest.readableBytes > 0 {
      var chunk = pending.take() ?? context.channel.allocator.buffer(capacity: Self.chunkSize)
      if let part = rest.readSlice(length: min(rest.readableBytes, Self.chunkSize - chunk.readableBytes)) {
        chunk.writeImmutableBuffer(part)
      }
      guard chunk.readableBytes == Self.chunkSize else {
        pending = chunk
        continue
      }
      // The chunk that ends a write carries the promise of every write held until then.
      context.write(wrapOutboundOut(.byteBuffer(chunk)), promise: rest.readableBytes == 0 ? self.promise.take() : nil)
    }
  }

  func flush(context: ChannelHandlerContext) {
    passPending(context: context)
    context.flush()
  }

  /// The connection closed between a write and its flush: what was held will not be sent.
  func handlerRemoved(context: ChannelHandlerContext) {
    promise.take()?.fail(ChannelError.ioOnClosedChannel)
    pending = nil
  }

  /// Hands on what is held, with the promise of every write it holds (writes complete in order).
  private func passPending(context: ChannelHandlerContext) {
    guard let bytes = pending.take() else { return }
    context.write(wrapOutboundOut(.byteBuffer(bytes)), promise: promise.take())
  }
}
