import ArgumentParser
import ByteScanning
import CurlHTTP
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Runs lamp: parses arguments, runs the command, turns every error into one line and an exit code.
public enum LampCLI {
  /// Runs one invocation in `environment` and returns the exit code. Tests call this in-process.
  public static func run(_ arguments: [String], environment: LampEnvironment) async -> Int32 {
    await LampEnvironment.$current.withValue(environment) {
      await runInCurrentEnvironment(ArgumentNormalizer.normalize(arguments))
    }
  }

  static func runInCurrentEnvironment(_ arguments: [String]) async -> Int32 {
    let code = await runCommand(arguments)
    // Output that never arrived (a full disk, a closed stdout) must not look like success.
    if let failure = LampEnvironment.current.stdout.failure {
      LampEnvironment.current.stderr.write("error: cannot write to stdout: \(failure)\n")
      return LampExit.failure
    }
    return code
  }

  private static func runCommand(_ arguments: [String]) async -> Int32 {
    let environment = LampEnvironment.current
    if let words = NamespaceNames.completionRequest(arguments) {
      // Printed as ArgumentParser prints a custom completion's candidates.
      let names = await NamespaceNames.names(words: words, environment: environment)
      environment.stdout.write(names.map { $0 + "\n" }.joined())
      return LampExit.success
    }
    if let unknown = UnknownCommand.find(in: arguments) {
      environment.stderr.write("error: \(unknown.message)\n")
      return LampExit.usage
    }
    let command: ParsableCommand
    do {
      command = try Lamp.parseAsRoot(arguments)
    } catch {
      return presentParseError(error, environment: environment)
    }
    do {
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        var syncCommand = command
        try syncCommand.run()
      }
      return LampExit.success
    } catch {
      return present(error, environment: environment, command: type(of: command))
    }
  }

  static func presentParseError(_ error: Error, environment: LampEnvironment) -> Int32 {
    let code = Lamp.exitCode(for: error)
    let message = Lamp.fullMessage(for: error)
    if code == .success {
      environment.stdout.write(message.hasSuffix("\n") ? message : message + "\n")
      return LampExit.success
    }
    // One line, as for an unknown command: `error: …; see 'lamp events --help'`, not ArgumentParser's `Error:` and
    // usage block. The help command is the one ArgumentParser's last line names (`kubectl lamp …` as a plugin).
    // ArgumentParser gives an ambiguous word's readings one per line (`…\n   or: Missing value for '-n'`).
    let reasons = Lamp.message(for: error).split(whereSeparator: \.isNewline).map { $0.drop { $0 == " " } }
    var text = "error: " + Self.lowercasingFirstWord(reasons.joined(separator: " "))
    let hint = message.split(separator: "\n").lazy.compactMap { line -> Substring? in
      guard let start = line.firstUTF8Range(of: "See '")?.upperBound, let end = line[start...].firstIndex(of: "'")
      else {
        return nil
      }
      return line[start..<end]
    }.first
    if let hint { text += "; see '\(hint)'" }
    environment.stderr.write(text + "\n")
    return LampExit.usage
  }

  /// `Unknown option '--x'` as `unknown option '--x'`; a word that is not plain capitalised (`KIND/NAME`, `UID`,
  /// `--flag`) is kept.
  static func lowercasingFirstWord(_ text: String) -> String {
    let characters = Array(text.prefix(2))
    guard characters.count == 2, characters[0].isUppercase, characters[1].isLowercase else { return text }
    return characters[0].lowercased() + text.dropFirst()
  }

  /// The subcommand names that lead from `root` to `command` (`["karpenter", "nodepools"]`); empty for the root or
  /// a command outside the tree.
  static func commandPath(of command: ParsableCommand.Type, from root: ParsableCommand.Type = Lamp.self) -> [String] {
    for subcommand in root.configuration.subcommands {
      if subcommand == command { return [subcommand._commandName] }
      let below = commandPath(of: command, from: subcommand)
      if !below.isEmpty { return [subcommand._commandName] + below }
    }
    return []
  }

  static func isArgumentParserError(_ error: Error) -> Bool {
    String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
  }

  /// One line on stderr, kubectl-style, and the documented exit code. A usage error found while `command` runs
  /// names its help, as one found while parsing does.
  static func present(_ error: Error, environment: LampEnvironment, command: ParsableCommand.Type) -> Int32 {
    let help = { "; see '\(([environment.invocationName] + commandPath(of: command)).joined(separator: " ")) --help'" }
    switch error {
    case is CheckFailed:
      return LampExit.checkFailed
    case let error as CommandError:
      environment.stderr.write("error: \(error.message)\(error.exitCode == LampExit.usage ? help() : "")\n")
      return error.exitCode
    case let error as ExitCode:
      return error.rawValue
    case is CancellationError:
      return LampExit.success
    case let error as ValidationError:
      environment.stderr.write("error: \(error.message)\(help())\n")
      return LampExit.usage
    case let error where isArgumentParserError(error):
      // Help requested by a command group run without a subcommand, or a late validation failure.
      return presentParseError(error, environment: environment)
    default:
      let text = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
      environment.stderr.write("error: \(text)\n")
      return LampExit.failure
    }
  }
}

/// Makes kubectl's spellings parse: `-v=6`, and global flags given before the subcommand.
enum ArgumentNormalizer {
  /// Global flags that take a value, as they may appear before the subcommand.
  static let globalWithValue: Set<String> = [
    "--kubeconfig", "--context", "--cluster", "--user", "-n", "--namespace", "-s", "--server", "--token",
    "--certificate-authority", "--client-certificate", "--client-key", "--tls-server-name", "--as", "--as-group",
    "--as-uid", "--request-timeout", "-v", "--v",
  ]

