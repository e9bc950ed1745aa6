import Foundation

/// An example command's interface: its name, arguments, options and an example, from which it
/// reads its command line, prints its `--help` and reports its errors.
///
/// Every example runs through ``main(_:)``:
///
/// ```swift
/// let command = Command(
///     name: "trips", summary: "ranks leaders by their trips abroad.",
///     arguments: [CommandArgument("[FILE…]", label: "FILE", help: "listing pages")],
///     options: [CommandOption("--json", help: "print JSON")], examples: ["trips --json pages.txt"])
/// command.main { arguments in
///     print(arguments.flag("--json") ? "{}" : "text")
///     return ExitStatus.success
/// }
/// ```
///
/// `-h` and `--help` print ``help`` and exit with status 0. An error is one line on standard error,
/// `trips: error: …`, with status 1, or 64 for a usage error (see ``CommandError``).
public struct Command: Sendable {
    /// The command's name, as typed and as it starts each error line.
    public var name: String
    /// What the command does, one sentence.
    public var summary: String
    /// The positional arguments, in order.
    public var arguments: [CommandArgument]
    /// The options, in the order the help lists them.
    public var options: [CommandOption]
    /// Example invocations, without a prompt.
    public var examples: [String]

    /// Creates a command.
    ///
    /// - Parameters:
    ///   - name: The command's name.
    ///   - summary: What it does, one sentence.
    ///   - arguments: The positional arguments.
    ///   - options: The options (`-h`/`--help` is always there and need not be listed).
    ///   - examples: Example invocations.
    public init(
        name: String, summary: String, arguments: [CommandArgument], options: [CommandOption], examples: [String]
    ) {
        self.name = name
        self.summary = summary
        self.arguments = arguments
        self.options = options
        self.examples = examples
    }

    /// The option every command has.
    static let helpOption = CommandOption("-h, --help", help: "print this help and exit")

    /// Where the help's descriptions start, at least: two spaces past the longest label.
    static let helpColumnGap = 2

    /// The usage line: `usage: trips [--json] [--svg FILE] [FILE…]`.
    public var usage: String {
        (["usage:", name] + options.map { "[\($0.label)]" } + arguments.map(\.synopsis)).joined(separator: " ")
    }

    /// The `--help` text: the usage line, the summary, the arguments, the options, the examples and
    /// the exit statuses.
    public var help: String {
        let labels = arguments.map(\.label) + (options + [Command.helpOption]).map(\.label)
        let column = (labels.map(\.count).max() ?? 0) + Command.helpColumnGap
        func entries(_ items: [(label: String, help: String)]) -> String {
            items.map { item in
                let lines = item.help.split(separator: "\n", omittingEmptySubsequences: false)
                let indent = String(repeating: " ", count: column)
                let first = item.label.padding(toLength: column, withPad: " ", startingAt: 0) + (lines.first ?? "")
                return (["  " + first] + lines.dropFirst().map { "  " + indent + $0 }).joined(separator: "\n")
            }.joined(separator: "\n")
        }
        var sections = [usage, "\(name): \(summary)"]
        if !arguments.isEmpty { sections.append("arguments:\n" + entries(arguments.map { ($0.label, $0.help) })) }
        sections.append("options:\n" + entries((options + [Command.helpOption]).map { ($0.label, $0.help) }))
        sections.append("examples:\n" + examples.map { "  " + $0 }.joined(separator: "\n"))
        sections.append(
            "exit status: \(ExitStatus.success) on success, \(ExitStatus.failure) on an error, "
                + "\(ExitStatus.usage) on a usage error.")
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// Runs the command on the process's arguments and exits with the status ``run(_:_:)`` returns.
    ///
    /// - Parameter body: The command's work, given the parsed arguments; it returns an exit status
    ///   or throws.
    public func main(_ body: (ParsedArguments) throws -> Int32) -> Never {
        exit(run(Array(CommandLine.arguments.dropFirst()), body))
    }

    /// Runs the command on a command line: prints ``help`` when asked (status 0), or parses the
    /// arguments and runs `body`, reporting what it throws as one line on standard error.
    ///
    /// - Parameters:
    ///   - arguments: The command line, without the command's name.
    ///   - body: The command's work; it returns an exit status or throws.
    /// - Returns: What `body` returns; ``CommandError/exitStatus`` for a ``CommandError``;
    ///   ``ExitStatus/failure`` for any other error.
    public func run(_ arguments: [String], _ body: (ParsedArguments) throws -> Int32) -> Int32 {
        if Command.asksForHelp(arguments) {
            print(help, terminator: "")
            return ExitStatus.success
        }
        do {
            return try body(try parse(arguments))
        } catch let error as CommandError {
            report(error)
            return error.exitStatus
        } catch {
            report(.failure("\(error)"))
            return ExitStatus.failure
        }
    }

    /// Writes an error as one line on standard error: `trips: error: …`. A usage error without a
    /// suggestion ends by pointing at `--help`.
    ///
    /// - Parameter error: The error.
    public func report(_ error: CommandError) {
        let hint = error.kind == .usage && error.suggestion == nil ? "; see \(name) --help" : ""
        FileHandle.standardError.write(Data("\(name): error: \(error)\(hint)\n".utf8))
    }

    /// Whether `-h` or `--help` comes before any `--`.
    static func asksForHelp(_ arguments: [String]) -> Bool {
        arguments.prefix { $0 != ParsedArguments.endOfOptions }.contains { $0 == "-h" || $0 == "--help" }
    }
}
