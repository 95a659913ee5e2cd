import CYAML

/// Writes `YAMLNode` trees through libyaml's emitter, configured like kubectl's output: block style, 2-space
/// indentation, sequences in mappings not indented (`key:\n- a`), UTF-8 kept as is, no line folding.
///
/// libyaml picks the final quoting: a plain scalar that cannot be written plain becomes single-quoted, and a
/// scalar with control characters or trailing spaces before a line break becomes double-quoted with escapes.
struct YAMLEmitter {
  /// Collects the emitter's output; handed to C through an opaque pointer.
  private final class Sink {
    var bytes: [UInt8] = []
  }

  private enum Work {
    case node(YAMLNode)
    case sequenceEnd
    case mappingEnd
  }

  /// Emits the documents as one stream; documents after the first start with `---`.
  func emit(_ documents: [YAMLNode]) throws(YAMLEmitterError) -> String {
    let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
    defer { emitter.deallocate() }
    guard yaml_emitter_initialize(emitter) == 1 else {
      throw YAMLEmitterError(message: "cannot initialise the YAML emitter (out of memory)")
    }
    defer { yaml_emitter_delete(emitter) }
    let sink = Sink()
    try withExtendedLifetime(sink) { () throws(YAMLEmitterError) in
      yaml_emitter_set_output(
        emitter,
        { context, buffer, size in
          guard let context, let buffer else { return 0 }
          let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
          sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
          return 1
        }, Unmanaged.passUnretained(sink).toOpaque())
      yaml_emitter_set_unicode(emitter, 1)
      yaml_emitter_set_indent(emitter, 2)
      yaml_emitter_set_width(emitter, -1)
      yaml_emitter_set_break(emitter, YAML_LN_BREAK)

      let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
      defer { event.deallocate() }
      try send(emitter, event) { yaml_stream_start_event_initialize($0, YAML_UTF8_ENCODING) }
      for document in documents {
        try send(emitter, event) { yaml_document_start_event_initialize($0, nil, nil, nil, 1) }
        try emitNode(document, emitter, event)
        try send(emitter, event) { yaml_document_end_event_initialize($0, 1) }
      }
      try send(emitter, event) { yaml_stream_end_event_initialize($0) }
    }
    return String(decoding: sink.bytes, as: UTF8.self)
  }

  /// Walks the tree with an explicit stack, so deep trees cannot exhaust the call stack.
  private func emitNode(
    _ root: YAMLNode, _ emitter: UnsafeMutablePointer<yaml_emitter_t>, _ event: UnsafeMutablePointer<yaml_event_t>
  ) throws(YAMLEmitterError) {
    var work: [Work] = [.node(root)]
    while let item = work.popLast() {
      switch item {
      case .sequenceEnd:
        try send(emitter, event) { yaml_sequence_end_event_initialize($0) }
      case .mappingEnd:
        try send(emitter, event) { yaml_mapping_end_event_initialize($0) }
      case .node(.scalar(let scalar)):
        try emitScalar(scalar, emitter, event)
      case .node(.sequence(let items)):
        try send(emitter, event) { yaml_sequence_start_event_initialize($0, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE) }
        work.append(.sequenceEnd)
        work.append(contentsOf: items.reversed().map(Work.node))
      case .node(.mapping(let entries)):
        try send(emitter, event) { yaml_mapping_start_event_initialize($0, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) }
        work.append(.mappingEnd)
        for entry in entries.reversed() {
          work.append(.node(entry.value))
          work.append(.node(entry.key))
        }
      }
    }
  }

  private func emitScalar(
    _ scalar: YAMLScalar, _ emitter: UnsafeMutablePointer<yaml_emitter_t>,
    _ event: UnsafeMutablePointer<yaml_event_t>
  ) throws(YAMLEmitterError) {
    let style: yaml_scalar_style_t
    switch scalar.style {
    case .plain: style = YAML_PLAIN_SCALAR_STYLE
    case .quoted: style = YAML_DOUBLE_QUOTED_SCALAR_STYLE
    case .literal: style = YAML_LITERAL_SCALAR_STYLE
    case .folded: style = YAML_FOLDED_SCALAR_STYLE
    }
    // A trailing NUL keeps the buffer non-empty (libyaml wants a pointer even for ""); length excludes it.
    let value = Array(scalar.value.utf8) + [0]
    let tag = scalar.tag.map { tag in
      Array((tag.hasPrefix("!!") ? "tag:yaml.org,2002:" + tag.dropFirst(2) : tag).utf8) + [0]
    }
    let implicit: Int32 = tag == nil ? 1 : 0
    guard value.count - 1 <= Int(Int32.max) else { throw YAMLEmitterError(message: "scalar longer than 2 GiB") }
    try value.withUnsafeBufferPointer { valueBytes throws(YAMLEmitterError) in
      if let tag {
        try tag.withUnsafeBufferPointer { tagBytes throws(YAMLEmitterError) in
          try send(emitter, event) {
            yaml_scalar_event_initialize(
              $0, nil, tagBytes.baseAddress, valueBytes.baseAddress, Int32(valueBytes.count - 1), implicit, implicit,
              style)
          }
        }
      } else {
        try send(emitter, event) {
          yaml_scalar_event_initialize(
            $0, nil, nil, valueBytes.baseAddress, Int32(valueBytes.count - 1), implicit, implicit, style)
        }
      }
    }
  }

  /// Builds one event with `initialize` and hands it to the emitter (which takes ownership of it).
  private func send(
    _ emitter: UnsafeMutablePointer<yaml_emitter_t>, _ event: UnsafeMutablePointer<yaml_event_t>,
    _ initialize: (UnsafeMutablePointer<yaml_event_t>) -> Int32
  ) throws(YAMLEmitterError) {
    guard initialize(event) == 1 else {
      throw YAMLEmitterError(message: "cannot create a YAML event (invalid UTF-8 or out of memory)")
    }
    guard yaml_emitter_emit(emitter, event) == 1 else {
      let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown emitter error"
      throw YAMLEmitterError(message: problem)
    }
  }
}
