import NIOCore
import NIOHTTP2

/// Ends an HTTP/2 response on its last DATA frame, as Go's and nginx's servers do, instead of the empty DATA frame
/// that `HTTP2FramePayloadToHTTP1ServerCodec` sends after the body: libcurl 7.88 (Debian 12) failed now and then
/// one of many parallel requests with "Error in the HTTP2 framing layer" on those frames.
final class EndStreamCoalescer: ChannelOutboundHandler, RemovableChannelHandler {
  typealias OutboundIn = HTTP2Frame.FramePayload
  typealias OutboundOut = HTTP2Frame.FramePayload

  /// The last DATA frame written and not yet passed on.
  private var held: (data: HTTP2Frame.FramePayload.Data, promise: EventLoopPromise<Void>?)?

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    let payload = unwrapOutboundIn(data)
    guard case .data(let frame) = payload else {
      passHeld(context: context)
      context.write(data, promise: promise)
      return
    }
    if frame.endStream, frame.data.readableBytes == 0, var last = held {
      held = nil
      last.data.endStream = true
      last.promise.setOrCascade(to: promise)
      context.write(wrapOutboundOut(.data(last.data)), promise: last.promise)
      return
    }
    passHeld(context: context)
    if frame.endStream {
      context.write(data, promise: promise)
    } else {
      held = (frame, promise)
    }
  }

  func flush(context: ChannelHandlerContext) {
    passHeld(context: context)
    context.flush()
  }

  /// A stream closed between a write and its flush: the held frame will not be sent.
  func handlerRemoved(context: ChannelHandlerContext) {
    held?.promise?.fail(ChannelError.ioOnClosedChannel)
    held = nil
  }

  private func passHeld(context: ChannelHandlerContext) {
    guard let last = held else { return }
    held = nil
    context.write(wrapOutboundOut(.data(last.data)), promise: last.promise)
  }
}
