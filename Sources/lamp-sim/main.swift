import Foundation
import KubeSim

let code = await SimMain.run(
  arguments: Array(CommandLine.arguments.dropFirst()),
  output: { text in
    FileHandle.standardOutput.write(Data(text.utf8))
  },
  errors: { text in
    FileHandle.standardError.write(Data(text.utf8))
  })
exit(code)
