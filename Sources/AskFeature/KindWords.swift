#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Words that name a kind in a question, in English and Japanese (lower-case English; Japanese in katakana and
/// kanji as people write them).
enum KindWords {
  static let table: [(String, [String])] = [
    ("Pod", ["pods", "pod", "ポッド", "コンテナ"]),
    ("Deployment", ["deployments", "deployment", "deploy", "デプロイメント", "デプロイ"]),
    ("StatefulSet", ["statefulsets", "statefulset", "ステートフルセット"]),
    ("DaemonSet", ["daemonsets", "daemonset", "デーモンセット"]),
    ("Job", ["jobs", "job", "ジョブ"]),
    ("Service", ["services", "service", "svc", "サービス"]),
    ("Ingress", ["ingresses", "ingress", "イングレス"]),
    ("Node", ["nodes", "node", "ノード"]),
    ("NodePool", ["nodepools", "nodepool", "ノードプール"]),
    ("PersistentVolumeClaim", ["persistentvolumeclaim", "pvc", "volume", "ボリューム"]),
    ("HorizontalPodAutoscaler", ["horizontalpodautoscaler", "hpa", "autoscaler", "オートスケーラー"]),
    ("ScaledObject", ["scaledobjects", "scaledobject", "scaler", "keda", "スケーラー"]),
  ]

  /// The kinds a question mentions, in table order.
  static func kinds(in text: String) -> [String] {
    var result: [String] = []
    for (kind, words) in table {
      if words.contains(where: { word in Match.contains(text, word: word) }) { result.append(kind) }
    }
    // "nodepool" also contains "node"; "pod" in "horizontalpodautoscaler" is cut by word boundaries.
    if result.contains("NodePool") && !Match.containsOutside(text, word: "node", longer: "nodepool") {
      result.removeAll { $0 == "Node" }
    }
    return result
  }
}
