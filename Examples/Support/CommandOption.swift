/// An option of an example command: a flag such as `--json`, or an option that takes a value such
/// as `--rates FILE` (given as `--rates FILE` or `--rates=FILE`).
public struct CommandOption: Sendable, Hashable {
    /// The option as typed, with its dashes: `"--rates"`.
    public var name: String
    /// The placeholder of its value in the help (`"FILE"`), or `nil` for a flag.
    public var valueName: String?
    /// What the option does; may span lines.
    public var help: String

    /// Creates an option.
    ///
    /// - Parameters:
    ///   - name: The option with its dashes: `"--json"`.
    ///   - valueName: The placeholder of its value (`"FILE"`), or `nil` for a flag.
    ///   - help: What the option does.
    public init(_ name: String, value valueName: String? = nil, help: String) {
        self.name = name
        self.valueName = valueName
        self.help = help
    }

    /// Whether the option takes a value.
    public var takesValue: Bool { valueName != nil }

    /// How the option reads in the help and the usage line: `--rates FILE`, `--json`.
    public var label: String { valueName.map { "\(name) \($0)" } ?? name }
}

/// A positional argument of an example command, for the usage line and the help.
public struct CommandArgument: Sendable, Hashable {
    /// How the argument reads in the usage line: `"AMOUNT"`, `"[FILE… | -]"`.
    public var synopsis: String
    /// How it reads in the help's list (`"FILE"`); the synopsis when `nil` at creation.
    public var label: String
    /// What the argument is; may span lines.
    public var help: String

    /// Creates an argument.
    ///
    /// - Parameters:
    ///   - synopsis: How it reads in the usage line.
    ///   - label: How it reads in the help's list; `synopsis` when `nil`.
    ///   - help: What it is.
    public init(_ synopsis: String, label: String? = nil, help: String) {
        self.synopsis = synopsis
        self.label = label ?? synopsis
        self.help = help
    }
}