  /// The commands' own options whose value is the next word (a test checks these and `globalWithValue` against the
  /// command tree). `--fail-if-pending` is not one: alone, it means `--fail-if-pending=0`.
  static let commandWithValue: Set<String> = [
    "--depth", "--filename", "--focus", "--for", "--group-by", "--keda-namespace", "--key", "--kinds",
    "--max-findings", "--node", "--nodepool", "--output", "--reason", "--selector", "--serviceaccount", "--since",
    "--state", "--timeout", "--types", "--within",
  ]

  /// Global flags without a value.
  static let globalFlags: Set<String> = ["--insecure-skip-tls-verify"]

  /// Options whose value may be left out (`--fail-if-pending` alone means `--fail-if-pending=0`).
  static let optionalValue: [String: String] = ["--fail-if-pending": "0"]

  /// The short options that take a value, in every command (a test checks this against the command tree). No
  /// letter is a flag in one command and an option in another, so one set serves them all.
  static let shortWithValue: Set<Character> = ["f", "l", "n", "o", "s", "v"]

  /// `--fail-if-pending 10m`: a next word that reads as a duration is the option's value, as its help line
  /// (`--fail-if-pending <duration>`) shows it; before anything else, the option stands alone.
  static func joiningOptionalValues(_ arguments: [String]) -> [String] {
    var joined: [String] = []
    var index = 0
    while index < arguments.count {
      let arg = arguments[index]
      if optionalValue[arg] != nil, index + 1 < arguments.count, looksLikeDuration(arguments[index + 1]) {
        joined.append(arg + "=" + arguments[index + 1])
        index += 2
      } else {
        joined.append(arg)
        index += 1
      }
    }
    return joined
  }

  /// `10m`, `1h30m`, `90s`, `0`: a digit first, then only digits and Go's duration units.
  static func looksLikeDuration(_ word: String) -> Bool {
    guard let first = word.first, first.isASCII, first.isNumber else { return false }
    return word.allSatisfy { ($0.isASCII && $0.isNumber) || "hmsunµ.".contains($0) }
  }

  static func normalize(_ arguments: [String]) -> [String] {
    var args = joiningOptionalValues(splittingAttachedValues(arguments)).compactMap { arg -> String? in
      // ArgumentParser reads `-v=6` as a short flag cluster; kubectl users type it anyway.
      if arg.hasPrefix("-v=") { return "--v=" + arg.dropFirst(3) }
      if arg.hasPrefix("-s=") { return "--server=" + arg.dropFirst(3) }
      // kubectl's boolean flags take `=true` and `=false`.
      if arg == "--insecure-skip-tls-verify=true" { return "--insecure-skip-tls-verify" }
      if arg == "--insecure-skip-tls-verify=false" { return nil }
      if let value = optionalValue[arg] { return arg + "=" + value }
      return arg
    }
    // Move global flags given before the deepest subcommand (`lamp -n shop events`, `lamp secrets --context x
    // show y`) after it, walking the command tree (`karpenter nodepools`): kubectl takes them anywhere.
    var leading: [String] = []
    var path: [String] = []
    var command: ParsableCommand.Type = Lamp.self
    var index = 0
    while index < args.count {
      let arg = args[index]
      let name = arg.split(separator: "=", maxSplits: 1).first.map(String.init) ?? arg
      if arg.hasPrefix("-"), globalWithValue.contains(name) || globalFlags.contains(name) {
        leading.append(arg)
        if globalWithValue.contains(name), !arg.contains("="), index + 1 < args.count {
          leading.append(args[index + 1])
          index += 2
        } else {
          index += 1
        }
      } else if let next = command.configuration.subcommands.first(where: { $0._commandName == arg }) {
        path.append(arg)
        command = next
        index += 1
      } else {
        break
      }
    }
    guard !leading.isEmpty, !path.isEmpty else { return args }
    args = path + leading + Array(args[index...])
    return args
  }

  /// pflag's attached short values, which ArgumentParser reads as unknown flag clusters: `-nshop` is `-n shop`,
  /// `-ojson` is `-o json`, `-v6` is `-v 6` and `-Anshop` is `-A -n shop`. `-n=shop` already parses. Nothing after
  /// `--` is touched, nor an option's value (a token may start with a dash).
  static func splittingAttachedValues(_ arguments: [String]) -> [String] {
    var result: [String] = []
    var takesValue = false
    for (index, arg) in arguments.enumerated() {
      if arg == "--" {
        result += arguments[index...]
        break
      }
      defer { takesValue = !takesValue && isValueOption(arg) }
      let letters = arg.dropFirst()
      guard !takesValue, arg.hasPrefix("-"), !letters.hasPrefix("-"),
        let at = letters.firstIndex(where: shortWithValue.contains)
      else {
        result.append(arg)
        continue
      }
      let value = letters[letters.index(after: at)...]
      guard !value.isEmpty, !value.hasPrefix("=") else {
        result.append(arg)
        continue
      }
      if at != letters.startIndex { result.append("-" + letters[..<at]) }
      result += ["-" + String(letters[at]), String(value)]
    }
    return result
  }

  /// Whether `arg` is an option whose value is the next argument (`-n`, `--token`, `--kinds -secrets`).
  private static func isValueOption(_ arg: String) -> Bool {
    if arg.count == 2, let letter = arg.last, arg.first == "-" { return shortWithValue.contains(letter) }
    return globalWithValue.contains(arg) || commandWithValue.contains(arg)
  }
}
