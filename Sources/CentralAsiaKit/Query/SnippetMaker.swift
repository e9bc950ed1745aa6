/// Cuts highlighted passages out of an article for a query.
///
/// Each field (the title, each paragraph) is tokenized as the index tokenizes it; a token matches when
/// it equals a term of the query (phrase words count one by one) or starts with one of its prefixes.
/// The fields with the most distinct matching terms (then the most matches, then the earliest) give
/// the passages: up to ``window`` tokens starting a few tokens before the first match, `…` where the
/// field is cut. O(length of the article) per hit.
struct SnippetMaker {
    let terms: Set<String>
    let prefixes: [String]
    let open: String
    let close: String
    var window = 24
    var lead = 4
    var count = 2

    init(query: SearchQuery, open: String, close: String) {
        var terms: Set<String> = []
        var prefixes: [String] = []
        for (term, isPrefix) in query.highlightTerms {
            if isPrefix { prefixes.append(term) } else { terms.insert(term) }
        }
        self.terms = terms
        self.prefixes = prefixes
        self.open = open
        self.close = close
    }

    private func matches(_ term: String) -> Bool {
        terms.contains(term) || prefixes.contains { term.hasPrefix($0) }
    }

    func snippets(of article: NewsArticle) -> [String] {
        var tokenizer = SearchTokenizer()
        var candidates:
            [(field: Int, distinct: Int, total: Int, text: String, tokens: [SearchTokenizer.Token], hits: [Bool])] = []
        for (field, text) in ([article.title] + article.paragraphs).enumerated() {
            let tokens = tokenizer.tokens(in: text)
            let hits = tokens.map { matches($0.term) }
            let total = hits.filter { $0 }.count
            guard total > 0 else { continue }
            let distinct = Set(zip(tokens, hits).filter(\.1).map(\.0.term)).count
            candidates.append((field, distinct, total, text, tokens, hits))
        }
        candidates.sort {
            $0.distinct != $1.distinct
                ? $0.distinct > $1.distinct
                : $0.total != $1.total ? $0.total > $1.total : $0.field < $1.field
        }
        return candidates.prefix(count).map { passage(of: $0.text, tokens: $0.tokens, hits: $0.hits) }
    }

    private func passage(of text: String, tokens: [SearchTokenizer.Token], hits: [Bool]) -> String {
        let bytes = Array(text.utf8)
        let first = hits.firstIndex(of: true) ?? 0
        let start = max(0, min(first - lead, tokens.count - window))
        let end = min(tokens.count, start + window)
        var output: [UInt8] = []
        if start > 0 { output.append(contentsOf: "…".utf8) }
        var cursor = start > 0 ? tokens[start].range.lowerBound : 0
        for index in start..<end {
            let range = tokens[index].range
            output.append(contentsOf: bytes[cursor..<range.lowerBound])
            if hits[index] {
                output.append(contentsOf: open.utf8)
                output.append(contentsOf: bytes[range])
                output.append(contentsOf: close.utf8)
            } else {
                output.append(contentsOf: bytes[range])
            }
            cursor = range.upperBound
        }
        if end < tokens.count {
            output.append(contentsOf: "…".utf8)
        } else {
            output.append(contentsOf: bytes[cursor...])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
