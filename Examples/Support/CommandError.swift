/// An error that ends an example command: one line on standard error and an exit status.
///
/// A usage error (an unknown option, a missing value, a malformed argument) exits with status 64,
/// `EX_USAGE` of `sysexits.h`; any other error with status 1.
public struct CommandError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Whether the command line itself was wrong, or something went wrong while running.
    public enum Kind: Sendable, Hashable {
        /// The command line was wrong: the user should read `--help`.
        case usage
        /// The command could not do its work: an unreadable file, a missing rate.
        case failure
    }

    /// Which kind of error this is.
    public var kind: Kind
    /// The sentence that says what went wrong, without the command's name.
    public var message: String
    /// A known option close to a mistyped one (`--json` for `--jsn`).
    public var suggestion: String?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: Usage error or failure.
    ///   - message: What went wrong, one sentence.
    ///   - suggestion: A known option close to what was typed.
    public init(_ kind: Kind, _ message: String, suggestion: String? = nil) {
        self.kind = kind
        self.message = message
        self.suggestion = suggestion
    }

    /// A usage error: the command line was wrong.
    ///
    /// - Parameter message: What was wrong, one sentence.
    /// - Returns: The error.
    public static func usage(_ message: String) -> CommandError { CommandError(.usage, message) }

    /// A failure while running.
    ///
    /// - Parameter message: What went wrong, one sentence.
    /// - Returns: The error.
    public static func failure(_ message: String) -> CommandError { CommandError(.failure, message) }

    /// The exit status: ``ExitStatus/usage`` for a usage error, ``ExitStatus/failure`` otherwise.
    public var exitStatus: Int32 { kind == .usage ? ExitStatus.usage : ExitStatus.failure }

    /// The message with its suggestion: `unknown option "--jsn"; did you mean --json?`.
    public var description: String {
        suggestion.map { "\(message); did you mean \($0)?" } ?? message
    }
}

/// The exit statuses of the example commands.
public enum ExitStatus {
    /// The command did its work.
    public static let success: Int32 = 0
    /// The command failed while running (unreadable input, no rate, an encoding failure).
    public static let failure: Int32 = 1
    /// The command line was wrong (`EX_USAGE` of `sysexits.h`).
    public static let usage: Int32 = 64
}
