import AskFeature
import Foundation
import KubeAPI
import Testing

@Suite struct RedactionTests {
  @Test func secretValuesAndTokensNeverSurvive() throws {
    let token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJl"
    let json =
      #"{"kind":"Secret","metadata":{"name":"s","managedFields":[{"manager":"x"}],"annotations":{""#
      + #"kubectl.kubernetes.io/last-applied-configuration":"{\"data\":{\"k\":\"c2VjcmV0\"}}","note""#
      + #":"token \#(token)"}},"data":{"password":"c2VjcmV0"},"stringData":{"api":"plain"}}"#
    let secret = try JSONValue.parse(Data(json.utf8))
    let text = String(decoding: try Redaction.object(secret, kind: "Secret").encoded(), as: UTF8.self)
    #expect(!text.contains("c2VjcmV0"))
    #expect(!text.contains("plain"))
    #expect(!text.contains("managedFields"))
    #expect(!text.contains("eyJhbGci"))
    #expect(text.contains(#""password":"<redacted: 8 characters>""#))
    #expect(
      Redaction.text("Authorization: Bearer abc.def and \(token)")
        == "Authorization: Bearer <redacted token> and <redacted token>")
    // The same rule as trigger metadata's: any case, Basic too, up to the next separator.
    #expect(Redaction.text("auth=basic dXNlcjpw;next") == "auth=basic <redacted token>;next")
  }

  @Test func kedaTriggerCredentialsNeverSurvive() throws {
    let json =
      #"{"kind":"ScaledObject","metadata":{"name":"q"},"spec":{"scaleTargetRef":{"name":"worker"},"triggers":["#
      + #"{"type":"rabbitmq","metadata":{"host":"amqp://user:hunter2@rabbit:5672/","queueName":"jobs","#
      + #""password":"hunter3","value":"5"}},{"type":"cpu","metadata":{"value":"80"}}]}}"#
    let object = try JSONValue.parse(Data(json.utf8))
    let text = String(decoding: try Redaction.object(object, kind: "ScaledObject").encoded(), as: UTF8.self)
    #expect(!text.contains("hunter2"))
    #expect(!text.contains("hunter3"))
    #expect(text.contains("amqp://user:<redacted>@rabbit:5672/"))
    #expect(text.contains(#""queueName":"jobs""#))
    #expect(text.contains(#""value":"80""#))
  }

  @Test func settingsFromTheEnvironment() throws {
    #expect(try LLMSettings.from(environment: [:]) == nil)
    let openAI = try #require(try LLMSettings.from(environment: ["OPENAI_API_KEY": "k"]))
    #expect(openAI.baseURL == "https://api.openai.com/v1")
    let local = try #require(
      try LLMSettings.from(environment: [
        "LAMP_LLM_PROVIDER": "openai", "OPENAI_BASE_URL": "http://localhost:11434/v1/",
      ]))
    #expect(local.baseURL == "http://localhost:11434/v1")
    #expect(local.apiKey == nil)
    #expect(throws: LLMError.self) { try LLMSettings.from(environment: ["LAMP_LLM_PROVIDER": "x"]) }
    #expect(throws: LLMError.self) {
      try LLMSettings.from(environment: ["OPENAI_API_KEY": "k", "LAMP_LLM_TIMEOUT": "soon"])
    }
    // OpenAI's and Anthropic's own servers need a key; a custom base URL may not.
    for provider in ["openai", "anthropic"] {
      #expect(throws: LLMError.self) { try LLMSettings.from(environment: ["LAMP_LLM_PROVIDER": provider]) }
    }
    #expect(try LLMSettings.from(environment: ["LAMP_LLM_PROVIDER": "none"]) == nil)
  }
}
