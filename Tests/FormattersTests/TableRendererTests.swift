import Formatters
import Foundation
import Testing

@Suite struct TableRendererTests {
  let pods = Table(
    columns: [
      TableColumn("NAME"), TableColumn("READY"), TableColumn("STATUS"),
      TableColumn("RESTARTS", alignment: .right), TableColumn("AGE"),
      TableColumn("IP", wideOnly: true), TableColumn("NODE", wideOnly: true),
    ],
    rows: [
      ["web-7d4f9-abcde", "1/1", "Running", "0", "5d", "10.0.0.12", "node-a"],
      ["db-0", "0/1", "CrashLoopBackOff", "12", "3h1m", "", "node-b"],
    ])

  @Test func narrowTable() {
    let expected = """
      NAME              READY   STATUS             RESTARTS   AGE
      web-7d4f9-abcde   1/1     Running                   0   5d
      db-0              0/1     CrashLoopBackOff         12   3h1m

      """
    #expect(TableRenderer().render(pods) == expected)
  }

  @Test func wideTableShowsWideOnlyColumnsAndNone() {
    let expected = """
      NAME              READY   STATUS             RESTARTS   AGE    IP          NODE
      web-7d4f9-abcde   1/1     Running                   0   5d     10.0.0.12   node-a
      db-0              0/1     CrashLoopBackOff         12   3h1m   <none>      node-b

      """
    #expect(TableRenderer(wide: true).render(pods) == expected)
  }

  @Test func noHeaders() {
    let expected = """
      web-7d4f9-abcde   1/1   Running             0   5d
      db-0              0/1   CrashLoopBackOff   12   3h1m

      """
    #expect(TableRenderer(showHeaders: false).render(pods) == expected)
  }

  @Test func emptyTableRendersNothing() {
    #expect(TableRenderer().render(Table(columns: pods.columns)) == "")
  }

  @Test func noTrailingWhitespaceAndCustomEmptyText() {
    let table = Table(
      columns: [TableColumn("NAME"), TableColumn("NOTE", emptyText: "")],
      rows: [["a", ""], ["bbbb", "x"], ["c"]])
    let output = TableRenderer().render(table)
    #expect(output == "NAME   NOTE\na\nbbbb   x\nc\n")
  }

  @Test func unicodeWidthAligns() {
    let table = Table(
      columns: [TableColumn("NAME"), TableColumn("OWNER")],
      rows: [["日本語", "a"], ["café", "b"], ["🚀x", "c"], ["e\u{301}", "d"]])
    let expected = """
      NAME     OWNER
      日本語   a
      café     b
      🚀x      c
      é        d

      """
    #expect(TableRenderer().render(table) == expected)
  }

