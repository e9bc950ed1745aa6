/// A command line read against a ``Command``: the flags given, the options' values and the
/// positional arguments.
public struct ParsedArguments: Sendable, Hashable {
    /// The positional arguments, in order; everything after `--` is one.
    public var positionals: [String] = []
    /// The flags given, by name (`"--json"`).
    var flags: Set<String> = []
    /// The values of the options given, by name (`"--rates"`).
    var values: [String: String] = [:]
    /// The names of the command's options, so that asking for an undeclared one is caught.
    let declared: Set<String>

    /// The token after which every argument is positional.
    static let endOfOptions = "--"

    /// Creates an empty command line for a command's options; ``Command/parse(_:)`` fills it.
    init(options: [CommandOption]) {
        declared = Set(options.map(\.name))
    }

    /// Whether a flag was given.
    ///
    /// - Parameter name: The flag with its dashes: `"--json"`.
    /// - Returns: `true` when the command line holds it.
    public func flag(_ name: String) -> Bool {
        assert(declared.contains(name), "\(name) is not an option of the command")
        return flags.contains(name)
    }

    /// The value of an option, if it was given.
    ///
    /// - Parameter name: The option with its dashes: `"--rates"`.
    /// - Returns: The value, from `--rates FILE` or `--rates=FILE`.
    public func value(_ name: String) -> String? {
        assert(declared.contains(name), "\(name) is not an option of the command")
        return values[name]
    }
}
