import Foundation
import LampCommands

// Only wiring here: everything else lives in LampCommands so tests can run commands in-process.
let arguments = Array(CommandLine.arguments.dropFirst())
let environment = LampEnvironment.process()
let code: Int32
if Invocation.isCompletionHelper(CommandLine.arguments.first ?? "") {
  code = await KubectlCompletion.run(arguments, environment: environment)
} else {
  code = await LampCLI.run(arguments, environment: environment)
}
exit(code)
