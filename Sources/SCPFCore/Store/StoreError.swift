import Foundation

/// Everything that can go wrong reading or writing the data directory, each with a message
/// that says what is wrong and what to do.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file does not parse or does not match the model; never rewritten.
    case unreadable(path: String, line: Int?, column: Int?, reason: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case writeFailed(path: String, reason: String, code: Int32)
    /// Someone else changed the file since scpf loaded it.
    case changedOnDisk(path: String)
    case readOnly(reason: String)
    /// A data file without write permission for its owner (set by hand): not replaced.
    case fileNotWritable(path: String, mode: Int)
    case directory(path: String, reason: String)
    /// A session file whose name does not match the number inside it.
    case misnamed(path: String, number: Int, expected: String)

    public var description: String {
        switch self {
        case let .unreadable(path, line, column, reason):
            let place = line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? ""
            // Only offer the backup when there is one.
            let backup = FileManager.default.fileExists(atPath: path + ".bak") ? ", or restore \((path as NSString).lastPathComponent).bak" : ""
            return "\(path)\(place): \(reason). scpf left the file untouched: fix it in an editor\(backup)."
        case let .newerSchema(path, found, supported):
            return "\(path): written by a newer scpf (schemaVersion \(found); this one reads up to \(supported)). Update scpf; the file was left untouched."
        case let .writeFailed(path, reason, code):
            return "Could not save \(path): \(reason). \(adviceForWriteError(code))"
        case let .changedOnDisk(path):
            return "\(path) was changed by someone else since scpf loaded it; it was not overwritten. Reload to take their version, or save again to overwrite it."
        case let .fileNotWritable(path, mode):
            return "\(path) is read-only (mode \(String(mode, radix: 8))), so scpf did not replace it: make it writable (chmod u+w \(path)) and save again, or keep it as it is."
        case let .readOnly(reason):
            return "Read-only: \(reason)"
        case let .misnamed(path, number, expected):
            return "\(path): holds session \(number), so it should be named \(expected); rename it (and check no other file holds session \(number))."
        case let .directory(path, reason):
            return "Data directory \(path): \(reason)"
        }
    }
}
