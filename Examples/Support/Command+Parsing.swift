extension Command {
    /// Reads a command line: options as `--opt value` or `--opt=value`, flags as `--flag`, `-` and
    /// negative numbers (`-12.5`) as positional arguments, and everything after `--` as positional.
    ///
    /// - Parameter arguments: The command line, without the command's name.
    /// - Returns: The flags, values and positional arguments.
    /// - Throws: ``CommandError`` of kind ``CommandError/Kind/usage`` for an unknown option (with
    ///   the closest known one as its suggestion), a flag given a value, an option without its value,
    ///   or an option given twice.
    public func parse(_ arguments: [String]) throws(CommandError) -> ParsedArguments {
        var parsed = ParsedArguments(options: options)
        var remaining = arguments[...]
        while let token = remaining.popFirst() {
            if token == ParsedArguments.endOfOptions {
                parsed.positionals += remaining
                break
            }
            guard Command.isOption(token) else {
                parsed.positionals.append(token)
                continue
            }
            let (name, inline) = Command.split(token)
            guard let option = options.first(where: { $0.name == name }) else {
                throw CommandError(.usage, "unknown option \"\(name)\"", suggestion: suggestion(for: name))
            }
            guard option.takesValue else {
                if inline != nil { throw .usage("option \(name) takes no value") }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inline { value = inline } else { value = try Command.separateValue(of: name, in: &remaining) }
            guard !value.isEmpty else { throw .usage("option \(name) needs a value") }
            guard parsed.values.updateValue(value, forKey: name) == nil else {
                throw .usage("option \(name) is given more than once")
            }
        }
        return parsed
    }

    /// Whether a token is an option: it starts with `-` and is neither `-` (standard input) nor a
    /// negative number (`-12.5`, `-.5`).
    static func isOption(_ token: String) -> Bool {
        let characters = Array(token.prefix(2))
        guard characters.first == "-", characters.count == 2 else { return false }
        return !(characters[1].isNumber || characters[1] == ".")
    }

    /// `--rates=FILE` → (`--rates`, `FILE`); `--json` → (`--json`, `nil`).
    static func split(_ token: String) -> (name: String, value: String?) {
        guard let equals = token.firstIndex(of: "=") else { return (token, nil) }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }

    /// The value of `--opt value`: the next token, unless there is none or it is another option.
    static func separateValue(of name: String, in remaining: inout ArraySlice<String>) throws(CommandError) -> String {
        guard let next = remaining.first, !next.hasPrefix("--") else {
            throw .usage("option \(name) needs a value")
        }
        remaining.removeFirst()
        return next
    }

    /// The known option closest to a mistyped one: the fewest edits (letters inserted, deleted,
    /// replaced or swapped, ignoring case), at most ``maximumSuggestionEdits`` and fewer than half the typed
    /// letters; or, failing that, the first option the typed letters begin.
    ///
    /// - Parameter typed: The unknown option, with its dashes.
    /// - Returns: The suggestion, with its dashes, or `nil` when nothing is close.
    public func suggestion(for typed: String) -> String? {
        let letters = Command.bareName(typed)
        guard !letters.isEmpty else { return nil }
        let names = options.map(\.name) + ["--help"]
        let scored = names.map { (name: $0, edits: Command.editDistance(letters, Command.bareName($0))) }
        if let best = scored.min(by: { $0.edits < $1.edits }),
            best.edits <= Command.maximumSuggestionEdits, best.edits * 2 < letters.count
        {
            return best.name
        }
        return names.first { Command.bareName($0).starts(with: letters) }
    }

    /// The most edits a suggestion may be away from what was typed.
    static let maximumSuggestionEdits = 2

    /// An option's letters without its leading dashes, lower-cased: `--JSON` → `json`.
    static func bareName(_ option: String) -> [Character] {
        Array(option.drop { $0 == "-" }.lowercased())
    }

    /// The edit distance of two names: the fewest letters to insert, delete or replace, or pairs of
    /// neighbouring letters to swap, to turn `a` into `b` (`sgv` → `svg` is one edit).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        // distances[i][j]: the distance between the first i letters of a and the first j of b.
        var distances = [[Int]](repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { distances[i][0] = i }
        for j in 0...b.count { distances[0][j] = j }
        for i in a.indices {
            for j in b.indices {
                let replace = distances[i][j] + (a[i] == b[j] ? 0 : 1)
                var best = Swift.min(distances[i][j + 1] + 1, distances[i + 1][j] + 1, replace)
                if i > 0, j > 0, a[i] == b[j - 1], a[i - 1] == b[j] {
                    best = Swift.min(best, distances[i - 1][j - 1] + 1)
                }
                distances[i + 1][j + 1] = best
            }
        }
        return distances[a.count][b.count]
    }
}
