import Foundation
import LampCommands

// Only wiring here: everything else lives in LampCommands so tests can run commands in-process.

#if os(Linux)
  import CMalloc

  // Large blocks (list pages of megabytes) in their own mappings, returned when freed. glibc otherwise raises this
  // threshold after the first such free and keeps later pages in its heaps, where the holes they leave stay
  // resident: 5 MiB more peak memory for `lamp events -A -o json` on a large cluster. With pages out of the heaps,
  // glibc's per-thread arenas cost no memory; a single arena, tried before, made the decoding threads queue on its
  // lock (4,000+ context switches per run instead of 500–750, and about 10% slower).
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
