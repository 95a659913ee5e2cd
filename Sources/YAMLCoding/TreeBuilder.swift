import CYAML

/// Turns libyaml events into `YAMLNode` trees: resolves anchors, applies `<<` merge keys, checks explicit
/// scalar tags, and enforces the alias budget and the nesting limit.
struct TreeBuilder {
  /// A node with the bookkeeping needed for budgets.
  private struct Built {
    var node: YAMLNode
    /// Nodes in the subtree after alias expansion.
    var size: Int
    /// Nesting levels below this node (0 for a scalar).
    var height: Int
  }

  /// A `<<` merge key met in a mapping; its sources are applied when the mapping closes.
  private struct Merge {
    /// How many ordinary entries came before it.
    var offset: Int
    var value: YAMLNode
    var line: Int
    var column: Int
  }

  /// An open collection. Mutated in place at the top of the stack, so appending never copies the items.
  private struct Frame {
    enum Kind { case sequence, mapping }
    let kind: Kind
    let anchor: String?
    var items: [YAMLNode] = []
    var entries: [YAMLMappingEntry] = []
    var merges: [Merge] = []
    var pendingKey: Built?
    var size = 1
    var height = 1
  }

  private let file: String?
  private(set) var documents: [YAMLParser.Document] = []
  private var frames: [Frame] = []
  private var anchors: [String: Built] = [:]
  /// Anchors of collections still open: an alias to one of them would be recursive.
  private var openAnchors: Set<String> = []
  private var aliasNodes = 0
  private var root: Built?
  private var documentLine = 1
  private var documentColumn = 1

  init(file: String?) {
    self.file = file
  }

