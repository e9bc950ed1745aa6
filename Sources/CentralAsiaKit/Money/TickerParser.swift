/// Reads currency ticker lines: `• KZT/USD = 0.00191 0%`.
///
/// A ticker line is optional indentation, an optional bullet (U+2022), `BASE/QUOTE`, `=`, the rate
/// and the change in percent (`0%`, `-0%`, `0.76%`, `-0.14%`). Lines may come mixed with any other
/// text; the marquee may repeat any number of times. The parser keeps the distinct quotes in the
/// order first seen, counts the repetitions, and reports each line that looks like a quote
/// (`XXX/YYY =` after the indentation and bullet) but cannot be read. It never throws and never
/// traps, whatever the input.
///
/// ```swift
/// let result = TickerParser.parse("• KZT/USD = 0.00191 0%\n  • UZS/USD = 0.00008 -0%\n")
/// result.ticker?.quotes.count   // 2
/// result.diagnostics            // []
/// ```
///
/// Other parsers (a page parser) call ``match(_:in:)`` line by line and collect quotes with an
/// ``Accumulator``.
public enum TickerParser {
    /// What ``match(_:in:)`` makes of one line.
    public enum LineMatch: Sendable, Hashable {
        /// A well-formed quote, and where its base code starts.
        case quote(ExchangeRate, SourceLocation)
        /// A line that looks like a quote but cannot be read.
        case broken(Diagnostic)
        /// Any other line.
        case notTicker
    }

    /// What ``parse(_:)`` found: the ticker, if any, and the broken lines.
    public struct Result: Sendable, Hashable {
        /// The ticker, or `nil` when the text holds no readable quote.
        public var ticker: Ticker?
        /// One warning per line that looks like a quote but cannot be read, in line order.
        public var diagnostics: [Diagnostic]

        /// Creates a result.
        ///
        /// - Parameters:
        ///   - ticker: The ticker, if any.
        ///   - diagnostics: The warnings.
        public init(ticker: Ticker?, diagnostics: [Diagnostic]) {
            self.ticker = ticker
            self.diagnostics = diagnostics
        }
    }

    /// Collects quotes line by line into a ``Ticker``.
    ///
    /// ```swift
    /// var accumulator = TickerParser.Accumulator()
    /// while let line = scanner.nextLine() {
    ///     if case .quote(let rate, _) = TickerParser.match(line, in: scanner) { accumulator.add(rate) }
    /// }
    /// let ticker = accumulator.ticker
    /// ```
    public struct Accumulator: Sendable {
        private var quotes: [ExchangeRate] = []
        private var seen: Set<ExchangeRate> = []
        private static let linearLimit = 16
        /// Room reserved for the quotes of a ticker (they come in a handful).
        private static let expectedQuotes = 8
        private var firstPair: (base: CurrencyCode, quote: CurrencyCode)?
        /// How many times the first pair seen has been added so far.
        public private(set) var repetitions = 0

        /// Creates an empty accumulator.
        public init() {}

        /// Adds a quote: it is kept if it is new, and a new cycle starts when its pair is the first
        /// pair seen.
        ///
        /// - Parameter quote: A quote from a ticker line.
        public mutating func add(_ quote: ExchangeRate) {
            if let firstPair {
                if firstPair.base == quote.base && firstPair.quote == quote.quote { repetitions += 1 }
            } else {
                firstPair = (quote.base, quote.quote)
                repetitions = 1
                quotes.reserveCapacity(Accumulator.expectedQuotes)
            }
            // A ticker holds a handful of quotes: a linear scan beats hashing every line. Past
            // that, a set keeps long inputs linear.
            if quotes.count < Accumulator.linearLimit {
                if !holds(quote) {
                    quotes.append(quote)
                    if quotes.count == Accumulator.linearLimit { seen = Set(quotes) }
                }
            } else if seen.insert(quote).inserted {
                quotes.append(quote)
            }
        }

        /// Whether a quote equal to `quote` is kept, compared in place: `contains` copied every
        /// kept quote (a rate holds five strings) before comparing it.
        private func holds(_ quote: ExchangeRate) -> Bool {
            for index in quotes.indices
            where quotes[index].base == quote.base && quotes[index].quote == quote.quote && quotes[index] == quote {
                return true
            }
            return false
        }