  @Test func cellsAreEscapedCutAndFirstLineOnly() {
    let table = Table(
      columns: [TableColumn("NAME"), TableColumn("MESSAGE", maxWidth: 12)],
      rows: [
        ["evil\u{1B}[2J", "ok"],
        ["tab\there", "Back-off restarting failed container"],
        ["multi", "first line\nsecond line"],
        ["bidi\u{202E}x", "日本語のメッセージです"],
      ])
    let expected = #"""
      NAME          MESSAGE
      evil\x1b[2J   ok
      tab\there     Back-off re…
      multi         first line…
      bidi\u202ex   日本語のメ…

      """#
    #expect(TableRenderer().render(table) == expected)
  }

  @Test func freeTextColumnsJoinTheirLines() {
    let table = Table(
      columns: [TableColumn("NAME"), TableColumn("MESSAGE", maxWidth: 30, joinsLines: true)],
      rows: [["mount", "MountVolume.SetUp failed\nOutput:\tmount: /data\n\n  exit status 32  \n"]])
    let expected = """
      NAME    MESSAGE
      mount   MountVolume.SetUp failed Outp…

      """
    #expect(TableRenderer().render(table) == expected)
    var wide = table
    wide.columns[1].maxWidth = nil
    #expect(TableRenderer().render(wide).contains("MountVolume.SetUp failed Output: mount: /data exit status 32\n"))
  }

  @Test func statusTintOnlyWithColour() {
    var table = Table(columns: [TableColumn("NAME"), TableColumn("STATUS")])
    table.append(["a", "Running"], status: .ok)
    table.append(["bb", "Failed"], status: .error)
    table.append(["c", "Unknown"])
    #expect(TableRenderer().render(table) == "NAME   STATUS\na      Running\nbb     Failed\nc      Unknown\n")
    let coloured = TableRenderer(style: TerminalStyle(enabled: true)).render(table)
    let expected =
      "NAME   STATUS\n\u{1B}[32ma      Running\u{1B}[0m\n\u{1B}[31mbb     Failed\u{1B}[0m\nc      Unknown\n"
    #expect(coloured == expected)
  }

  @Test func sectionsOmitEmptyOnesAndSeparateByOneBlankLine() {
    let columns = [TableColumn("NAME"), TableColumn("AGE")]
    let pending = Table(columns: columns, rows: [["p-1", "5m"], ["pod-two", "1h"]])
    let failed = Table(columns: columns, rows: [["f", "2d"]])
    let none = Table(columns: columns)
    let output = TableRenderer().render(sections: [
      (title: "PENDING PODS", table: pending), (title: "EMPTY", table: none), (title: nil, table: failed),
    ])
    let expected = """
      PENDING PODS
      NAME      AGE
      p-1       5m
      pod-two   1h

      NAME   AGE
      f      2d

      """
    #expect(output == expected)
    #expect(TableRenderer().render(sections: [(title: "X", table: none)]) == "")
  }

  @Test func rowsBehaveLikeArrays() {
    var table = Table(columns: [TableColumn("A"), TableColumn("B")], rows: [["1", "2"]])
    table.rows[0][1] = "3"
    #expect(table.rows == [["1", "3"]])
    #expect(table.rows[0].count == 2)
    #expect(table.rows.map { $0[0] } == ["1"])
  }

  @Test func tablesFromPlainRowsAndEmptyLiterals() {
    let cells: [[String]] = [["a", "b"]]
    #expect(Table(columns: [TableColumn("X")], rows: cells).rows == [TableRow(["a", "b"])])
    #expect(Table(columns: [TableColumn("X")], rows: []).isEmpty)
  }

  @Test func sectionTitlesAreBoldOnlyWithColour() {
    let table = Table(columns: [TableColumn("NAME")], rows: [["a"]])
    let sections: [(title: String?, table: Table)] = [(title: "PENDING PODS", table: table)]
    #expect(TableRenderer().render(sections: sections) == "PENDING PODS\nNAME\na\n")
    let coloured = TableRenderer(style: TerminalStyle(enabled: true)).render(sections: sections)
    #expect(coloured == "\u{1B}[1mPENDING PODS\u{1B}[0m\nNAME\na\n")
  }

  @Test("a table large enough to be laid out in parallel chunks reads exactly as one laid out row by row")
  func largeTable() {
    var table = Table(columns: [TableColumn("NAME"), TableColumn("N", alignment: .right), TableColumn("NOTE")])
    func line(_ name: String, _ number: String, _ note: String) -> String {
      name + String(repeating: " ", count: 9 - name.count) + "   " + String(repeating: " ", count: 2 - number.count)
        + number + "   " + note + "\n"
    }
    var expected = line("NAME", "N", "NOTE")
    for i in 0..<20_000 {
      let name = "row-\(i)"
      let note = i % 3 == 0 ? "" : "note \(i)"
      table.append([name, String(i % 100), note], status: i % 2 == 0 ? .warning : nil)
      expected += line(name, String(i % 100), note.isEmpty ? "<none>" : note)
    }
    #expect(TableRenderer().render(table) == expected)
    let painted = TableRenderer(style: TerminalStyle(enabled: true)).render(table)
    #expect(painted.split(separator: "\n").count == 20_001)
    #expect(painted.split(separator: "\n")[1] == "\u{1B}[33m" + line("row-0", "0", "<none>").dropLast() + "\u{1B}[0m")
  }

  @Test("a right-aligned last column is padded to its widest cell; a left-aligned one never is")
  func lastColumnAlignment() {
    var right = Table(columns: [TableColumn("NAME"), TableColumn("N", alignment: .right)])
    right.append(["a", "7"])
    right.append(["bb", "1234"])
    #expect(TableRenderer().render(right) == "NAME      N\na         7\nbb     1234\n")
    var left = Table(columns: [TableColumn("NAME"), TableColumn("NOTE")])
    left.append(["a", "x"])
    left.append(["bb", "a longer note"])
    #expect(TableRenderer().render(left) == "NAME   NOTE\na      x\nbb     a longer note\n")
    #expect(TableRenderer().columnWidths(left) == [4, 13])
  }

  @Test("parallel chunks cover every index once, in order")
  func parallelChunks() {
    for count in [0, 1, 4095, 4096, 8192, 100_003] {
      let chunks = ParallelBuild.chunks(count: count) { $0 }
      #expect(chunks.flatMap { Array($0) } == Array(0..<count), "\(count)")
      #expect(chunks.count == 1 || count >= 2 * 4096)
    }
    #expect(ParallelBuild.each([3, 1, 2]) { $0 * 10 } == [30, 10, 20])
  }

  @Test("batches hand every chunk over once, in order, each of the chunk size but the last")
  func parallelBatches() {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    for count in [0, 1, 100, 3 * 4 * 100 * cores + 17] {
      var consumed: [Range<Int>] = []
      ParallelBuild.inBatches(count: count, chunkSize: 100) {
        $0
      } consume: {
        consumed.append($0)
      }
      #expect(consumed.flatMap { Array($0) } == Array(0..<count), "\(count)")
      #expect(consumed.dropLast().allSatisfy { $0.count == 100 })
    }
  }

  @Test("a LazyTable renders as the Table of the same cells: joined cells, escapes, cuts, hidden and missing columns")
  func lazyTableMatchesTable() throws {
    let columns = [
      TableColumn("NAMESPACE", wideOnly: true), TableColumn("OBJECT", maxWidth: 12),
      TableColumn("N", alignment: .right, maxWidth: 4), TableColumn("MESSAGE"),
    ]
    // Numbers are written as digits: one too wide for its column is cut like text, a negative one is text.
    let rows: [(String, String, String, Int?, [String])] = [
      ("shop", "pod/", "web-0", 3, ["first line\nsecond"]),
      ("", "replicaset/", "a-very-long-name", 12345, ["tab\there, 日本"]),
      ("kube-system", "pod/", "", nil, []),
      ("x", "", "", -7, ["\u{1B}[31mred"]),
    ]
    let lazy = LazyTable(columns: columns, count: rows.count) { index, cells in
      let (namespace, head, tail, count, rest) = rows[index]
      cells.add(namespace)
      cells.add(head, tail)
      if let count { cells.add(count) } else { cells.add("") }
      for text in rest { cells.add(text) }
      return index == 1 ? .warning : nil
    }
    let table = lazy.table()
    #expect(table.rows.map(\.cells) == rows.map { [$0.0, $0.1 + $0.2, $0.3.map(String.init) ?? ""] + $0.4 })
    #expect(table.rows.map(\.status) == [nil, .warning, nil, nil])
    for renderer in [TableRenderer(), TableRenderer(wide: true), TableRenderer(showHeaders: false)] {
      var text: [UInt8] = []
      renderer.write(sections: [("TITLE", lazy)]) { text += $0 }
      #expect(String(decoding: text, as: UTF8.self) == renderer.render(sections: [("TITLE", table)]))
    }
    #expect(TableRenderer().render(table).contains("replicaset/…   123…"))
    let collected = TableCells.collect { cells in
      cells.add("a")
      cells.add("b", "c")
    }
    #expect(collected == ["a", "bc"])
  }
}
