/// Coding keys the decoder and encoder make up: sequence indices and `super`.
struct YAMLCodingKey: CodingKey {
  let stringValue: String
  let intValue: Int?
  /// True for a sequence position, rendered `[n]` in paths.
  let isIndex: Bool

  init(stringValue: String) {
    self.stringValue = stringValue
    self.intValue = nil
    self.isIndex = false
  }

  init(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
    self.isIndex = false
  }

  init(index: Int) {
    self.stringValue = "Index \(index)"
    self.intValue = index
    self.isIndex = true
  }

  static let superKey = YAMLCodingKey(stringValue: "super")
}
