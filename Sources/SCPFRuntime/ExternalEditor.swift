import Foundation
import SCPFApp
import SCPFCore

/// The text of a paragraph field in the user's editor, as `git commit` does it: written to a
/// private temporary file, the editor (`$VISUAL`, else `$EDITOR`) run on it by the terminal
/// layer, the saved file read back. The field keeps its text unless the editor exits 0.
struct ExternalEditor: Sendable {
    /// The editor command, or nil when none is set.
    let command: @Sendable () -> String?

    static let fromEnvironment = ExternalEditor {
        let env = ProcessInfo.processInfo.environment
        for name in ["VISUAL", "EDITOR"] {
            if let value = env[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return nil
    }

    static let noEditorMessage = "No editor set: export EDITOR=nano (or VISUAL), then Ctrl-O again."
    /// Texts longer than this from the editor are refused (the field keeps its text).
    static let largestText = 1 << 20

    /// Writes `text` where the editor can open it; the request, or why it cannot be made.
    func prepare(_ text: String) -> Result<EditorRequest, EditorFailure> {
        guard let editor = command() else { return .failure(EditorFailure(Self.noEditorMessage)) }
        let base = (ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
        var template = Array("\(base)/scpf-edit-XXXXXX".utf8CString)
        guard let dir = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }).map({ String(cString: $0) }) else {
            return .failure(EditorFailure("Could not make a temporary file for your editor in \(base) (\(String(cString: strerror(errno)))); the text stays in the field."))
        }
        let path = "\(dir)/text.txt"
        // Editors expect a final newline; it is taken off again when the text comes back.
        let contents = text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
        guard FileManager.default.createFile(atPath: path, contents: Data(contents.utf8), attributes: [.posixPermissions: 0o600]) else {
            rmdir(dir)
            return .failure(EditorFailure("Could not write a temporary file for your editor in \(dir); the text stays in the field."))
        }
        return .success(EditorRequest(editor: editor, path: path))
    }

    /// Reads back what the editor saved, and removes the temporary file.
    func finish(_ request: EditorRequest, status: Int32) -> EditorResult {
        defer {
            unlink(request.path)
            rmdir((request.path as NSString).deletingLastPathComponent)
        }
        if status == -1 {
            return .failed("Could not start “\(request.editor)”: check VISUAL or EDITOR.")
        }
        if status != 0 {
            return .failed("Your editor exited with status \(status); the field keeps its text.")
        }
        let data: Data
        switch BoundedRead.contents(request.path, limit: Self.largestText) {
        case .success(let bytes): data = bytes
        case .failure(.tooLarge): return .failed("The text from your editor is longer than 1 MiB; the text in the field was kept.")
        case .failure: return .failed("Your editor left no file to read back; the text in the field was kept.")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            return .failed("The text from your editor is not UTF-8; the text in the field was kept.")
        }
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        if text.hasSuffix("\n") { text.removeLast() }
        return .edited(text)
    }
}

struct EditorFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
