// briefing — a digest of Times of Central Asia pages.
//
//   swift run briefing                 the bundled sample page
//   swift run briefing FILE… | -       pages (a file may hold many, separated by form-feed lines)
//   swift run briefing --json FILE     the page document of the JSON contract
//   swift run briefing --jsonl FILE…   one page document per line, for corpora of any size
import CentralAsiaKit
import Foundation

var command = BriefingCommand()
exit(command.run(arguments: Array(CommandLine.arguments.dropFirst())))
