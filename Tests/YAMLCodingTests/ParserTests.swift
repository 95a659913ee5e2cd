import Foundation
import Testing

@testable import YAMLCoding

@Suite struct ParserTests {
  @Test func mappingKeepsDocumentOrderAndPositions() throws {
    let node = try YAML.parse("b: 1\na:\n  - x\n  - 'y'\n")
    let entries = try #require(node.mapping)
    #expect(entries.map { $0.key.scalar?.value } == ["b", "a"])
    let items = try #require(node["a"]?.sequence)
    #expect(items.count == 2)
    let second = try #require(items[1].scalar)
    #expect(second.value == "y")
    #expect(second.style == .quoted)
    #expect(second.line == 4)
    #expect(second.column == 5)
  }

  @Test func anchorsAndAliases() throws {
    let text = """
      base: &base
        image: nginx
        ports: [80, 443]
      copy: *base
      name: &n web
      again: *n
      """
    let node = try YAML.parse(text)
    #expect(node["copy"] == node["base"])
    #expect(node["again"]?.scalar?.value == "web")
    #expect(node["copy"]?["ports"]?.sequence?.count == 2)
  }

  @Test func unknownAliasIsAnError() throws {
    let error = try #require(throws: YAMLError.self) { try YAML.parse("a: 1\nb: *missing\n") }
    #expect(error.line == 2)
    #expect(error.message.contains("unknown anchor"))
  }

  @Test func recursiveAliasIsRefused() throws {
    let error = try #require(throws: YAMLError.self) { try YAML.parse("a: &x\n  b: *x\n") }
    #expect(error.message.contains("recursive"))
  }

