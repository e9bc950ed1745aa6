import Foundation

/// A standalone SVG bar chart of trips per leader: one horizontal bar each, split into bilateral and
/// other (multilateral) trips where the pages give the bilateral count, plain where they do not.
struct TripsChart {
    let bars: [TripsReport.Bar]

    init(_ bars: [TripsReport.Bar]) {
        self.bars = bars
        labelWidth = TripsChart.textWidth(bars.map(\.person).max { $0.count < $1.count } ?? "") + 30
    }

    /// A generous estimate of the width of 14-pixel sans-serif text (no font metrics in a plain SVG).
    private static func textWidth(_ text: String) -> Int { text.count * 8 }

    private let labelWidth: Int
    private let plotWidth = 440
    private let rowHeight = 34
    private let top = 56

    /// The SVG document.
    var svg: String {
        let largest = max(bars.map(\.trips).max() ?? 1, 1)
        let height = top + bars.count * rowHeight + 70
        let legendWidth = ["bilateral", "multilateral or other", "split not stated"].reduce(0) { total, label in
            total + 44 + TripsChart.textWidth(label)
        }
        let width = labelWidth + max(plotWidth + 60, legendWidth)
        func scaled(_ value: Int) -> Int { value * plotWidth / largest }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" font-family="Helvetica, Arial, sans-serif" font-size="14">
            <title>Trips per leader</title>
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="\(width / 2)" y="30" text-anchor="middle" font-size="18" font-weight="bold">Trips abroad per leader</text>

            """
        for (row, bar) in bars.enumerated() {
            let y = top + row * rowHeight
            out += "<g class=\"bar\">\n"
            out +=
                "  <text x=\"\(labelWidth - 10)\" y=\"\(y + 18)\" text-anchor=\"end\">\(escaped(bar.person))</text>\n"
            if let bilateral = bar.bilateral, bilateral <= bar.trips {
                let first = scaled(bilateral)
                out += rect(x: labelWidth, y: y, width: first, colour: "#2b6cb0", title: "\(bilateral) bilateral")
                out += rect(
                    x: labelWidth + first, y: y, width: scaled(bar.trips) - first, colour: "#ed8936",
                    title: "\(bar.trips - bilateral) multilateral or other")
            } else {
                out += rect(
                    x: labelWidth, y: y, width: scaled(bar.trips), colour: "#a0aec0", title: "\(bar.trips) trips")
            }
            out += "  <text x=\"\(labelWidth + scaled(bar.trips) + 6)\" y=\"\(y + 18)\">\(bar.trips)</text>\n"
            out += "</g>\n"
        }
        let legendY = top + bars.count * rowHeight + 24
        let legend = [("#2b6cb0", "bilateral"), ("#ed8936", "multilateral or other"), ("#a0aec0", "split not stated")]
        var x = labelWidth
        for item in legend {
            out += "<rect x=\"\(x)\" y=\"\(legendY)\" width=\"14\" height=\"14\" fill=\"\(item.0)\"/>\n"
            out += "<text x=\"\(x + 20)\" y=\"\(legendY + 12)\">\(item.1)</text>\n"
            x += 20 + TripsChart.textWidth(item.1) + 24
        }
        return out + "</svg>\n"
    }

    private func rect(x: Int, y: Int, width: Int, colour: String, title: String) -> String {
        "  <rect x=\"\(x)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"20\" fill=\"\(colour)\"><title>\(title)</title></rect>\n"
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
