import KubeAPI

/// The parts of one generated Deployment that its ReplicaSet, pods, Service and ScaledObject share.
struct ScaleWorkload {
  var namespace: String
  var name: String
  var app: String
  var replicas: Int
  var created: Int64
  var image: String
  var hash: String
  var deploymentUID: String
  var replicaSetUID: String
  var cpu: String
  var memory: String
  var port: Int
  var hasSidecar: Bool

  static let apps = [
    "api", "auth", "billing", "cart", "catalog", "checkout", "frontend", "gateway", "inventory", "notifications",
    "orders", "payments", "recommender", "reports", "search", "shipping", "users", "web", "worker", "scheduler",
  ]

  var replicaSetName: String { name + "-" + hash }

  /// The pod template's labels (`app` selects; pod-template-hash is added to pods and the ReplicaSet).
  var templateLabels: [String: JSONValue] {
    [
      "app": .string(name), "app.kubernetes.io/name": .string(app), "app.kubernetes.io/part-of": .string(namespace),
    ]
  }

  /// The container list of the pod template, before admission adds the service account token mount.
  func containers(apiAccessVolume: String?) -> [JSONValue] {
    var mounts: [JSONValue] = [
      .object(["name": .string("config"), "mountPath": .string("/etc/\(app)"), "readOnly": .bool(true)])
    ]
    if let apiAccessVolume {
      mounts.append(Self.apiAccessMount(apiAccessVolume))
    }
    var main: [String: JSONValue] = [
      "name": .string(app), "image": .string(image), "imagePullPolicy": .string("IfNotPresent"),
      "ports": .array([
        .object(["name": .string("http"), "containerPort": .int(Int64(port)), "protocol": .string("TCP")]),
        .object(["name": .string("metrics"), "containerPort": .int(9102), "protocol": .string("TCP")]),
      ]),
      "env": .array([
        .object(["name": .string("APP_ENV"), "value": .string("production")]),
        .object(["name": .string("LOG_LEVEL"), "value": .string("info")]),
        .object([
          "name": .string("OTEL_EXPORTER_OTLP_ENDPOINT"), "value": .string("http://otel-collector.monitoring:4317"),
        ]),
        .object([
          "name": .string("POD_NAME"),
          "valueFrom": .object([
            "fieldRef": .object(["apiVersion": .string("v1"), "fieldPath": .string("metadata.name")])
          ]),
        ]),
        .object([
          "name": .string("DATABASE_PASSWORD"),
          "valueFrom": .object(["secretKeyRef": .object(["name": .string(name + "-db"), "key": .string("password")])]),
        ]),
      ]),
      "resources": .object([
        "requests": .object(["cpu": .string(cpu), "memory": .string(memory)]),
        "limits": .object(["memory": .string(memory)]),
      ]),
      "readinessProbe": Self.httpProbe("/ready", period: 10),
      "livenessProbe": Self.httpProbe("/healthz", period: 20),
      "terminationMessagePath": .string("/dev/termination-log"), "terminationMessagePolicy": .string("File"),
      "volumeMounts": .array(mounts),
    ]
    main["securityContext"] = .object([
      "allowPrivilegeEscalation": .bool(false), "readOnlyRootFilesystem": .bool(true), "runAsNonRoot": .bool(true),
      "runAsUser": .int(10001), "capabilities": .object(["drop": .array([.string("ALL")])]),
    ])
    var result: [JSONValue] = [.object(main)]
    if hasSidecar {
      var sidecarMounts: [JSONValue] = [
        .object(["name": .string("varlog"), "mountPath": .string("/var/log/app")])
      ]
      if let apiAccessVolume { sidecarMounts.append(Self.apiAccessMount(apiAccessVolume)) }
      result.append(
        .object([
          "name": .string("log-router"), "image": .string("public.ecr.aws/aws-observability/aws-for-fluent-bit:2.34.3"),
          "imagePullPolicy": .string("IfNotPresent"),
          "resources": .object([
            "requests": .object(["cpu": .string("50m"), "memory": .string("64Mi")]),
            "limits": .object(["memory": .string("128Mi")]),
          ]),
          "terminationMessagePath": .string("/dev/termination-log"), "terminationMessagePolicy": .string("File"),
          "volumeMounts": .array(sidecarMounts),
        ]))
    }
    return result
  }

  /// Pod volumes (the token volume is added by admission, so only pods carry it).
  func volumes(apiAccessVolume: String?) -> [JSONValue] {
    var result: [JSONValue] = [
      .object([
        "name": .string("config"),
        "configMap": .object(["name": .string(name + "-config"), "defaultMode": .int(420)]),
      ])
    ]
    if hasSidecar { result.append(.object(["name": .string("varlog"), "emptyDir": .object([:])])) }
    if let apiAccessVolume { result.append(Self.apiAccessVolume(apiAccessVolume)) }
    return result
  }

  static func httpProbe(_ path: String, period: Int64) -> JSONValue {
    .object([
      "httpGet": .object(["path": .string(path), "port": .string("http"), "scheme": .string("HTTP")]),
      "periodSeconds": .int(period), "timeoutSeconds": .int(1), "successThreshold": .int(1),
      "failureThreshold": .int(3),
    ])
  }

  static func apiAccessMount(_ volume: String) -> JSONValue {
    .object([
      "name": .string(volume), "mountPath": .string("/var/run/secrets/kubernetes.io/serviceaccount"),
      "readOnly": .bool(true),
    ])
  }

  /// The projected service account token volume the ServiceAccount admission plugin adds.
  static func apiAccessVolume(_ name: String) -> JSONValue {
    .object([
      "name": .string(name),
      "projected": .object([
        "defaultMode": .int(420),
        "sources": .array([
          .object(["serviceAccountToken": .object(["expirationSeconds": .int(3607), "path": .string("token")])]),
          .object([
            "configMap": .object([
              "name": .string("kube-root-ca.crt"),
              "items": .array([.object(["key": .string("ca.crt"), "path": .string("ca.crt")])]),
            ])
          ]),
          .object([
            "downwardAPI": .object([
              "items": .array([
                .object([
                  "path": .string("namespace"),
                  "fieldRef": .object(["apiVersion": .string("v1"), "fieldPath": .string("metadata.namespace")]),
                ])
              ])
            ])
          ]),
        ]),
      ]),
    ])
  }
}
