#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads the SSH wire encoding (RFC 4251 §5): big-endian uint32 and length-prefixed strings.
struct SSHWireReader {
  private var rest: Data

  init(_ data: Data) { rest = Data(data) }

  mutating func uint32() throws(SecretsError) -> UInt32 {
    guard rest.count >= 4 else { throw .malformedSSHKey("the key is truncated") }
    let value = rest.prefix(4).reduce(UInt32(0)) { ($0 << 8) | UInt32($1) }
    rest = rest.dropFirst(4)
    return value
  }

  mutating func bytes() throws(SecretsError) -> Data {
    let length = Int(try uint32())
    guard rest.count >= length else { throw .malformedSSHKey("the key is truncated") }
    let value = Data(rest.prefix(length))
    rest = Data(rest.dropFirst(length))
    return value
  }

  mutating func string() throws(SecretsError) -> String {
    String(decoding: try bytes(), as: UTF8.self)
  }
}
