import Foundation
import Testing

@testable import CurlHTTP

@Suite struct ResponseHeadParserTests {
  @Test func keepsOnlyTheFinalHeadAfterInterimResponses() {
    var parser = ResponseHeadParser()
    for line in [
      "HTTP/1.1 100 Continue\r\n", "X-Interim: 1\r\n", "\r\n",
      "HTTP/1.1 201 Created\r\n", "Content-Type: application/json\r\n", "Audit-Id:  abc \r\n", "\r\n",
    ] {
      parser.consume(line)
    }
    #expect(parser.isComplete)
    #expect(parser.status == 201)
    #expect(parser.reason == "Created")
    #expect(parser.headers == [HTTPHeader("Content-Type", "application/json"), HTTPHeader("Audit-Id", "abc")])
  }

  @Test func headerNamesCompareWithoutASCIICase() {
    let response = HTTPResponse(
      status: 200, headers: [HTTPHeader("content-length", "12"), HTTPHeader("Retry-After", "3")], body: Data())
    #expect(response.header("Content-Length") == "12")
    #expect(response.header("RETRY-AFTER") == "3")
    #expect(response.header("Retry-Afte") == nil)
    #expect(HTTPHeader("X-Ä", "").hasName("x-ä") == false, "only ASCII letters fold")
    #expect(HTTPHeader("Host", "").hasName("host"))
  }

  @Test func readsHTTP2HeadsAndIgnoresTrailers() {
    var parser = ResponseHeadParser()
    for line in ["HTTP/2 200 \r\n", "content-type: text/plain\r\n", "\r\n", "grpc-status: 0\r\n", "\r\n"] {
      parser.consume(line)
    }
    #expect(parser.status == 200)
    #expect(parser.reason == "")
    #expect(parser.headers == [HTTPHeader("content-type", "text/plain")])
  }

  @Test func joinsFoldedLines() {
    var parser = ResponseHeadParser()
    for line in ["HTTP/1.1 200 OK", "X-Long: first", "\tsecond", ""] { parser.consume(line) }
    #expect(parser.headers == [HTTPHeader("X-Long", "first second")])
  }

  @Test func headIsIncompleteUntilTheBlankLine() {
    var parser = ResponseHeadParser()
    parser.consume("HTTP/1.1 200 OK\r\n")
    parser.consume("A: b\r\n")
    #expect(!parser.isComplete)
  }

  @Test func readsLinesAsLibcurlPassesThem() {
    var parser = ResponseHeadParser()
    let lines = [
      "HTTP/1.1  404 Not Found\r\n", "Content-Length:\t12\n", "X-Empty:\r\n", ": no name\r\n",
      "no colon at all\r\n", "X-Caf\u{E9}: cr\u{E8}me \r\n", "\r\n",
    ]
    for line in lines {
      var bytes = Array(line.utf8)
      bytes.withUnsafeMutableBytes { parser.consume(UnsafeRawBufferPointer($0)) }
    }
    #expect(parser.isComplete)
    #expect(parser.status == 404)
    #expect(parser.reason == "Not Found")
    #expect(
      parser.headers == [
        HTTPHeader("Content-Length", "12"), HTTPHeader("X-Empty", ""), HTTPHeader("X-Caf\u{E9}", "cr\u{E8}me"),
      ])
    #expect(parser.contentLength == 12)
  }

  @Test func aMalformedStatusLineHasNoStatus() {
    var parser = ResponseHeadParser()
    for line in ["HTTP/1.1\r\n", "A: b\r\n", "\r\n"] { parser.consume(line) }
    #expect(parser.status == 0)
    #expect(!parser.isComplete)
    parser.consume("HTTP/1.1 2x0 OK\r\n")
    #expect(parser.status == 0)
  }
}
