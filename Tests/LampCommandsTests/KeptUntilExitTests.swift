import Testing

@testable import LampCommands

@Suite("KeptUntilExit")
struct KeptUntilExitTests {
  final class Result: Sendable {}

  @Test("holds the latest result alive and lets the one before go")
  func holdsOnlyTheLatest() {
    let keeper = KeptUntilExit()
    weak var first: Result?
    weak var second: Result?
    do {
      let one = Result()
      first = one
      keeper.keep(one)
    }
    #expect(first != nil)
    do {
      let two = Result()
      second = two
      keeper.keep(two)
    }
    #expect(first == nil)
    #expect(second != nil)
  }
}
