import KubeAPI
import Testing

@Suite struct FieldSelectorTests {
  @Test func parsesAndSortsTerms() throws {
    let selector = try FieldSelector(parsing: "status.phase!=Failed,spec.nodeName=n1")
    #expect(selector.description == "spec.nodeName=n1,status.phase!=Failed")
    #expect(selector.requirements.map(\.operator) == [.equals, .notEquals])
    #expect(selector.requiredValue(for: "spec.nodeName") == "n1")
    #expect(selector.requiredValue(for: "status.phase") == nil)
  }

  @Test func unescapesValues() throws {
    let selector = try FieldSelector(parsing: #"metadata.name=a\,b\=c\\d,type==x"#)
    #expect(selector.requirements.map(\.value) == [#"a,b=c\d"#, "x"])
    #expect(selector.requirements[1].operator == .doubleEquals)
    #expect(selector.description == #"metadata.name=a\,b\=c\\d,type=x"#)
    #expect(FieldSelector.escape(#"a,b=c\d"#) == #"a\,b\=c\\d"#)
  }

  @Test func matchesWithMissingFieldsAsEmpty() throws {
    let fields = ["spec.nodeName": "n1", "status.phase": "Running"]
    let lookup: (String) -> String? = { fields[$0] }
    #expect(try FieldSelector(parsing: "spec.nodeName=n1,status.phase!=Failed").matches(lookup))
    #expect(try !FieldSelector(parsing: "spec.nodeName=n2").matches(lookup))
    #expect(try FieldSelector(parsing: "spec.schedulerName=").matches(lookup))
    #expect(try FieldSelector(parsing: "spec.schedulerName!=x").matches(lookup))
  }

  @Test(arguments: ["", "=", "a=b,=", ",,"])
  func selectsEverything(input: String) throws {
    let selector = try FieldSelector(parsing: input)
    #expect(selector.isEverything == (input != "a=b,="))
  }

  @Test(arguments: [
    ("abc", "invalid selector: 'abc'; can't understand 'abc'"),
    ("a=b,c", "invalid selector: 'a=b,c'; can't understand 'c'"),
    (#"a=b\x"#, #"invalid field selector: invalid escape sequence: \x"#),
    (#"a=b\"#, #"invalid field selector: invalid escape sequence: \"#),
    ("a=b=c", "invalid field selector: unescaped character in value: 61"),
  ])
  func refusesBadSelectors(input: String, message: String) {
    #expect(throws: FieldSelectorError(message)) { try FieldSelector(parsing: input) }
  }
}