  @Test func aliasBombIsRefused() throws {
    var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let previous = "*a\(level - 1)"
      let items = Array(repeating: previous, count: 10).joined(separator: ", ")
      text += "a\(level): &a\(level) [\(items)]\n"
    }
    let error = try #require(throws: YAMLError.self) { try YAML.parse(text) }
    #expect(error.message.contains("alias bomb"))
  }

  @Test func modestAliasUseIsFine() throws {
    var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...4 {
      let items = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      text += "a\(level): &a\(level) [\(items)]\n"
    }
    let node = try YAML.parse(text)
    #expect(node["a4"]?.sequence?.count == 10)
  }

  @Test func deepNestingIsRefusedNotCrashed() throws {
    let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
    let error = try #require(throws: YAMLError.self) { try YAML.parse(deep) }
    #expect(error.message.contains("nesting"))
  }

  @Test func mergeKeys() throws {
    let text = """
      defaults: &defaults
        adapter: postgres
        host: localhost
        port: 5432
      extra: &extra
        host: db.internal
        pool: 5
      development:
        database: dev
        <<: *defaults
        port: 6543
      production:
        <<: [*extra, *defaults]
        database: prod
      """
    let node = try YAML.parse(text)
    let development = try #require(node["development"]?.mapping)
    #expect(development.map { $0.key.scalar?.value } == ["database", "adapter", "host", "port"])
    #expect(node["development"]?["port"]?.scalar?.value == "6543")
    #expect(node["development"]?["host"]?.scalar?.value == "localhost")
    let production = try #require(node["production"])
    #expect(production["host"]?.scalar?.value == "db.internal")
    #expect(production["pool"]?.scalar?.value == "5")
    #expect(production["adapter"]?.scalar?.value == "postgres")
    #expect(production["port"]?.scalar?.value == "5432")
    #expect(production.mapping?.count == 5)
  }

  @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
    let node = try YAML.parse("\"<<\": {a: 1}\n")
    #expect(node["<<"]?["a"] != nil)
  }

  @Test func mergeOfAScalarIsAnError() {
    #expect(throws: YAMLError.self) { try YAML.parse("a:\n  <<: 5\n") }
  }

  @Test func multiDocumentStreams() throws {
    let text = """
      ---
      kind: A
      ---
      # only a comment
      ---
      kind: B
      ...
      ---
      kind: C
      """
    let documents = try YAML.parseDocuments(text)
    #expect(documents.map { $0["kind"]?.scalar?.value } == ["A", "B", "C"])
    #expect(try YAML.parseDocuments("").isEmpty)
    #expect(try YAML.parseDocuments("# nothing\n").isEmpty)
  }

  @Test func parseWantsOneDocument() throws {
    #expect(try YAML.parse("").isNull)
    #expect(try YAML.parse("---\n# empty\n").isNull)
    let error = try #require(throws: YAMLError.self) { try YAML.parse("a: 1\n---\nb: 2\n") }
    #expect(error.line == 2)
    #expect(error.message.contains("found 2"))
  }

  @Test func jsonInput() throws {
    let json = """
      {"apiVersion":"v1","kind":"Config","clusters":[{"name":"c","cluster":{"server":"https://x:6443",\
      "insecure-skip-tls-verify":true}}],"count":3,"ratio":1.5e2,"none":null,"empty":"","escaped":"a\\/b\\u00e9\\n"}
      """
    let node = try YAML.parse(json)
    #expect(node["kind"]?.scalar?.value == "Config")
    #expect(node["clusters"]?.sequence?.first?["cluster"]?["insecure-skip-tls-verify"]?.scalar?.resolved == .bool(true))
    #expect(node["count"]?.scalar?.resolved == .int(3))
    #expect(node["ratio"]?.scalar?.resolved == .float(150))
    #expect(node["none"]?.isNull == true)
    #expect(node["empty"]?.scalar?.resolved == .string(""))
    #expect(node["escaped"]?.scalar?.value == "a/bé\n")
  }

  @Test func jsonWithTabsAndNewlines() throws {
    let json = "{\n\t\"a\":\t1,\n\t\"b\": [\n\t\t\"x\",\n\t\t{\"c\": \"d\"}\n\t]\n}\n"
    let node = try YAML.parse(json)
    #expect(node["a"]?.scalar?.resolved == .int(1))
    #expect(node["b"]?.sequence?.last?["c"]?.scalar?.value == "d")
  }

  @Test func jsonSurrogatePairEscapesAreRefusedByLibyaml() throws {
    // Known limitation: libyaml rejects UTF-16 surrogate escapes; raw UTF-8 characters work.
    #expect(throws: YAMLError.self) { try YAML.parse("{\"a\": \"\\ud83d\\ude00\"}") }
    #expect(try YAML.parse("{\"a\": \"😀\"}")["a"]?.scalar?.value == "😀")
  }

  @Test func syntaxErrorsCarryFileLineAndColumn() throws {
    let error = try #require(throws: YAMLError.self) {
      try YAML.parse("a: 1\nb: [1, 2\nc: 3\n", file: "pods.yaml")
    }
    #expect(error.file == "pods.yaml")
    #expect(error.line >= 2)
    #expect(error.description.hasPrefix("pods.yaml:\(error.line):\(error.column): "))

    let indentation = try #require(throws: YAMLError.self) { try YAML.parse("a:\n  b: 1\n c: 2\n") }
    #expect(indentation.line == 3)
    #expect(indentation.description.hasPrefix("<input>:3:"))

    let tab = try #require(throws: YAMLError.self) { try YAML.parse("a:\n\tb: 1\n") }
    #expect(tab.line == 2)
    #expect(tab.column == 1)
    #expect(tab.message.contains("tab"))
  }

  @Test func invalidUTF8IsAnError() throws {
    let data = Data([0x61, 0x3A, 0x20, 0x0A, 0x62, 0x3A, 0x20, 0xFF, 0xFE, 0x0A])
    let error = try #require(throws: YAMLError.self) { try YAML.parse(data, file: "bad.yaml") }
    #expect(error.line == 2)
    #expect(error.file == "bad.yaml")
  }

  @Test func dataInputWithByteOrderMark() throws {
    let data = Data([0xEF, 0xBB, 0xBF]) + Data("a: 1\n".utf8)
    #expect(try YAML.parse(data)["a"]?.scalar?.resolved == .int(1))
  }

  @Test func blockScalars() throws {
    let node = try YAML.parse("lit: |\n  one\n  two\nfold: >-\n  one\n  two\nkeep: |+\n  x\n\nend: 1\n")
    #expect(node["lit"]?.scalar?.value == "one\ntwo\n")
    #expect(node["lit"]?.scalar?.style == .literal)
    #expect(node["fold"]?.scalar?.value == "one two")
    #expect(node["fold"]?.scalar?.style == .folded)
    #expect(node["keep"]?.scalar?.value == "x\n\n")
  }

  @Test func equalityIgnoresPositions() throws {
    #expect(try YAML.parse("a: 1") == YAML.parse("\n\n  a: 1"))
    #expect(try YAML.parse("a: 1") != YAML.parse("a: '1'"))
  }
}
