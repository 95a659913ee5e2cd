import ArgumentParser
import AskFeature
import ByteScanning
import CurlHTTP
import Formatters
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp ask`: diagnoses what a question is about (or the whole namespace) and answers with the root cause,
/// the evidence and the fix, without any AI model.
struct AskCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "ask",
      abstract: "Diagnose a problem: root cause, evidence and fix (no AI key needed).",
      discussion: """
        lamp finds the objects the question is about: resource names anywhere in the question (in any language: \
        "recommenderのポッドが動かない" works), kind words (pod, deployment, service, node, ポッド, サービス, ノード, \
        ...) and namespace names; with no question it reviews the whole namespace (or all namespaces with -A), and \
        a question of - is read from standard input. It \
        then walks the objects around them (owners, pods, nodes, Services, Ingresses, claims, autoscalers, \
        NodePools) and runs its analyzers: scheduling and start-up failures (the same classification as \
        \(name) events), crash loops with the previous run's log tail, OOMKilled, failing probes, evictions, \
        Services selecting nothing or without ready endpoints, Ingresses to a missing Service or port, unbound \
        claims, HPAs and KEDA ScaledObjects that cannot scale, nodes NotReady or under pressure, quotas and RBAC \
        denials seen in events. Findings are ranked by how likely each is the root cause: a Pending pod's cause \
        comes before its Deployment's missing replicas.

        When no namespace is given with -n and the question names one, that namespace is used. When the \
        question names something that is not there (a word shaped like a name: with -, _ or a digit; any Latin \
        word in a question written in another script; the word after or right before a kind word, as in "pod \
        checkout" or "the checkout pod") and -n \
        and -A were not given, lamp looks for it in every namespace and answers about what it finds there. A \
        name found nowhere is said so first (notFound in JSON), and the answer is a review of the namespace; so \
        is a question with no such word (a plain word like checkout counts only beside a kind word), which the \
        text answer says before the review. \
        ConfigMaps and Secrets are known by name (metadata only, never their values) for words that name \
        nothing else; the answer is about what reads or serves them. A namespace that does not exist is warned \
        about.

        WITH A MODEL: when one is configured, the text answer comes from the model (streamed as it arrives), \
        which gets lamp's findings and tools: get_resource, list_resources, events, pod_logs, relation_graph, \
        rbac_check (read), and delete_pod, restart_rollout, scale, cordon, uncordon, patch, apply_manifest \
        (write). Every request is classified by its HTTP verb, not by the tool; a write is printed exactly \
        (method, path, body) and sent only after you type y on the terminal; without a terminal it is refused \
        unless --yes is given, and --read-only refuses them all. Secret values, managedFields, the last-applied \
        annotation and credentials in text (tokens, URL passwords, values of keys and environment variables \
        named like password or secret, private keys) are redacted before any tool result leaves lamp; a crash-looping pod's log tail \
        is redacted as it is read, so neither the answer nor the saved conversation holds them. Conversations \
        are saved per context under $XDG_STATE_HOME/lamp/ask (default ~/.local/state/lamp/ask); --continue \
        resumes the last one, --history lists them. Configure with $XDG_CONFIG_HOME/lamp/config.yaml (default \
        ~/.config/lamp/config.yaml, mode 0600 when it holds a key; section llm: provider, model, baseURL, \
        apiKey, timeoutSeconds, azure {endpoint, deployment, apiVersion}; any other key is refused) or the \
        environment, which wins: LAMP_LLM_PROVIDER (openai, azure, anthropic, none: none reads no config.yaml), \
        LAMP_LLM_MODEL, LAMP_LLM_TIMEOUT, OPENAI_API_KEY, OPENAI_BASE_URL (Ollama, vLLM, llama.cpp), \
        AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_DEPLOYMENT, AZURE_OPENAI_API_KEY, AZURE_OPENAI_API_VERSION, \
        ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL (Anthropic's Messages API). OpenAI's and Anthropic's own servers \
        need a key; a base URL of your own may do without. --offline, -o json and -o yaml never call a model. \
        When the provider fails, the offline answer is printed and lamp exits 1 with the provider's error.

        JSON and YAML: apiVersion lamp/v1, kind Diagnosis, question, namespace, subjects [{kind, namespace, \
        name}], notFound (words of the question that look like names but name nothing \(name) ask knows), \
        related, findings [{rank, relevance (subject|related|scope), severity (critical|error|warning|info), \
        reason, analyzer, object {kind, namespace, name}, title, rootCauseScore (0-1), evidence [{object, source, \
        text}], fix {summary, commands, manifest}}], warnings, trace [{analyzer, findings, kept}].

        EXAMPLES:
          \(name) ask "why is the recommender pod not running?" -n shop
          \(name) ask "checkoutが再起動を繰り返している"
          \(name) ask -n shop
          \(name) ask -A -o json
          \(name) ask legacy-gateway -n shop --explain
          echo "why is the checkout pod restarting?" | \(name) ask - -n shop
          # a local model (Ollama):
          export LAMP_LLM_PROVIDER=openai LAMP_LLM_MODEL=llama3.1
          export OPENAI_BASE_URL=http://localhost:11434/v1
          \(name) ask "why is checkout crashing?" -n shop
          \(name) ask "and how do I fix it?" --continue
        """)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The question, in any language (quote it, or give it as several words); - reads it from stdin.")
  var question: [String] = []

  @Flag(name: [.customShort("A"), .customLong("all-namespaces")], help: "Look in all namespaces.")
  var allNamespaces = false

  @Option(
    name: [.customShort("o"), .customLong("output")], help: "Output format: text, json or yaml.",
    completion: .list(["text", "json", "yaml"]))
  var output: String = "text"

  @Flag(name: .customLong("explain"), help: "Add the analyzer trace: subjects found, analyzers run, findings kept.")
  var explain = false

  // Unconditional, as kubectl takes `-1` as a value: a negative count reaches the validation below.
  @Option(
    name: .customLong("max-findings"), parsing: .unconditional, help: "How many findings the text answer shows in full."
  )
  var maxFindings: Int = 8

  @Flag(name: .customLong("offline"), help: "Do not use a model even when one is configured.")
  var offline = false

  @Flag(name: .customLong("continue"), help: "Continue the last conversation with the model in this context.")
  var continueSession = false

  @Flag(name: .customLong("new"), help: "Start a new conversation (the default).")
  var newSession = false

  @Flag(name: .customLong("history"), help: "List the saved conversations of this context, newest first.")
  var history = false

  @Flag(name: .customLong("read-only"), help: "Refuse every write the model asks for.")
  var readOnly = false

  @Flag(
    name: [.customShort("y"), .customLong("yes")], help: "Send the model's writes without asking (they are printed).")
  var yes = false

  func validated() throws -> String {
    let format = output.trimmingSpaces().lowercased()
    guard ["text", "json", "yaml"].contains(format) else {
      throw CommandError.usage("invalid output format \"\(output)\" (one of: text, json, yaml)")
    }
    if allNamespaces && global.namespace != nil { throw CommandError.usage("-A and -n cannot be combined") }
    if maxFindings < 1 { throw CommandError.usage("--max-findings must be at least 1") }
    if continueSession && newSession { throw CommandError.usage("--continue and --new cannot be combined") }
    if history && !question.isEmpty { throw CommandError.usage("--history takes no question") }
    if continueSession && (offline || format != "text") {
      let other = offline ? "--offline" : "-o \(format)"
      throw CommandError.usage("--continue resumes a conversation with a model: not with \(other)")
    }
    if question.count > 1 && question.contains("-") {
      throw CommandError.usage("- reads the question from standard input: give it alone")
    }
    return format
  }

  /// The question: its words, or standard input when it is `-` (`git log -1 --format=%B | lamp ask -`).
  func questionText() throws -> String {
    guard question == ["-"] else { return question.joined(separator: " ") }
    let bytes: Data
    do {
      bytes = try FileReader.standardInput()
    } catch {
      throw CommandError("cannot read the question from standard input: \(error.reason)")
    }
    let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
    if text.isEmpty { throw CommandError.usage("no question on standard input") }
    return text
  }

  func run() async throws {
    let format = try validated()
    let environment = LampEnvironment.current
    if history {
      try listHistory(environment)
      return
    }
    // The model's settings and the question are checked before the cluster is read.
    let settings: LLMSettings?
    do {
      settings = offline || format != "text" ? nil : try LLMSettings.from(environment: environment.variables)
    } catch {
      throw CommandError.usage(error.description)
    }
    if continueSession && settings == nil {
      throw CommandError.usage(
        "--continue resumes a conversation with a model, and none is configured (see WITH A MODEL in --help)")
    }
    let text = try questionText()
    let session = try await ClusterSession.connect(global)
    let query = AskQuery(client: session.client, discovery: session.discovery)
    let diagnosis = try await AskDiagnoser(query: query).diagnose(
      question: text, namespace: allNamespaces ? nil : session.namespace,
      chosen: allNamespaces || global.namespace != nil, now: environment.now())
    if let settings {
      try await answerWithModel(settings, diagnosis: diagnosis, session: session, text: text)
      return
    }
    let printer = Printer(environment)
    switch format {
    case "json": try printer.document(diagnosis, format: .json)
    case "yaml": try printer.document(diagnosis, format: .yaml)
    default:
      let renderer = DiagnosisText(
        style: printer.style, limit: maxFindings, explain: explain, invocationName: environment.invocationName)
      environment.stdout.write(renderer.render(diagnosis))
    }
  }

  /// Where this context's conversations are saved.
  static func store(_ context: String?, _ environment: LampEnvironment) throws -> SessionStore {
    guard let directory = SessionStore.directory(context: context ?? "", environment: environment.variables) else {
      throw CommandError("cannot save the conversation: neither XDG_STATE_HOME nor HOME is set")
    }
    return SessionStore(directory: directory)
  }

  /// `--history`: the saved conversations of the current context.
  func listHistory(_ environment: LampEnvironment) throws {
    let config = try ClusterSession.clientConfig(global, environment: environment)
    let records = try Self.store(config.contextName, environment).list()
    if records.isEmpty {
      let place = config.contextName.map { " for context \"\($0)\"" } ?? ""
      environment.stderr.write("No saved conversations\(place).\n")
      return
    }
    var table = Table(columns: [
      TableColumn("ID"), TableColumn("UPDATED"), TableColumn("MESSAGES"), TableColumn("QUESTION"),
    ])
    for record in records {
      table.rows.append(
        TableRow([
          record.id, Age.format(environment.now().timeIntervalSince(record.updated)), String(record.messages.count),
          record.title,
        ]))
    }
    Printer(environment).table(table, format: .table, noHeaders: false)
  }

  /// LLM mode: the model gets the findings and the tools; each tool call is shown on stderr, each write goes
  /// through the terminal (or --yes / --read-only).
  func answerWithModel(
    _ settings: LLMSettings, diagnosis: Diagnosis, session: ClusterSession, text: String
  ) async throws {
    let environment = LampEnvironment.current
    // What lamp found out before asking (a name found nowhere, a namespace that does not exist) is lamp's to say,
    // on stderr beside the tool calls: the model's answer, on stdout, need not repeat it.
    if let line = DiagnosisText.notFoundLine(diagnosis) {
      environment.stderr.write("lamp: \(TerminalText.escape(line))\n")
    }
    for warning in diagnosis.warnings { environment.stderr.write("warning: \(TerminalText.escape(warning))\n") }
    let transport = try CurlTransport(configuration: TransportConfiguration(connectTimeout: .seconds(10)))
    defer { transport.close() }
    let chat = settings.provider(transport: transport)
    let stderr = environment.stderr
    let gate = TerminalWriteGate(
      readOnly: readOnly, yes: yes, ttyPath: environment.variables["LAMP_TTY"] ?? "/dev/tty", stderr: stderr)
    var tools = AssistantTools(
      client: session.client, discovery: session.discovery,
      namespace: diagnosis.namespace ?? diagnosis.subjectNamespace ?? session.namespace, gate: gate
    ) { line in stderr.write("lamp: \(line)\n") }
    tools.now = environment.now
    let store = try Self.store(session.config.contextName, environment)
    var base = ChatRecord(
      id: try store.newID(now: environment.now()), context: session.config.contextName ?? "",
      created: environment.now(), title: text.isEmpty ? "(health review)" : Redaction.text(text))
    var history: [ChatMessage] = []
    if continueSession {
      guard let last = try store.latest() else {
        throw CommandError("no saved conversation to continue for context \"\(base.context)\"")
      }
      base = last
      history = last.messages
    }
    let record = base
    let now = environment.now
    let answer = AnswerStream(environment.stdout)
    do {
      let outcome = try await AssistantSession(chat: chat, tools: tools).answer(
        question: text, diagnosis: diagnosis, history: history,
        onText: { answer.write($0) },
        onTool: { call in
          answer.endLine()
          stderr.write("lamp: \(call.function.name) \(call.function.arguments.prefix(200))\n")
        },
        checkpoint: { messages in
          var saved = record
          saved.messages = messages
          saved.updated = now()
          try store.save(saved)
        })
      // The answer has streamed to stdout as it arrived.
      answer.endLine()
      if explain {
        stderr.write(
          "lamp: about \(outcome.bytesSent / 4) tokens sent (\(outcome.bytesSent) bytes in \(outcome.requests) "
            + "request(s))\n")
      }
    } catch let error as LLMError {
      // The offline answer still stands: print it, then fail with the provider's error.
      answer.endLine()
      let renderer = DiagnosisText(
        style: Printer(environment).style, limit: maxFindings, explain: explain,
        invocationName: environment.invocationName)
      environment.stdout.write(renderer.render(diagnosis))
      throw CommandError(error.description)
    }
  }
}
