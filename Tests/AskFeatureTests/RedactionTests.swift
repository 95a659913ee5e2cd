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

  @Test func credentialsInLogsNeverSurvive() {
    let jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"
    let log = [
      "connecting to postgres://admin:HunterPw99@db.shop.svc:5432/orders?sslmode=disable",
      "DEBUG Authorization: Bearer \(jwt)",
      "ERROR token=ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 rejected",
      "env AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
      #"config {"password": "s3cr3t-Value", "user": "app"} --api-key='k-123456' slack xoxb-1234-5678-abcdefghijkl"#,
      "redis password: Tr0ub4dor&3 ok",
      #"compact {"token":"abc123XYZ","user":"app"}"#,
      "-----BEGIN RSA PRIVATE KEY-----", "MIIEowIBAAKCAQEA", "-----END RSA PRIVATE KEY-----",
    ].joined(separator: "\n")
    let redacted = Redaction.text(log)
    for secret in [
      "HunterPw99", jwt, "ghp_AbCd", "wJalrXUtnFEMI", "AKIAIOSFODNN7EXAMPLE", "s3cr3t-Value", "k-123456", "xoxb-1234",
      "Tr0ub4dor", "MIIEowIBAAKCAQEA", "abc123XYZ",
    ] {
      #expect(!redacted.contains(secret), "\(secret) in \(redacted)")
    }
    // Lines stay lines, and what is not a credential stays to read.
    #expect(
      redacted.split(separator: "\n").map(String.init) == [
        "connecting to postgres://admin:<redacted token>@db.shop.svc:5432/orders?sslmode=disable",
        "DEBUG Authorization: Bearer <redacted token>",
        "ERROR token=<redacted token> rejected",
        "env AWS_SECRET_ACCESS_KEY=<redacted token> AWS_ACCESS_KEY_ID=<redacted token>",
        #"config {"password": "<redacted token>", "user": "app"} --api-key='<redacted token>' slack <redacted token>"#,
        "redis password: <redacted token> ok",
        #"compact {"token":"<redacted token>","user":"app"}"#,
        "<redacted private key>",
      ])
    // A certificate before a key is no credential: only the key's block goes.
    #expect(
      Redaction.text(
        "-----BEGIN CERTIFICATE-----\nMIIBcert\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMIIkey\n"
          + "-----END PRIVATE KEY-----")
        == "-----BEGIN CERTIFICATE-----\nMIIBcert\n-----END CERTIFICATE-----\n<redacted private key>")
    // References to credentials, and the words of a diagnosis, are not credentials.
    for kept in [
      #"secretName: tls-cert tokenPath=/var/run/token passwordFromEnv=DB_PASS"#,
      #"Error: secret "db-password" not found"#,
      #"couldn't find key database-url in ConfigMap shop/api-config"#,
      "dial tcp: lookup orders-db.shop.svc on 10.100.0.10:53: no such host",
      "requests.cpu=1500m, used: requests.cpu=7250m",
    ] {
      #expect(Redaction.text(kept) == kept)
    }
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

  @Test func credentialNamedEnvironmentVariablesNeverSurvive() throws {
    let json =
      #"{"kind":"Deployment","metadata":{"name":"api"},"spec":{"template":{"spec":{"containers":[{"name":"api","#
      + #""env":[{"name":"AWS_SECRET_ACCESS_KEY","value":"LEAKAWS1wJalrXUt"},{"name":"API_TOKEN","value":"LEAKTOK2"},"#
      + #"{"name":"POSTGRES_PASSWORD","value":"LEAKPW3"},{"name":"LOG_LEVEL","value":"debug"},"#
      + #"{"name":"PASSWORD_FILE","value":"/run/secrets/pw"},"#
      + #"{"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"name":"db","key":"password"}}}]}]}}}}"#
    let object = try JSONValue.parse(Data(json.utf8))
    for kind in ["Deployment", "Pod"] {
      let text = String(decoding: try Redaction.object(object, kind: kind).encoded(), as: UTF8.self)
      #expect(!text.contains("LEAK"), "\(text)")
      #expect(text.contains(#"{"name":"POSTGRES_PASSWORD","value":"<redacted token>"}"#), "\(text)")
      // Other variables, a path to a credential and a reference to a Secret stay as they are.
      #expect(text.contains(#""value":"debug""#) && text.contains(#""value":"/run/secrets/pw""#), "\(text)")
      #expect(text.contains(#""secretKeyRef":{"key":"password","name":"db"}"#), "\(text)")
    }
  }

  @Test func aChangedCredentialVariableIsMarkedChangedThoughBothSidesAreHidden() throws {
    func deployment(_ env: String) throws -> JSONValue {
      try JSONValue.parse(
        Data(
          (#"{"kind":"Deployment","metadata":{"name":"api"},"spec":{"template":{"spec":{"containers":[{"name":"api","#
            + #""env":[\#(env)]}]}}}}"#).utf8))
    }
    let old = try deployment(#"{"name":"LOG_LEVEL","value":"info"},{"name":"API_TOKEN","value":"LEAKOLD1"}"#)
    // Reordered by the patch, as a merge patch may: items are matched by name.
    let new = try deployment(#"{"name":"API_TOKEN","value":"LEAKNEW2"},{"name":"LOG_LEVEL","value":"info"}"#)
    let same = try deployment(#"{"name":"API_TOKEN","value":"LEAKOLD1"},{"name":"LOG_LEVEL","value":"debug"}"#)
    func text(_ value: JSONValue) throws -> String { String(decoding: try value.encoded(), as: UTF8.self) }
    let marked = try text(Redaction.changedValues(Redaction.object(new, kind: "Deployment"), from: old, to: new))
    #expect(!marked.contains("LEAK"), "\(marked)")
    #expect(marked.contains(#"{"name":"API_TOKEN","value":"<redacted token> (changed)"}"#), "\(marked)")
    let unmarked = try text(Redaction.changedValues(Redaction.object(same, kind: "Deployment"), from: old, to: same))
    #expect(!unmarked.contains("(changed)") && !unmarked.contains("LEAK"), "\(unmarked)")
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
