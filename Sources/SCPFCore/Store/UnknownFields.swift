import Foundation

/// Fields in a file that this scpf does not know. They are not an error — a newer scpf or a
/// person may have added them — but saving the file would drop them, so `scpf check` says so.
public enum UnknownFields {
    /// Paths such as `agenda.items[2].colour` present in `data` but absent once the decoded
    /// value is written back.
    public static func find<T: Codable>(in data: Data, as type: T.Type) -> [String] {
        guard let original = try? JSONSerialization.jsonObject(with: data),
              let value = try? JSONCoding.decode(type, from: data),
              let rewritten = try? JSONSerialization.jsonObject(with: JSONCoding.encode(value)) else { return [] }
        var found: [String] = []
        collect(original, rewritten, path: "", into: &found)
        return found
    }

    private static func collect(_ a: Any, _ b: Any, path: String, into found: inout [String]) {
        if let a = a as? [String: Any], let b = b as? [String: Any] {
            for key in a.keys.sorted() {
                let sub = path.isEmpty ? key : "\(path).\(key)"
                if let inner = b[key] { collect(a[key]!, inner, path: sub, into: &found) } else if !(a[key] is NSNull) { found.append(sub) }
            }
        } else if let a = a as? [Any], let b = b as? [Any] {
            for (i, (x, y)) in zip(a, b).enumerated() { collect(x, y, path: "\(path)[\(i)]", into: &found) }
        }
    }
}
