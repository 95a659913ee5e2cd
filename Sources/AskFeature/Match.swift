import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Word matching that works for English (word boundaries) and for Japanese, where names sit between
/// characters with no spaces: a boundary is anything but an ASCII letter, digit, `-`, `_` or `.`.
enum Match {
  static func isNameCharacter(_ character: Character) -> Bool {
    guard character.isASCII else { return false }
    return character.isLetter || character.isNumber || character == "-" || character == "_" || character == "."
  }

  /// The ranges where `word` occurs in `text` (both lower-cased by the caller) at name boundaries. A trailing
  /// `.` or `s` after the word still counts as a boundary (end of sentence, plural).
  static func ranges(of word: String, in text: String) -> [Range<String.Index>] {
    guard !word.isEmpty else { return [] }
    var result: [Range<String.Index>] = []
    var start = text.startIndex
    while let range = text[start...].firstUTF8Range(of: word) {
      let beforeOK = range.lowerBound == text.startIndex || !isNameCharacter(text[text.index(before: range.lowerBound)])
      var afterOK = range.upperBound == text.endIndex || !isNameCharacter(text[range.upperBound])
      if !afterOK, word.first?.isASCII == true {
        let next = text[range.upperBound]
        let afterNext = text.index(after: range.upperBound)
        let nextIsEnd = afterNext == text.endIndex || !isNameCharacter(text[afterNext])
        if (next == "." || next == "s" || next == "'") && nextIsEnd { afterOK = true }
      }
      if word.first?.isASCII == false { result.append(range) } else if beforeOK && afterOK { result.append(range) }
      start = text.index(after: range.lowerBound)
    }
    return result
  }

  static func contains(_ text: String, word: String) -> Bool { !ranges(of: word, in: text).isEmpty }

  /// Whether `word` occurs somewhere that is not inside an occurrence of `longer`.
  static func containsOutside(_ text: String, word: String, longer: String) -> Bool {
    let outer = ranges(of: longer, in: text)
    return ranges(of: word, in: text).contains { range in !outer.contains { $0.contains(range.lowerBound) } }
  }
}
