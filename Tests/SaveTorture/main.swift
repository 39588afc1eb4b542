// scpf-savetorture DATA VARIANTS
//
// The child process of CrashTests: opens DATA with a Store (taking the writer's lock), loads
// what is there, then saves two versions of the committee and of every session in
// VARIANTS (files `a-NAME` and `b-NAME`, NAME being `committee.json` or `session-NNN.json`)
// alternately, as fast as it can, until it is killed. Prints nothing unless something goes
// wrong (then a sentence on standard error and exit status 2). Stops by itself after 60 s
// or when its parent is gone, so it cannot outlive a crashed test run.
import Foundation
import SCPFCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("scpf-savetorture: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: scpf-savetorture DATA VARIANTS") }
let data = arguments[1], variants = arguments[2]
let parent = getppid()
let started = Date()

func variant(_ side: String, _ name: String) -> Data {
    guard let bytes = FileManager.default.contents(atPath: "\(variants)/\(side)-\(name)") else { fail("no \(side)-\(name) in \(variants)") }
    return bytes
}

do {
    let names = (try FileManager.default.contentsOfDirectory(atPath: variants))
        .filter { $0.hasPrefix("a-") }.map { String($0.dropFirst(2)) }.sorted()
    let committees = try ["a", "b"].map { try JSONCoding.decode(Committee.self, from: variant($0, "committee.json")) }
    let sessions = try ["a", "b"].map { side in
        try names.filter { $0.hasPrefix("session-") }.map { try JSONCoding.decode(Session.self, from: variant(side, $0)) }
    }
    let store = try Store(root: data)
    if let reason = store.readOnlyReason { fail("opened read-only: \(reason)") }
    _ = try store.loadCommittee()
    let (_, problems) = store.loadSessions()
    if !problems.isEmpty { fail("\(problems)") }
    var side = 1
    while true {
        try store.save(committees[side])
        for s in sessions[side] { try store.save(s) }
        side = 1 - side
        if getppid() != parent || Date().timeIntervalSince(started) > 60 { exit(0) }
    }
} catch {
    fail("\(error)")
}
