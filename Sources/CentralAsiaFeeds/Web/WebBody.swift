import Foundation

/// The article body of a page: the container whose blocks carry the most prose and the fewest links
/// (readability's scoring over block elements), with its siblings that read like more of the same,
/// and the paragraphs of them that are not furniture.
struct WebBody {
    /// Blocks shorter than this many characters add nothing to a container's score.
    static let minScoredLength = 25
    /// Characters of text worth one point, up to ``maxLengthPoints``.
    static let charactersPerPoint = 100
    /// The most points a block's length is worth.
    static let maxLengthPoints = 3.0
    /// What a class or id of article text (or furniture) adds to (takes from) a container.
    static let classBonus = 25.0
    /// What `itemprop="articleBody"` adds to a container.
    static let articleBodyBonus = 50.0
    /// The least score of a sibling or twin that joins the best container.
    static let minSiblingScore = 10.0
    /// Siblings scoring at least this share of the best container join it.
    static let siblingShare = 0.2
    /// Blocks with more than this share of link text are not paragraphs.
    static let maxLinkDensity = 0.5
    /// Furniture by class is kept when it holds at least this share of the page's text.
    static let keepShare = 0.5
    /// Base scores of containers by tag.
    static let tagScores: [String: Double] = [
        "div": 5, "article": 10, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3, "form": -3, "ol": -3,
        "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "address": -3, "th": -5, "h1": -5, "h2": -5, "h3": -5,
        "h4": -5, "h5": -5, "h6": -5,
    ]
    /// Block elements that are paragraphs: their score goes to their parent.
    static let paragraphTags: Set<String> = [
        "p", "pre", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "figcaption", "summary",
    ]

    let document: HTMLDocument
    /// Whether each node lies in furniture.
    let skipped: [Bool]
    /// The page's blocks outside furniture.
    let blocks: [WebBlock]
    /// Each element's class weight (see ``WebBoilerplate/classWeight(_:in:)``).
    let classWeights: [Int8]

    init(_ document: HTMLDocument) {
        self.document = document
        (skipped, classWeights) = Self.furniture(document)
        blocks = WebBlockCollector.blocks(of: document, skipping: skipped)
    }

    /// Marks the furniture subtrees, sparing class-marked ones that hold most of the page's text or an
    /// `itemprop="articleBody"`.
    private static func furniture(_ document: HTMLDocument) -> ([Bool], [Int8]) {
        let count = document.nodes.count
        var textLength = [Int](repeating: 0, count: count)
        var holdsBody = [Bool](repeating: false, count: count)
        for index in stride(from: count - 1, to: 0, by: -1) {
            let node = document.nodes[index]
            if node.isText, !HTMLTags.raw.contains(document.nodes[node.parent].name) {
                textLength[index] = node.text.count
            } else if document.attributes(of: index).contains(where: { $0.name == "itemprop" }),
                document.attribute("itemprop", of: index)?.lowercased() == "articlebody"
            {
                holdsBody[index] = true
            }
            textLength[node.parent] += textLength[index]
            if holdsBody[index] { holdsBody[node.parent] = true }
        }
        let total = Double(max(textLength[0], 1))
        var skipped = [Bool](repeating: false, count: count)
        var weights = [Int8](repeating: 0, count: count)
        for index in 1..<count {
            let node = document.nodes[index]
            if skipped[node.parent] {
                skipped[index] = true
                continue
            }
            guard !node.isText, !node.attributeRange.isEmpty || WebBoilerplate.tags.contains(node.name) else {
                continue
            }
            let weight = WebBoilerplate.tags.contains(node.name) ? 0 : WebBoilerplate.classWeight(index, in: document)
            weights[index] = Int8(weight)
            guard !holdsBody[index], WebBoilerplate.isFurniture(index, classWeight: weight, in: document) else {
                continue
            }
            let byTag = WebBoilerplate.tags.contains(node.name)
            skipped[index] = byTag || Double(textLength[index]) / total < keepShare
        }
        return (skipped, weights)
    }

    /// The body's paragraphs, without the title and furniture lines.
    func paragraphs(title: String?) -> [String] {
        let scores = containerScores(title: title)
        guard let top = scores.max(by: { $0.value < $1.value })?.key else {
            return blocks.filter { !isFurniture($0, title: title) }.map(\.text)
        }
        var inBody = [Bool](repeating: false, count: document.nodes.count)
        for container in containers(around: top, scores: scores) {
            for node in container..<document.subtreeEnd(of: container) { inBody[node] = true }
        }
        let body = blocks.indices.filter { inBody[blocks[$0].owner] && !isFurniture(blocks[$0], title: title) }
        let lead = leadBlocks(before: body.first, top: top, title: title)
        return (lead + body).map { blocks[$0].text }
    }

    /// Blocks above the body, inside the same article, that a class marks as its lead (`lead`,
    /// `summary`, `intro`): the summary a page shows above the text is its first paragraph.
    private func leadBlocks(before first: Int?, top: Int, title: String?) -> [Int] {
        guard let first, let scope = document.ancestor(of: top, named: "article") else { return [] }
        return blocks.indices[..<first].filter { index in
            let block = blocks[index]
            guard document.isInside(block.owner, scope), !isFurniture(block, title: title) else { return false }
            var current = block.owner
            while current > scope {
                let words = WebBoilerplate.words(document.attribute("class", of: current) ?? "")
                if words.contains(where: WebPhrases.leadWords.contains) { return true }
                current = document.nodes[current].parent
            }
            return false
        }
    }

