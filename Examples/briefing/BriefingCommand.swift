import CentralAsiaFeeds
import CentralAsiaKit
import ExampleSupport
import Foundation

/// The `briefing` command: reads pages and prints a digest, the JSON page document, or JSON Lines.
struct BriefingCommand {
    enum Output {
        case text
        case json
        case jsonLines
    }

    static let command = Command(
        name: "briefing",
        summary: "prints a digest of news pages: the date, the ticker, the listing and the articles.",
        arguments: [
            CommandArgument(
                "[FILE… | -]", label: "FILE",
                help: """
                    a page file (it may hold many pages, separated by form-feed lines), an RSS,
                    Atom or JSON feed, or an HTML page; - reads standard input.
                    Default: the bundled sample page.
                    """)
        ],
        options: [
            CommandOption("--json", help: "print the page document of the JSON contract (one page)"),
            CommandOption("--jsonl", help: "print one page document per line (JSON Lines), for corpora"),
        ],
        examples: ["briefing", "briefing --json page.txt", "briefing --jsonl corpus.txt - < more.txt"])

    var output = Output.text
    var files: [String] = []
    var status = ExitStatus.success
    var printedJSON = false

    /// Runs the command and returns its exit status.
    mutating func run(arguments: [String]) -> Int32 {
        BriefingCommand.command.run(arguments) { parsed in
            try read(parsed)
            return try digest()
        }
    }

    /// Reads the output format and the files from the parsed command line.
    private mutating func read(_ parsed: ParsedArguments) throws(CommandError) {
        if parsed.flag("--json") && parsed.flag("--jsonl") {
            throw .usage("--json and --jsonl cannot be combined")
        }
        output = parsed.flag("--json") ? .json : parsed.flag("--jsonl") ? .jsonLines : .text
        files = parsed.positionals
    }

    /// Prints every page and returns the exit status: 1 when a page could not be read.
    private mutating func digest() throws(CommandError) -> Int32 {
        let parser = PageParser(annotation: .diplomacy(.standard))
        if files.isEmpty {
            let sample = Result { try parser.parse(SamplePage.text) }.mapError {
                $0 as? ParseError ?? ParseError(.unreadable, "\($0)")
            }
            try emit(sample, name: "sample")
        }
        for file in files {
            if file == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                if let feed = FeedInput.page(from: data, annotation: parser.annotation) {
                    try emit(feed.map(\.page), name: "<stdin>", feed: try? feed.get().feed)
                    continue
                }
                for page in parser.parseCorpus(String(decoding: data, as: UTF8.self)) {
                    try emit(page, name: "<stdin>")
                }
                continue
            }
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                throw .failure("cannot read \"\(file)\": no such file")
            }
            for (member, name) in Self.files(at: url, named: file) {
                try digest(member, name: name, parser: parser)
            }
        }
        return status
    }

    /// A file argument's files: the file itself, or a folder's files (below it, in name order, hidden ones
    /// left out), each with the name it is reported by.
    static func files(at url: URL, named name: String) -> [(URL, String)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue,
            let found = FileManager.default.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [(url, name)] }
        let files = found.compactMap { $0 as? URL }.filter {
            (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        }
        return files.sorted { $0.path < $1.path }.map { ($0, $0.path) }
    }

    /// Reads one file as a feed, a web page or page text, by its content, and prints what it holds.
    private mutating func digest(_ url: URL, name: String, parser: PageParser) throws(CommandError) {
        if let feed = FeedInput.page(at: url, annotation: parser.annotation) {
            try emit(feed.map(\.page), name: name, feed: try? feed.get().feed)
            return
        }
        for page in parser.corpus([url]) { try emit(page, name: name) }
    }

    /// Prints one page in the chosen format (with the feed's metadata for a feed), or reports why it
    /// could not be read and goes on.
    private mutating func emit(
        _ result: Result<NewsPage, ParseError>, name: String, feed: FeedMetadata? = nil
    ) throws(CommandError) {
        switch result {
        case .success(var page):
            // Every article's date phrases, English and Russian, for the JSON's "dates".
            DatePhraseParser.articles.annotate(&page)
            switch output {
            case .text:
                for diagnostic in page.diagnostics {
                    FileHandle.standardError.write(Data("\(name):\(diagnostic)\n".utf8))
                }
                print(Digest(page: page, feed: feed).text, terminator: "")
            case .json:
                if printedJSON { throw .failure("--json prints one page; \(name) holds more: use --jsonl") }
                printedJSON = true
                print(try FeedPageDocument.json(page, feed: feed, pretty: true))
            case .jsonLines:
                print(try FeedPageDocument.json(page, feed: feed))
            }
        case .failure(let error) where error.location != nil:
            // Where the input is wrong, as diagnostics are written: FILE:2:1: error: …
            FileHandle.standardError.write(Data("\(name):\(error)\n".utf8))
            status = ExitStatus.failure
        case .failure(let error):
            BriefingCommand.command.report(.failure("\(name): \(error.message)"))
            status = ExitStatus.failure
        }
    }
}
