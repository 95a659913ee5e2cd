import Foundation
import KubeSim

// On Linux lamp-sim links tcmalloc (Package.swift). A list sent in one response is one block as large as the list,
// and glibc's malloc maps any block over 32 MB afresh and unmaps it when freed: every full list of 50,000 events
// (35 MB) was faulted in page by page, twice (the body and its copy into a NIO buffer). That cost 140-170 ms of CPU
// per list against 85 ms for the same list in pages of 5,000, and `bench/events` measured lamp against that slower
// floor. tcmalloc keeps freed spans for the next response.

let code = await SimMain.run(
  arguments: Array(CommandLine.arguments.dropFirst()),
  output: { text in
    FileHandle.standardOutput.write(Data(text.utf8))
  },
  errors: { text in
    FileHandle.standardError.write(Data(text.utf8))
  })
exit(code)
