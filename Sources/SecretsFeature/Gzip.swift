import CZlib

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// gzip (and zlib) inflation through the system zlib; Foundation cannot inflate on Linux.
enum Gzip {
  /// The inflated bytes, refused beyond `limit` so a small hostile value cannot exhaust memory.
  static func inflate(_ input: Data, limit: Int = 64 << 20) throws(SecretsError) -> Data {
    var stream = z_stream()
    guard lamp_inflate_init2(&stream, 15 + 32) == Z_OK else { throw .compression("zlib could not start") }
    defer { inflateEnd(&stream) }
    var output = Data()
    var chunk = [UInt8](repeating: 0, count: 64 << 10)
    var source = [UInt8](input)
    let status: Int32 = source.withUnsafeMutableBufferPointer { inputBuffer in
      stream.next_in = inputBuffer.baseAddress
      stream.avail_in = uInt(inputBuffer.count)
      while true {
        let result = chunk.withUnsafeMutableBufferPointer { outputBuffer -> Int32 in
          guard let base = outputBuffer.baseAddress else { return Z_MEM_ERROR }
          stream.next_out = base
          stream.avail_out = uInt(outputBuffer.count)
          let code = CZlib.inflate(&stream, Z_NO_FLUSH)
          output.append(base, count: outputBuffer.count - Int(stream.avail_out))
          return code
        }
        if result == Z_STREAM_END { return Z_STREAM_END }
        if result != Z_OK { return result }
        if output.count > limit { return Z_MEM_ERROR }
        // No progress with input left means the stream is truncated.
        if stream.avail_in == 0 && stream.avail_out != 0 { return Z_BUF_ERROR }
      }
    }
    switch status {
    case Z_STREAM_END: return output
    case Z_MEM_ERROR where output.count > limit: throw .compression("inflated size exceeds \(limit >> 20) MiB")
    case Z_BUF_ERROR: throw .compression("the compressed data is truncated")
    default: throw .compression("the compressed data is corrupt (zlib error \(status))")
    }
  }
}