        /// Counts a quote that is known to have been added before (its line repeats one already
        /// seen), without comparing it with the quotes kept: only the cycle count can change.
        ///
        /// - Parameter quote: A quote equal to one added earlier.
        public mutating func addRepeated(_ quote: ExchangeRate) {
            if let firstPair, firstPair.base == quote.base && firstPair.quote == quote.quote { repetitions += 1 }
        }

        /// Whether no quote has been added.
        public var isEmpty: Bool { quotes.isEmpty }

        /// The ticker so far, or `nil` when no quote has been added.
        public var ticker: Ticker? {
            quotes.isEmpty ? nil : Ticker(quotes: quotes, repetitions: repetitions)
        }
    }

    /// Parses every ticker line of a text.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The ticker (or `nil`) and a diagnostic for each broken quote line.
    public static func parse(_ text: String) -> Result {
        parse(bytes: Array(text.utf8))
    }

    /// Parses every ticker line of UTF-8 bytes.
    ///
    /// Invalid UTF-8 never stops the parser; it only appears as U+FFFD inside quoted values.
    ///
    /// - Parameter bytes: Any bytes, ideally UTF-8.
    /// - Returns: The ticker (or `nil`) and a diagnostic for each broken quote line.
    public static func parse(bytes: [UInt8]) -> Result {
        var scanner = TextScanner(bytes: bytes)
        var accumulator = Accumulator()
        var diagnostics: [Diagnostic] = []
        // A marquee repeats the same few lines; read each distinct quote text once.
        var known: [ArraySlice<UInt8>: ExchangeRate] = [:]
        while let line = scanner.nextLine() {
            guard let start = pairStart(of: line, in: bytes) else { continue }
            var end = line.range.upperBound
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            if let rate = known[bytes[start..<end]] {
                accumulator.add(rate)
                continue
            }
            switch match(line, in: scanner) {
            case .quote(let rate, _):
                known[bytes[start..<end]] = rate
                accumulator.add(rate)
            case .broken(let diagnostic): diagnostics.append(diagnostic)
            case .notTicker: continue
            }
        }
        return Result(ticker: accumulator.ticker, diagnostics: diagnostics)
    }

    /// Reads one line: a quote, a broken quote, or something else.
    ///
    /// - Parameters:
    ///   - line: A line that `scanner` returned.
    ///   - scanner: The scanner holding the line's bytes (used for locations and text).
    /// - Returns: The quote with the location of its base code, a warning that quotes the bad
    ///   value (`3:13: warning: malformed rate "0.0O191"`), or ``LineMatch/notTicker``.
    public static func match(_ line: TextScanner.Line, in scanner: TextScanner) -> LineMatch {
        let bytes = scanner.bytes
        guard let codesStart = pairStart(of: line, in: bytes) else { return .notTicker }
        var cursor = LineCursor(
            bytes: bytes, position: codesStart + pairLength, end: min(line.range.upperBound, bytes.count))
        func warning(at position: Int, _ message: String) -> LineMatch {
            .broken(Diagnostic(.warning, at: scanner.location(of: position, in: line), message))
        }

        cursor.skipBlanks()
        cursor.position += 1  // the `=` that pairStart found
        let pairEnd = cursor.position
        let codes: (base: CurrencyCode, quote: CurrencyCode)
        switch pairCodes(at: codesStart, in: scanner) {
        case .success(let pair): codes = pair
        case .failure(let problem): return warning(at: problem.position, problem.message)
        }

        cursor.skipBlanks()
        let rateRange = cursor.token()
        guard !rateRange.isEmpty else {
            return warning(at: cursor.position, "missing rate after \"\(scanner.string(codesStart..<pairEnd))\"")
        }
        let rateText = scanner.string(rateRange)
        guard let rate = QuotedDecimal(rateText), !rate.isNegative else {
            return warning(at: rateRange.lowerBound, "malformed rate \"\(rateText)\"")
        }

        cursor.skipBlanks()
        let changeRange = cursor.token()
        guard !changeRange.isEmpty else {
            return warning(at: cursor.position, "missing change after rate \"\(rateText)\"")
        }
        guard bytes[changeRange.upperBound - 1] == percentSign,
            let change = QuotedDecimal(scanner.string(changeRange.lowerBound..<changeRange.upperBound - 1))
        else {
            return warning(
                at: changeRange.lowerBound,
                "malformed change \"\(scanner.string(changeRange))\"; expected a percentage such as \"-0.14%\"")
        }

        cursor.skipBlanks()
        if cursor.position < cursor.end {
            return warning(
                at: cursor.position,
                "unexpected text \"\(scanner.string(cursor.position..<cursor.end))\" after the quote")
        }
        let quote = ExchangeRate(base: codes.base, quote: codes.quote, quoted: rate, changePercent: change)
        return .quote(quote, scanner.location(of: codesStart, in: line))
    }

