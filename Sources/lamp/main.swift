import Foundation
import LampCommands

// Only wiring here: everything else lives in LampCommands so tests can run commands in-process.

#if os(Linux)
  import CMalloc

  // One malloc arena: glibc gives each thread its own, and memory freed on one list-decoding thread was not reused
  // by another, which raised `lamp events -A`'s peak by a sixth on a large cluster with no gain in speed.
  _ = mallopt(M_ARENA_MAX, 1)
  // Large blocks (list pages of megabytes) in their own mappings, returned when freed: glibc otherwise raises this
  // threshold after the first such free and keeps later pages in the heap, where the holes they leave stay
  // resident (5 MiB more peak memory for `lamp events -A -o json` on a large cluster, no faster).
  _ = mallopt(M_MMAP_THRESHOLD, 256 << 10)
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
let environment = LampEnvironment.process()
let code: Int32
if Invocation.isCompletionHelper(CommandLine.arguments.first ?? "") {
  code = await KubectlCompletion.run(arguments, environment: environment)
} else {
  code = await LampCLI.run(arguments, environment: environment)
}
exit(code)
