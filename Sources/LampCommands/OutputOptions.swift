import ArgumentParser
import Formatters

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `-o/--output` and `--no-headers`, shared by every command that prints.
public struct OutputOptions: ParsableArguments, Sendable {
  @Option(
    name: [.customShort("o"), .customLong("output")], help: "Output format: table, wide, json or yaml.",
    completion: .list(["table", "wide", "json", "yaml"]))
  public var output: String = "table"

  @Flag(name: .customLong("no-headers"), help: "Omit table headers.")
  public var noHeaders = false

  public init() {}

  /// The format asked for, checked against what this command can print.
  public func format(allowed: [OutputFormat] = [.table, .wide, .json, .yaml]) throws -> OutputFormat {
    try OutputOptions.format(output, allowed: allowed)
  }

  /// Parses an `-o` value; a value this command cannot print is a usage error (exit 2).
  public static func format(_ text: String, allowed: [OutputFormat]) throws -> OutputFormat {
    do {
      return try OutputFormat.parse(text, allowed: allowed)
    } catch {
      throw CommandError.usage(error.description)
    }
  }
}

/// Writes views to the command's stdout in the chosen format.
struct Printer {
  let environment: LampEnvironment

  init(_ environment: LampEnvironment = .current) { self.environment = environment }

  var style: TerminalStyle {
    TerminalStyle.detect(isTTY: environment.stdoutIsTerminal, environment: environment.variables)
  }

  /// Prints a table (`wide` shows the wide-only columns).
  func table(_ table: Table, format: OutputFormat, noHeaders: Bool) {
    let renderer = TableRenderer(wide: format == .wide, showHeaders: !noHeaders, style: style)
    environment.stdout.write(renderer.render(table))
  }

  /// Prints a JSON or YAML document.
  func document<T: Encodable>(_ value: T, format: OutputFormat) throws {
    switch format {
    case .yaml: environment.stdout.write(try YAMLRenderer.render(value))
    default: environment.stdout.write(try JSONRenderer.render(value))
    }
  }
}