    /// The length of `XXX/YYY`.
    private static let pairLength = 7
    /// The offset of the quote code in `XXX/YYY`.
    private static let quoteCodeOffset = 4
    /// The length of a currency code.
    private static let codeLength = 3
    /// `%`.
    private static let percentSign = UInt8(ascii: "%")

    /// Why the codes of a pair cannot be read, and where.
    private struct CodeProblem: Error {
        let position: Int
        let message: String
    }

    /// The two codes of the pair `XXX/YYY` at `start`, or the first that is malformed or unknown.
    private static func pairCodes(
        at start: Int, in scanner: TextScanner
    ) -> Swift.Result<(base: CurrencyCode, quote: CurrencyCode), CodeProblem> {
        switch (code(at: start, in: scanner), code(at: start + quoteCodeOffset, in: scanner)) {
        case (.success(let base), .success(let quote)): return .success((base, quote))
        case (.failure(let problem), _), (_, .failure(let problem)): return .failure(problem)
        }
    }

    /// The currency code at `start`: a known code read without making a string (this runs for every distinct
    /// quote of every page), else the reason it is none.
    private static func code(at start: Int, in scanner: TextScanner) -> Swift.Result<CurrencyCode, CodeProblem> {
        if let known = Currency.knownCode(in: scanner.bytes, at: start) { return .success(known) }
        let text = scanner.string(start..<start + codeLength)
        guard let code = CurrencyCode(text) else {
            return .failure(
                CodeProblem(
                    position: start, message: "invalid currency code \"\(text)\"; expected three capital letters"))
        }
        guard Currency.isKnown(code) else {
            var message = "unknown currency code \"\(text)\""
            if let suggestion = Currency.suggestion(for: text) { message += "; did you mean \"\(suggestion)\"?" }
            return .failure(CodeProblem(position: start, message: message))
        }
        return .success(code)
    }

    /// A read position within one line: blanks and blank-separated tokens.
    private struct LineCursor {
        let bytes: [UInt8]
        var position: Int
        let end: Int

        mutating func skipBlanks() {
            while position < end, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        }

        mutating func token() -> Range<Int> {
            let first = position
            while position < end, bytes[position] != 0x20, bytes[position] != 0x09 { position += 1 }
            return first..<position
        }
    }

    /// Where `XXX/YYY` starts when a line has the shape of a quote: blanks, an optional bullet,
    /// blanks, three letters, `/`, three letters, blanks and `=`. `nil` for any other line.
    static func pairStart(of line: TextScanner.Line, in bytes: [UInt8]) -> Int? {
        let end = min(line.range.upperBound, bytes.count)
        var cursor = max(line.range.lowerBound, 0)
        func skipBlanks() {
            while cursor < end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
        }
        func isLetter(_ position: Int) -> Bool {
            position < end && (bytes[position] | 0x20) >= 0x61 && (bytes[position] | 0x20) <= 0x7A
        }
        skipBlanks()
        if cursor + 2 < end, bytes[cursor] == 0xE2, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0xA2 {
            cursor += 3
            skipBlanks()
        }
        let start = cursor
        guard isLetter(cursor), isLetter(cursor + 1), isLetter(cursor + 2), cursor + 3 < end,
            bytes[cursor + 3] == 0x2F, isLetter(cursor + 4), isLetter(cursor + 5), isLetter(cursor + 6),
            !isLetter(cursor + 7)
        else { return nil }
        cursor += 7
        skipBlanks()
        return cursor < end && bytes[cursor] == 0x3D ? start : nil
    }
}
