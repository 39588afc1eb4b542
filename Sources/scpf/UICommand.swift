import ArgumentParser
import SCPFCore

struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Open the full-screen terminal UI (the default).")

    @OptionGroup var options: DataOptions

    @Flag(name: .long, help: "Open without the right to change anything.")
    var readOnly = false

    func run() throws {
        print("The terminal UI is being built. Data directory: \(options.directory)")
    }
}