  mutating func handle(_ event: yaml_event_t) throws(YAMLError) {
    let line = event.start_mark.line + 1
    let column = event.start_mark.column + 1
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      anchors = [:]
      openAnchors = []
      aliasNodes = 0
      root = nil
      documentLine = line
      documentColumn = column
    case YAML_DOCUMENT_END_EVENT:
      let built = root ?? Built(node: .scalar(YAMLScalar(value: "", line: line, column: column)), size: 1, height: 0)
      var isEmpty = false
      if case .scalar(let scalar) = built.node, scalar.value.isEmpty, scalar.style == .plain, scalar.tag == nil {
        isEmpty = true
      }
      documents.append(
        YAMLParser.Document(root: built.node, line: documentLine, column: documentColumn, isEmpty: isEmpty))
    case YAML_SCALAR_EVENT:
      let scalar = try makeScalar(event, line: line, column: column)
      let anchor = string(event.data.scalar.anchor)
      try add(Built(node: .scalar(scalar), size: 1, height: 0), anchor: anchor, line: line, column: column)
    case YAML_SEQUENCE_START_EVENT:
      let anchor = string(event.data.sequence_start.anchor)
      try open(Frame(kind: .sequence, anchor: anchor), line: line, column: column)
    case YAML_MAPPING_START_EVENT:
      let anchor = string(event.data.mapping_start.anchor)
      try open(Frame(kind: .mapping, anchor: anchor), line: line, column: column)
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      try close(line: line, column: column)
    case YAML_ALIAS_EVENT:
      let name = string(event.data.alias.anchor) ?? ""
      guard let target = anchors[name] else {
        let reason =
          openAnchors.contains(name) ? "recursive alias *\(name) is not supported" : "unknown anchor *\(name)"
        throw YAMLError(file: file, line: line, column: column, message: reason)
      }
      aliasNodes += target.size
      if aliasNodes > YAMLParser.aliasNodeBudget {
        throw YAMLError(
          file: file, line: line, column: column,
          message: "aliases expand to more than \(YAMLParser.aliasNodeBudget) nodes (an alias bomb?)")
      }
      try add(target, anchor: nil, line: line, column: column)
    default:
      break
    }
  }

  // MARK: - Nodes

  private func makeScalar(_ event: yaml_event_t, line: Int, column: Int) throws(YAMLError) -> YAMLScalar {
    let data = event.data.scalar
    let value =
      data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) } ?? ""
    let style: YAMLScalar.Style
    switch data.style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .quoted
    case YAML_LITERAL_SCALAR_STYLE: style = .literal
    case YAML_FOLDED_SCALAR_STYLE: style = .folded
    default: style = .plain
    }
    let tag = string(data.tag).map(Self.shortTag)
    if let tag, ScalarResolver.resolve(value, explicitTag: tag) == nil {
      throw YAMLError(
        file: file, line: line, column: column, message: "cannot read \(MessageText.quoted(value)) as \(tag)")
    }
    return YAMLScalar(value: value, style: style, tag: tag, line: line, column: column)
  }

  /// `tag:yaml.org,2002:int` → `!!int`; other tags as written.
  private static func shortTag(_ tag: String) -> String {
    let prefix = "tag:yaml.org,2002:"
    return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
  }

  private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  // MARK: - Structure

  private mutating func open(_ frame: Frame, line: Int, column: Int) throws(YAMLError) {
    guard frames.count < YAMLParser.maxDepth else {
      throw YAMLError(
        file: file, line: line, column: column, message: "nesting is deeper than \(YAMLParser.maxDepth) levels")
    }
    if let anchor = frame.anchor { openAnchors.insert(anchor) }
    frames.append(frame)
  }

  private mutating func close(line: Int, column: Int) throws(YAMLError) {
    guard let frame = frames.popLast() else { return }
    if let anchor = frame.anchor { openAnchors.remove(anchor) }
    let node: YAMLNode
    switch frame.kind {
    case .sequence: node = .sequence(frame.items)
    case .mapping: node = .mapping(frame.merges.isEmpty ? frame.entries : try merged(frame.entries, frame.merges))
    }
    try add(Built(node: node, size: frame.size, height: frame.height), anchor: frame.anchor, line: line, column: column)
  }

  /// Attaches a finished node to the open collection (or makes it the document root) and records its anchor.
  private mutating func add(_ built: Built, anchor: String?, line: Int, column: Int) throws(YAMLError) {
    if let anchor { anchors[anchor] = built }
    guard frames.count + built.height <= YAMLParser.maxDepth else {
      throw YAMLError(
        file: file, line: line, column: column, message: "nesting is deeper than \(YAMLParser.maxDepth) levels")
    }
    let top = frames.count - 1
    guard top >= 0 else {
      root = built
      return
    }
    frames[top].size += built.size
    frames[top].height = max(frames[top].height, built.height + 1)
    switch frames[top].kind {
    case .sequence:
      frames[top].items.append(built.node)
    case .mapping:
      guard let key = frames[top].pendingKey else {
        frames[top].pendingKey = built
        return
      }
      frames[top].pendingKey = nil
      if case .scalar(let scalar) = key.node, Self.isMergeKey(scalar) {
        let offset = frames[top].entries.count
        frames[top].merges.append(Merge(offset: offset, value: built.node, line: scalar.line, column: scalar.column))
      } else {
        frames[top].entries.append(YAMLMappingEntry(key: key.node, value: built.node))
      }
    }
  }

  /// A plain, untagged `<<` (or one tagged `!!merge`), as go-yaml recognises merge keys.
  private static func isMergeKey(_ scalar: YAMLScalar) -> Bool {
    scalar.value == "<<" && ((scalar.style == .plain && scalar.tag == nil) || scalar.tag == "!!merge")
  }

  /// Inserts the entries of each `<<` source where the merge key stood: keys written in the mapping itself
  /// win over merged ones, and among merged sources the earlier one wins.
  private func merged(_ entries: [YAMLMappingEntry], _ merges: [Merge]) throws(YAMLError) -> [YAMLMappingEntry] {
    var seen: Set<String> = []
    for entry in entries {
      if let key = entry.key.scalar?.value { seen.insert(key) }
    }
    var result: [YAMLMappingEntry] = []
    var next = 0
    for merge in merges {
      result.append(contentsOf: entries[next..<merge.offset])
      next = merge.offset
      let sources: [YAMLNode]
      switch merge.value {
      case .mapping: sources = [merge.value]
      case .sequence(let items): sources = items
      case .scalar:
        throw YAMLError(
          file: file, line: merge.line, column: merge.column,
          message: "the value of a << merge key must be a mapping or a sequence of mappings")
      }
      for source in sources {
        guard case .mapping(let sourceEntries) = source else {
          throw YAMLError(
            file: file, line: merge.line, column: merge.column,
            message: "a << merge key sequence may only contain mappings")
        }
        for entry in sourceEntries {
          // Complex keys cannot be compared by text; they are always taken.
          guard let key = entry.key.scalar?.value else {
            result.append(entry)
            continue
          }
          if seen.insert(key).inserted { result.append(entry) }
        }
      }
    }
    result.append(contentsOf: entries[next...])
    return result
  }

}
