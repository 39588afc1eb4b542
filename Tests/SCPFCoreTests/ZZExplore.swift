import Foundation
import Testing
@testable import SCPFCore

@Test func zzExplore() throws {
    let cases: [String: String] = [
        "truncated": "{\"schemaVersion\": 1,\n  \"x\": [1, 2",
        "garbage": "{\"schemaVersion\": 1,\n  \"x\": tru }",
        "trailingcomma": "{\"schemaVersion\": 1,\n  \"x\": 1, }",
        "empty": "",
    ]
    for (k, v) in cases.sorted(by: { $0.key < $1.key }) {
        do { _ = try JSONSerialization.jsonObject(with: Data(v.utf8)); print("EXPLORE \(k) ok") }
        catch let e as NSError { print("EXPLORE \(k): \(e.domain) \(e.code) \(e.userInfo)") }
    }
}
