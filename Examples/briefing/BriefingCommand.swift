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

    static let usage = "usage: briefing [--json | --jsonl] [FILE… | -]"

    var output = Output.text
    var files: [String] = []

    /// Runs the command and returns its exit status.
    mutating func run(arguments: [String]) -> Int32 {
        for argument in arguments {
            switch argument {
            case "--json": output = .json
            case "--jsonl": output = .jsonLines
            case "-h", "--help":
                print(BriefingCommand.usage)
                return 0
            case "-": files.append(argument)
            default:
                if argument.hasPrefix("-") {
                    return fail("unknown option \"\(argument)\"\n\(BriefingCommand.usage)")
                }
                files.append(argument)
            }
        }
        let parser = PageParser(diplomacy: .standard)
        var results: [Result<NewsPage, ParseError>] = []
        if files.isEmpty {
            results = [
                Result { try parser.parse(SamplePage.text) }.mapError {
                    $0 as? ParseError ?? ParseError(.unreadable, "\($0)")
                }
            ]
        }
        var status: Int32 = 0
        var printedJSON = false
        func emit(_ result: Result<NewsPage, ParseError>, name: String, feed: FeedMetadata? = nil) -> Bool {
            switch result {
            case .success(let page):
                switch output {
                case .text:
                    for diagnostic in page.diagnostics {
                        FileHandle.standardError.write(Data("\(name):\(diagnostic)\n".utf8))
                    }
                    print(Digest(page: page, feed: feed).text, terminator: "")
                case .json:
                    if printedJSON {
                        return fail("--json prints one page; \(name) holds more: use --jsonl") == 0
                    }
                    printedJSON = true
                    print(
                        feed.map { JSONOutput.pretty(FeedPageDocument(page: page, feed: $0)) }
                            ?? JSONOutput.pretty(page))
                case .jsonLines:
                    print(feed.map { JSONOutput.line(FeedPageDocument(page: page, feed: $0)) } ?? JSONOutput.line(page))
                }
                return true
            case .failure(let error):
                // Compiler style, as diagnostics are: FILE:2:1: error: …
                FileHandle.standardError.write(Data("\(name):\(error.location == nil ? " " : "")\(error)\n".utf8))
                status = 1
                return true
            }
        }
        for result in results where !emit(result, name: "sample") { return 1 }
        for file in files {
            if file == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                if let feed = FeedInput.page(from: data, diplomacy: parser.diplomacy) {
                    if !emit(feed.map(\.page), name: "<stdin>", feed: try? feed.get().feed) { return 1 }
                    continue
                }
                let pages = parser.parseCorpus(String(decoding: data, as: UTF8.self))
                for page in pages where !emit(page, name: "<stdin>") { return 1 }
                continue
            }
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                return fail("cannot read \"\(file)\": no such file")
            }
            if let feed = FeedInput.page(at: url, diplomacy: parser.diplomacy) {
                if !emit(feed.map(\.page), name: file, feed: try? feed.get().feed) { return 1 }
                continue
            }
            for page in parser.corpus([url]) where !emit(page, name: file) { return 1 }
        }
        return status
    }

    private func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("briefing: \(message)\n".utf8))
        return 1
    }
}
