import CSpawn
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a helper program printed and how it ended.
struct SpawnResult {
    /// Exit code, or 128 + signal number if a signal ended the program.
    let status: Int32
    /// Standard output and standard error, interleaved.
    let output: String
}

struct SpawnError: Error, CustomStringConvertible {
    let description: String
}

/// Runs helper programs (tmux, scpf, pgrep) through posix_spawn: see cspawn.h for why not
/// Foundation's Process.
enum Spawn {
    /// Runs `argv` to completion. `environment` entries are "NAME=value"; nil inherits ours.
    static func run(_ argv: [String], environment: [String]? = nil, timeout: Duration = .seconds(30)) throws -> SpawnResult {
        let args = argv.map { strdup($0) } + [nil]
        let env = environment.map { $0.map { strdup($0) } + [nil] }
        defer {
            args.forEach { free($0) }
            env?.forEach { free($0) }
        }
        let ms = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        var result = args.map { UnsafePointer($0) }.withUnsafeBufferPointer { argp in
            if let env {
                return env.map { UnsafePointer($0) }.withUnsafeBufferPointer { cspawn_run(argp.baseAddress, $0.baseAddress, ms) }
            }
            return cspawn_run(argp.baseAddress, nil, ms)
        }
        defer { cspawn_free(&result) }
        let output = result.output.map { String(cString: $0) } ?? ""
        switch result.status {
        case -1: throw SpawnError(description: "cannot run \(argv[0]): \(String(cString: strerror(result.error)))")
        case -2: throw SpawnError(description: "\(argv.joined(separator: " ")) took longer than \(timeout); output:\n\(output)")
        default: return SpawnResult(status: result.status, output: output)
        }
    }
}

extension String {
    /// The string as one word for sh, in single quotes.
    var shellQuoted: String { "'" + replacingAll("'", with: "'\\''") + "'" }

    private func replacingAll(_ old: Character, with new: String) -> String {
        reduce(into: "") { $0 += $1 == old ? new : String($1) }
    }
}
