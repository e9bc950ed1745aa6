import Foundation

enum WebDebug {
    static func dump(_ document: HTMLDocument, _ body: WebBody) {
        guard let needle = ProcessInfo.processInfo.environment["WEB_DEBUG"] else { return }
        let scores = body.containerScores(title: nil)
        for (node, score) in scores.sorted(by: { $0.value > $1.value }).prefix(5) {
            FileHandle.standardError.write(Data("top \(node) \(document.nodes[node].name) \(document.attribute("class", of: node) ?? "") \(score)\n".utf8))
        }
        for index in document.nodes.indices.reversed() where document.nodes[index].isText {
            guard document.decodedText(document.nodes[index].text).contains(needle) else { continue }
            var current = index
            while current > 0 {
                let n = document.nodes[current]
                FileHandle.standardError.write(Data("  \(current) <\(n.name) class=\(document.attribute("class", of: current) ?? "") id=\(document.attribute("id", of: current) ?? "")> skipped=\(body.skipped[current]) off=\(n.offset) score=\(scores[current] ?? -1)\n".utf8))
                current = n.parent
            }
            break
        }
    }
}
