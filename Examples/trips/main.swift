import CentralAsiaKit
import ExampleSupport
import Foundation

// swift run trips [--json] [--svg FILE] [FILE…]
// Reads listing pages (the bundled sample page when none is given) and prints who travelled most,
// where, which events leaders shared and which partnerships the pages report.

let command = Command(
    name: "trips",
    summary: "ranks leaders by their trips abroad and lists the countries they visited, the events they "
        + "shared and the partnerships the pages report.",
    arguments: [CommandArgument("[FILE…]", label: "FILE", help: "listing pages; default: the bundled sample page")],
    options: [
        CommandOption("--json", help: "print one JSON document instead of text tables"),
        CommandOption("--svg", value: "FILE", help: "also write a bar chart of trips per leader as SVG"),
    ],
    examples: ["trips", "trips --json --svg=trips.svg page1.txt page2.txt"])

command.main { arguments in
    let parser = PageParser(annotation: .diplomacy(.standard))
    var archive = Archive()
    if arguments.positionals.isEmpty {
        archive.add(try parser.parse(SamplePage.text), source: "sample")
    }
    for file in arguments.positionals {
        do {
            archive.add(try parser.parse(contentsOf: URL(fileURLWithPath: file)), source: file)
        } catch let error as ParseError {
            // `page.txt:3:1: …` when the error has a place in the file.
            let place = error.location.map { "\(file):\($0.line):\($0.column): " } ?? ""
            throw CommandError.failure(place + error.message)
        }
    }
    let report = TripsReport(archive)
    if let svgPath = arguments.value("--svg") {
        do {
            try Data(TripsChart(report.bars).svg.utf8).write(to: URL(fileURLWithPath: svgPath))
        } catch {
            throw CommandError.failure("cannot write \"\(svgPath)\": \(error.localizedDescription)")
        }
    }
    print(arguments.flag("--json") ? try report.json() : report.text)
    return ExitStatus.success
}
