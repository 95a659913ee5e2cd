import Testing

@testable import CurlHTTP

@Suite struct DurationMillisecondsTests {
  @Test func roundsUpAndTreatsZeroAsNoLimit() {
    #expect(Duration.seconds(10).curlMilliseconds == 10_000)
    #expect(Duration.milliseconds(300).curlMilliseconds == 300)
    #expect(Duration.microseconds(1).curlMilliseconds == 1)
    #expect(Duration.microseconds(1500).curlMilliseconds == 2)
    #expect(Duration.zero.curlMilliseconds == nil)
    #expect(Duration.seconds(-1).curlMilliseconds == nil)
  }
}
