import KubeAPI

/// Decodes the few protobuf request bodies kubectl sends for built-in kinds it creates with typed clients
/// (access reviews, self-subject reviews, token reviews) into their JSON form. Other kinds → 415.
enum ProtobufBody {
  static let contentType = "application/vnd.kubernetes.protobuf"
  private static let magic: [UInt8] = [0x6B, 0x38, 0x73, 0x00]

  /// Field name and shape per field number, for the messages of the supported kinds.
  private indirect enum Shape {
    case string(String)
    case strings(String)
    case message(String, [Int: Shape])
    case extraMap(String)
    case skip
  }

  private static let resourceAttributes: [Int: Shape] = [
    1: .string("namespace"), 2: .string("verb"), 3: .string("group"), 4: .string("version"), 5: .string("resource"),
    6: .string("subresource"), 7: .string("name"),
  ]
  private static let nonResourceAttributes: [Int: Shape] = [1: .string("path"), 2: .string("verb")]
  private static let metadata: [Int: Shape] = [1: .string("name"), 2: .string("generateName"), 3: .string("namespace")]
  private static let accessReviewSpec: [Int: Shape] = [
    1: .message("resourceAttributes", resourceAttributes), 2: .message("nonResourceAttributes", nonResourceAttributes),
    3: .string("user"), 4: .strings("groups"), 5: .extraMap("extra"), 6: .string("uid"),
  ]
  private static let kinds: [String: [Int: Shape]] = [
    "SelfSubjectAccessReview": [1: .message("metadata", metadata), 2: .message("spec", accessReviewSpec), 3: .skip],
    "SubjectAccessReview": [1: .message("metadata", metadata), 2: .message("spec", accessReviewSpec), 3: .skip],
    "LocalSubjectAccessReview": [1: .message("metadata", metadata), 2: .message("spec", accessReviewSpec), 3: .skip],
    "SelfSubjectRulesReview": [
      1: .message("metadata", metadata), 2: .message("spec", [1: .string("namespace")]), 3: .skip,
    ],
    "SelfSubjectReview": [1: .message("metadata", metadata), 2: .skip],
    "TokenReview": [
      1: .message("metadata", metadata), 2: .message("spec", [1: .string("token"), 2: .strings("audiences")]), 3: .skip,
    ],
    "Eviction": [1: .message("metadata", metadata), 2: .skip],
  ]

  /// The JSON object of a protobuf-encoded body of a supported kind.
  static func decode(_ bytes: [UInt8]) throws(StatusError) -> JSONValue {
    guard bytes.count >= 4, Array(bytes[0..<4]) == magic else { throw unsupported }
    var envelope = Reader(bytes: bytes, start: 4, end: bytes.count)
    var apiVersion = ""
    var kind = ""
    var raw: (start: Int, end: Int)?
    while let (field, wire) = try envelope.key() {
      switch (field, wire) {
      case (1, 2):
        var typeMeta = try envelope.nested()
        while let (inner, innerWire) = try typeMeta.key() {
          if innerWire == 2, inner == 1 {
            apiVersion = try typeMeta.string()
          } else if innerWire == 2, inner == 2 {
            kind = try typeMeta.string()
          } else {
            try typeMeta.skip(innerWire)
          }
        }
      case (2, 2):
        let nested = try envelope.nested()
        raw = (nested.position, nested.end)
      default:
        try envelope.skip(wire)
      }
    }
    guard let schema = kinds[kind], let raw else { throw unsupported }
    var reader = Reader(bytes: bytes, start: raw.start, end: raw.end)
    var object = try message(&reader, schema: schema)
    object["apiVersion"] = .string(apiVersion)
    object["kind"] = .string(kind)
    return .object(object)
  }

  static let unsupported = StatusError.unsupportedMediaType(["application/json", "application/yaml"])

  private static func message(_ reader: inout Reader, schema: [Int: Shape]) throws(StatusError) -> [String: JSONValue] {
    var members: [String: JSONValue] = [:]
    while let (field, wire) = try reader.key() {
      switch schema[field] {
      case .string(let name) where wire == 2:
        members[name] = .string(try reader.string())
      case .strings(let name) where wire == 2:
        members[name] = .array((members[name]?.arrayValue ?? []) + [.string(try reader.string())])
      case .message(let name, let inner) where wire == 2:
        var nested = try reader.nested()
        members[name] = .object(try message(&nested, schema: inner))
      case .extraMap(let name) where wire == 2:
        var entry = try reader.nested()
        var key = ""
        var values: [JSONValue] = []
        while let (entryField, entryWire) = try entry.key() {
          if entryField == 1, entryWire == 2 {
            key = try entry.string()
          } else if entryField == 2, entryWire == 2 {
            var value = try entry.nested()
            while let (valueField, valueWire) = try value.key() {
              if valueField == 1, valueWire == 2 {
                values.append(.string(try value.string()))
              } else {
                try value.skip(valueWire)
              }
            }
          } else {
            try entry.skip(entryWire)
          }
        }
        var map = members[name]?.objectValue ?? [:]
        map[key] = .array(values)
        members[name] = .object(map)
      default:
        try reader.skip(wire)
      }
    }
    return members
  }

  /// A protobuf wire-format reader over a byte range.
  private struct Reader {
    let bytes: [UInt8]
    var position: Int
    let end: Int

    init(bytes: [UInt8], start: Int, end: Int) {
      self.bytes = bytes
      position = start
      self.end = end
    }

    mutating func varint() throws(StatusError) -> UInt64 {
      var result: UInt64 = 0
      var shift: UInt64 = 0
      while position < end, shift < 64 {
        let byte = bytes[position]
        position += 1
        result |= UInt64(byte & 0x7F) << shift
        if byte & 0x80 == 0 { return result }
        shift += 7
      }
      throw StatusError.badRequest("the protobuf body is truncated")
    }

    /// The next field number and wire type, or nil at the end.
    mutating func key() throws(StatusError) -> (Int, Int)? {
      guard position < end else { return nil }
      let key = try varint()
      return (Int(key >> 3), Int(key & 7))
    }

    mutating func nested() throws(StatusError) -> Reader {
      let length = Int(try varint())
      guard length >= 0, position + length <= end else {
        throw StatusError.badRequest("the protobuf body is truncated")
      }
      let reader = Reader(bytes: bytes, start: position, end: position + length)
      position += length
      return reader
    }

    mutating func string() throws(StatusError) -> String {
      let nested = try nested()
      return String(decoding: bytes[nested.position..<nested.end], as: UTF8.self)
    }

    mutating func skip(_ wire: Int) throws(StatusError) {
      switch wire {
      case 0: _ = try varint()
      case 1: position += 8
      case 2: _ = try nested()
      case 5: position += 4
      default: throw StatusError.badRequest("unsupported protobuf wire type \(wire)")
      }
      if position > end { throw StatusError.badRequest("the protobuf body is truncated") }
    }
  }
}