    /// Whether a block is furniture inside an article container: mostly links, the title, a label,
    /// a call to action, a line that only dates the article, or a short label pointing elsewhere.
    private func isFurniture(_ block: WebBlock, title: String?) -> Bool {
        if block.linkDensity > Self.maxLinkDensity || block.text == title || isFurnitureLine(block.text) {
            return true
        }
        guard block.length < WebPhrases.maxLabelLength, !WebPhrases.sentenceEnds.contains(block.text.last ?? " ")
        else { return false }
        return block.linkDensity >= WebPhrases.labelLinkDensity || WebDate.visible(block.text) != nil
            || WebDate.isDateLine(block.text) || WebMetadata.bylineNames(block.text) != nil
    }

    /// Each container's score, weighted by one minus its link density.
    func containerScores(title: String?) -> [Int: Double] {
        var raw: [Int: Double] = [:]
        for block in blocks where block.length >= Self.minScoredLength && block.text != title {
            let points =
                1 + Double(block.commas) + min(Double(block.length / Self.charactersPerPoint), Self.maxLengthPoints)
            var container = block.owner
            if Self.paragraphTags.contains(document.nodes[container].name) {
                container = document.nodes[container].parent
            }
            for level in 0..<3 where container > 0 {
                if raw[container] == nil { raw[container] = initialScore(container) }
                raw[container, default: 0] += points / Double(level == 0 ? 1 : level * 2)
                container = document.nodes[container].parent
            }
        }
        let density = linkDensities()
        return raw.mapValues { $0 }.reduce(into: [:]) { result, entry in
            result[entry.key] = entry.value * (1 - (density[entry.key] ?? 0))
        }
    }

    private func initialScore(_ node: Int) -> Double {
        var score = Self.tagScores[document.nodes[node].name] ?? 0
        score += Double(classWeights[node]) * Self.classBonus
        if document.attribute("itemprop", of: node)?.lowercased() == "articlebody" { score += Self.articleBodyBonus }
        return score
    }

    /// The share of link text under every node that holds blocks.
    private func linkDensities() -> [Int: Double] {
        var text = [Int](repeating: 0, count: document.nodes.count)
        var links = [Int](repeating: 0, count: document.nodes.count)
        for block in blocks {
            text[block.owner] += block.length
            links[block.owner] += block.linkLength
        }
        for index in stride(from: document.nodes.count - 1, to: 0, by: -1) {
            let parent = document.nodes[index].parent
            text[parent] += text[index]
            links[parent] += links[index]
        }
        var result: [Int: Double] = [:]
        for index in text.indices where text[index] > 0 { result[index] = Double(links[index]) / Double(text[index]) }
        return result
    }

    /// The best container and those of its siblings that score well or hold plain prose.
    /// The best container, its siblings that score well, and its *twins*: containers elsewhere with
    /// the same class that score well (an article cut into sections by figures or ad breaks).
    private func containers(around top: Int, scores: [Int: Double]) -> [Int] {
        let parent = document.nodes[top].parent
        guard parent >= 0 else { return [top] }
        let threshold = max(Self.minSiblingScore, (scores[top] ?? 0) * Self.siblingShare)
        let siblings = document.children(of: parent).filter { sibling in
            if sibling == top { return true }
            guard !skipped[sibling], !document.nodes[sibling].isText else { return false }
            return (scores[sibling] ?? 0) >= threshold
        }
        guard let topClass = document.attribute("class", of: top), !topClass.isEmpty else { return siblings }
        let end = document.subtreeEnd(of: top)
        let twins = scores.keys.filter { node in
            (node < top || node >= end) && !document.isInside(top, node) && (scores[node] ?? 0) >= threshold
                && document.attribute("class", of: node) == topClass
        }
        return siblings + twins.sorted()
    }

    /// Whether a block is a call to action or a label rather than article text.
    func isFurnitureLine(_ text: String) -> Bool {
        let folded = text.lowercased()
        guard folded.count <= WebPhrases.maxFurnitureLineLength else { return false }
        if WebPhrases.furnitureLines.contains(folded.trimmingCharacters(in: .punctuationCharacters)) { return true }
        if WebPhrases.furniturePrefixes.contains(where: folded.hasPrefix) { return true }
        return WebPhrases.followVerbs.contains(where: folded.hasPrefix)
            && WebPhrases.socialNetworks.contains(where: folded.contains)
    }
}

/// The phrases of page furniture that appear inside article containers, as tables.
enum WebPhrases {
    /// Class words of a lead shown above the body.
    static let leadWords: Set<String> = ["lead", "summary", "intro", "description"]
    /// Blocks shorter than this that do not end a sentence are labels when they link or date.
    static let maxLabelLength = 80
    /// The share of link text that makes a short line a label.
    static let labelLinkDensity = 0.2
    /// Characters that end a sentence.
    static let sentenceEnds: Set<Character> = [".", "!", "?", "\"", "”", "…", "»", "'", "’"]
    /// Lines longer than this are never furniture lines.
    static let maxFurnitureLineLength = 160
    /// Whole lines that are labels.
    static let furnitureLines: Set<String> = [
        "advertisement", "advertising", "ad", "sponsored", "share", "share this", "share this article", "tweet",
        "email", "print", "comments", "реклама", "поделиться",
    ]
    /// Openings of lines that point elsewhere.
    static let furniturePrefixes = [
        "read also", "read more:", "also read", "see also:", "related:", "recommended:", "читайте также",
        "смотрите также", "подписывайтесь на",
    ]
    /// Verbs that open a call to follow the site.
    static let followVerbs = ["follow ", "join ", "subscribe to ", "like us on", "find us on"]
    /// Networks such calls name.
    static let socialNetworks = [
        "telegram", "twitter", "facebook", "instagram", "whatsapp", "youtube", "linkedin", "tiktok", " on x ",
        "newsletter",
    ]
}
