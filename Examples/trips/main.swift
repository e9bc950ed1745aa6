import CentralAsiaKit
import ExampleSupport
import Foundation

// swift run trips [--json] [--svg FILE] [FILE…]
// Reads listing pages (the bundled sample page when none is given) and prints who travelled most,
// where, which events leaders shared and which partnerships the pages report.

/// Prints one line on standard error and exits with status 1.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("trips: \(message)\n".utf8))
    exit(1)
}

var json = false
var svgPath: String?
var files: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--json": json = true
    case "--svg":
        guard let path = arguments.popFirst() else { fail("--svg needs a file name") }
        svgPath = path
    case "-h", "--help":
        print("usage: trips [--json] [--svg FILE] [FILE…]")
        exit(0)
    default:
        if argument.hasPrefix("-") { fail("unknown option \"\(argument)\"") }
        files.append(argument)
    }
}

let parser = PageParser(diplomacy: .standard)
var archive = Archive()
do {
    if files.isEmpty {
        archive.add(try parser.parse(SamplePage.text), source: "sample")
    }
    for file in files {
        archive.add(try parser.parse(contentsOf: URL(fileURLWithPath: file)), source: file)
    }
} catch {
    fail("\(error)")
}

let report = TripsReport(archive)
if let svgPath {
    do {
        try Data(TripsChart(report.bars).svg.utf8).write(to: URL(fileURLWithPath: svgPath))
    } catch {
        fail("cannot write \"\(svgPath)\": \(error.localizedDescription)")
    }
}
if json {
    do {
        print(try report.json())
    } catch {
        fail("\(error)")
    }
} else {
    print(report.text)
}
