import Formatters
import Testing

@Suite struct OutputFormatTests {
  @Test(arguments: OutputFormat.allCases)
  func parsesEveryRawValue(_ format: OutputFormat) throws {
    #expect(try OutputFormat.parse(format.rawValue) == format)
  }

  @Test func parsingIgnoresCaseAndSpacesAndDefaultsToTable() throws {
    #expect(try OutputFormat.parse(" JSON ") == .json)
    #expect(try OutputFormat.parse("") == .table)
  }

  @Test func unknownValueListsTheAcceptedOnes() {
    #expect(throws: FormatterError.unknownOutputFormat("x", allowed: OutputFormat.allCases)) {
      try OutputFormat.parse("x")
    }
    let error = FormatterError.unknownOutputFormat("x", allowed: OutputFormat.allCases)
    #expect(error.description == #"unknown output format "x" (one of: table, wide, json, yaml, dot, tree)"#)
  }

  @Test func formatOutsideTheAllowedSubsetIsRefused() {
    do {
      _ = try OutputFormat.parse("dot", allowed: OutputFormat.listFormats)
      Issue.record("dot was accepted for a list command")
    } catch {
      #expect(error.description == #"unknown output format "dot" (one of: table, wide, json, yaml)"#)
    }
  }

  @Test func structuredAndTabular() {
    #expect(OutputFormat.allCases.filter(\.isStructured) == [.json, .yaml])
    #expect(OutputFormat.allCases.filter(\.isTabular) == [.table, .wide])
  }

  @Test func errorMessageEscapesTerminalControls() {
    let error = FormatterError.unknownOutputFormat("\u{1B}[2J", allowed: [.table])
    #expect(error.description == #"unknown output format "\x1b[2J" (one of: table)"#)
  }
}
