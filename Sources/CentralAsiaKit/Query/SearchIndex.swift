import Foundation

/// An inverted index over articles' titles and paragraphs, with term positions, ranked by BM25.
///
/// Built once from a collection of articles (document `i` is the collection's `i`-th article) and
/// immutable afterwards, so any number of tasks may query it at once.
///
/// Layout: one hash table from folded terms to term numbers, then, per term, its postings (the
/// documents that hold it, ascending) and, per posting, the term's positions in that document, all in
/// three flat arrays. Title and body are one field; a one-position gap after the title keeps phrases
/// from running across it.
///
/// Complexity, for N documents of T tokens in all, V distinct terms:
/// - building: O(T) expected time (two passes over the token stream), O(T + V) memory;
/// - a term: O(df) for its postings; a phrase: O(Σ df) to intersect plus O(occurrences · log) to check
///   positions; a prefix: O(log V + Σ df · log) over the terms it expands to;
/// - AND of clauses: each clause once, then intersections driven by the smallest list;
/// - ranking: O(m log k) for m matches and the best k.
///
/// Scores are Okapi BM25 (k1 = 1.2, b = 0.75) with idf = ln(1 + (N − df + 0.5) / (df + 0.5)), summed
/// over clauses; a phrase or a prefix counts as one clause with its own document frequency.
public struct SearchIndex: Sendable {
    /// A matching document and its score.
    public struct Match: Sendable, Hashable {
        /// The document's number: its position in the collection the index was built from.
        public var document: Int
        /// The BM25 score; higher is better.
        public var score: Double

        /// Creates a match.
        ///
        /// - Parameters:
        ///   - document: The document number.
        ///   - score: The score.
        public init(document: Int, score: Double) {
            self.document = document
            self.score = score
        }
    }

    static let k1 = 1.2
    static let b = 0.75

    let terms: TermTable
    /// Per term `t`: its postings are `postingStart[t]..<postingStart[t + 1]`.
    let postingStart: [Int]
    /// Per posting: the document.
    let postingDocument: [UInt32]
    /// Per posting `p`: its positions are `positionStart[p]..<positionStart[p + 1]`.
    let positionStart: [UInt32]
    /// Token positions, term-major then document-minor.
    let positions: [UInt32]
    /// Per document: its length in positions.
    let lengths: [UInt32]
    /// Term numbers sorted by their bytes, for prefixes.
    let sortedTerms: [Int32]
    let averageLength: Double

    /// The number of documents indexed.
    public var documentCount: Int { lengths.count }

    /// The number of distinct terms.
    public var termCount: Int { terms.count }

    /// Builds the index of articles' titles and paragraphs.
    ///
    /// - Parameter articles: The articles; document `i` is the `i`-th.
    public init(_ articles: some Collection<NewsArticle>) {
        var builder = StreamBuilder()
        builder.documentEnds.reserveCapacity(articles.count)
        builder.titleCounts.reserveCapacity(articles.count)
        for article in articles { builder.add(article) }
        self.init(
            table: builder.table, stream: builder.stream, documentEnds: builder.documentEnds,
            titleCounts: builder.titleCounts)
    }

    /// The first pass: every token's term number, in document order.
    private struct StreamBuilder {
        var table = TermTable()
        let tokenizer = SearchTokenizer()
        var stream: [UInt32] = []
        var documentEnds: [Int] = []
        var titleCounts: [UInt32] = []

        mutating func add(_ article: NewsArticle) {
            let start = stream.count
            StreamBuilder.add(article.title, tokenizer, &table, &stream)
            titleCounts.append(UInt32(stream.count - start))
            for paragraph in article.paragraphs { StreamBuilder.add(paragraph, tokenizer, &table, &stream) }
            documentEnds.append(stream.count)
        }

        private static func add(
            _ text: String, _ tokenizer: SearchTokenizer, _ table: inout TermTable, _ stream: inout [UInt32]
        ) {
            var text = text
            text.withUTF8 { buffer in
                tokenizer.forEachToken(in: buffer) { term, _ in stream.append(UInt32(table.insert(term))) }
            }
        }
    }

    private init(table: TermTable, stream: [UInt32], documentEnds: [Int], titleCounts: [UInt32]) {
        let counts = TermCounts(
            stream: stream, documentEnds: documentEnds, titleCounts: titleCounts, terms: table.count)
        let postings = Postings(counts: counts, stream: stream, documentEnds: documentEnds, titleCounts: titleCounts)
        var sorted = (0..<table.count).map { Int32($0) }
        sorted.sort { table.bytes(of: Int($0)).lexicographicallyPrecedes(table.bytes(of: Int($1))) }

        self.terms = table
        self.postingStart = counts.postingStart
        self.postingDocument = postings.documents
        self.positionStart = postings.positionStart
        self.positions = postings.positions
        self.lengths = counts.lengths
        self.sortedTerms = sorted
        let total = counts.lengths.reduce(0) { $0 + Int($1) }
        self.averageLength = counts.lengths.isEmpty ? 1 : max(Double(total) / Double(counts.lengths.count), 1)
    }

    /// The first pass over the term stream: how many documents and positions each term has, where its
    /// postings and positions begin, and each document's length (a title counts one more, for the gap after it).
    private struct TermCounts {
        /// Where each term's postings begin (one more entry than terms: the total at the end).
        var postingStart: [Int]
        /// Where each term's positions begin.
        var positionBase: [Int]
        /// Each document's length in terms.
        var lengths: [UInt32]

        init(stream: [UInt32], documentEnds: [Int], titleCounts: [UInt32], terms termCount: Int) {
            var occurrences = [Int](repeating: 0, count: termCount + 1)
            var frequencies = [Int](repeating: 0, count: termCount + 1)
            var lastDocument = [Int32](repeating: -1, count: termCount)
            lengths = [UInt32](repeating: 0, count: documentEnds.count)
            var start = 0
            for (document, end) in documentEnds.enumerated() {
                for index in start..<end {
                    let term = Int(stream[index])
                    occurrences[term] += 1
                    if lastDocument[term] != Int32(document) {
                        lastDocument[term] = Int32(document)
                        frequencies[term] += 1
                    }
                }
                let count = end - start
                lengths[document] = UInt32(count + (count > Int(titleCounts[document]) ? 1 : 0))
                start = end
            }
            // Prefix sums: where each term's postings and positions begin.
            postingStart = [Int](repeating: 0, count: termCount + 1)
            positionBase = [Int](repeating: 0, count: termCount + 1)
            for term in 0..<termCount {
                postingStart[term + 1] = postingStart[term] + frequencies[term]
                positionBase[term + 1] = positionBase[term] + occurrences[term]
            }
        }
    }

    /// The second pass: each term's documents, and each posting's positions (after a title, one more).
    private struct Postings {
        var documents: [UInt32]
        var positionStart: [UInt32]
        var positions: [UInt32]

        init(counts: TermCounts, stream: [UInt32], documentEnds: [Int], titleCounts: [UInt32]) {
            let termCount = counts.postingStart.count - 1
            let postingCount = counts.postingStart[termCount]
            documents = [UInt32](repeating: 0, count: postingCount)
            positionStart = [UInt32](repeating: 0, count: postingCount + 1)
            positions = [UInt32](repeating: 0, count: stream.count)
            var postingCursor = counts.postingStart
            var positionCursor = counts.positionBase
            var lastDocument = [Int32](repeating: -1, count: termCount)
            var start = 0
            for (document, end) in documentEnds.enumerated() {
                let titleCount = Int(titleCounts[document])
                for index in start..<end {
                    let term = Int(stream[index])
                    if lastDocument[term] != Int32(document) {
                        lastDocument[term] = Int32(document)
                        documents[postingCursor[term]] = UInt32(document)
                        positionStart[postingCursor[term]] = UInt32(positionCursor[term])
                        postingCursor[term] += 1
                    }
                    let offset = index - start
                    positions[positionCursor[term]] = UInt32(offset + (offset >= titleCount ? 1 : 0))
                    positionCursor[term] += 1
                }
                start = end
            }
            positionStart[postingCount] = UInt32(stream.count)
        }
    }

    /// Every document that matches the query, ascending, without scores.
    ///
    /// - Parameters:
    ///   - query: The query; one without clauses matches nothing.
    ///   - isIncluded: A filter on document numbers, applied to the matches.
    /// - Returns: The document numbers.
    public func matches(_ query: SearchQuery, where isIncluded: ((Int) -> Bool)? = nil) -> [Int] {
        var lists = query.clauses.map(hits(of:))
        guard !lists.isEmpty else { return [] }
        lists.sort { $0.documents.count < $1.documents.count }
        var result = lists[0].documents
        for other in lists.dropFirst() {
            result = SearchIndex.intersect(result, other.documents)
            if result.isEmpty { break }
        }
        return result.map(Int.init).filter { isIncluded?($0) ?? true }
    }

    /// The best-scoring documents that match the query.
    ///
    /// - Parameters:
    ///   - query: The query; one without clauses matches nothing.
    ///   - limit: How many to return at most; `nil` for all.
    ///   - isIncluded: A filter on document numbers, applied before ranking.
    /// - Returns: The matches, best first; equal scores in document order.
    public func ranked(_ query: SearchQuery, limit: Int? = 10, where isIncluded: ((Int) -> Bool)? = nil) -> [Match] {
        var lists = query.clauses.map(hits(of:))
        guard !lists.isEmpty else { return [] }
        lists.sort { $0.documents.count < $1.documents.count }
        let count = Double(documentCount)
        // Running scores over the documents still in the intersection.
        var documents = lists[0].documents
        var scores = score(lists[0], count: count)
        for list in lists.dropFirst() {
            let listScores = score(list, count: count)
            var keptDocuments: [UInt32] = []
            var keptScores: [Double] = []
            var other = 0
            for (index, document) in documents.enumerated() {
                other = SearchIndex.seek(list.documents, from: other, to: document)
                if other == list.documents.count { break }
                if list.documents[other] == document {
                    keptDocuments.append(document)
                    keptScores.append(scores[index] + listScores[other])
                }
            }
            documents = keptDocuments
            scores = keptScores
            if documents.isEmpty { return [] }
        }
        var best = TopMatches(limit: limit ?? documents.count)
        for (index, document) in documents.enumerated() where isIncluded?(Int(document)) ?? true {
            best.insert(Match(document: Int(document), score: scores[index]))
        }
        return best.sorted()
    }

    /// Documents holding a clause, ascending, with how often it occurs in each.
    struct Hits {
        var documents: [UInt32] = []
        var frequencies: [UInt32] = []
    }

    func hits(of clause: SearchQuery.Clause) -> Hits {
        switch clause {
        case .term(let term):
            guard let id = terms.find(term) else { return Hits() }
            return termHits(id)
        case .phrase(let words):
            var ids: [Int] = []
            for word in words {
                guard let id = terms.find(word) else { return Hits() }
                ids.append(id)
            }
            return phraseHits(ids)
        case .prefix(let prefix):
            return prefixHits(Array(prefix.utf8))
        }
    }

    private func termHits(_ id: Int) -> Hits {
        let range = postingStart[id]..<postingStart[id + 1]
        var hits = Hits()
        hits.documents = Array(postingDocument[range])
        hits.frequencies = range.map { positionStart[$0 + 1] - positionStart[$0] }
        return hits
    }

    private func phraseHits(_ ids: [Int]) -> Hits {
        // Drive by the rarest term; find each candidate in the other terms' postings.
        guard let rarest = ids.indices.min(by: { frequency(ids[$0]) < frequency(ids[$1]) }) else { return Hits() }
        var cursors = ids.map { postingStart[$0] }
        var hits = Hits()
        let rareRange = postingStart[ids[rarest]]..<postingStart[ids[rarest] + 1]
        candidates: for posting in rareRange {
            let document = postingDocument[posting]
            var slices: [Range<Int>] = []
            for (slot, id) in ids.enumerated() {
                let end = postingStart[id + 1]
                var cursor = cursors[slot]
                cursor = SearchIndex.seek(postingDocument, from: cursor, to: document, end: end)
                cursors[slot] = cursor
                guard cursor < end, postingDocument[cursor] == document else { continue candidates }
                slices.append(Int(positionStart[cursor])..<Int(positionStart[cursor + 1]))
            }
            var count: UInt32 = 0
            for first in slices[0] {
                let start = positions[first]
                var all = true
                for slot in 1..<slices.count where !contains(slices[slot], start + UInt32(slot)) {
                    all = false
                    break
                }
                if all { count += 1 }
            }
            if count > 0 {
                hits.documents.append(document)
                hits.frequencies.append(count)
            }
        }
        return hits
    }

    private func prefixHits(_ prefix: [UInt8]) -> Hits {
        // The sorted terms that start with `prefix` form one run.
        var low = 0
        var high = sortedTerms.count
        while low < high {
            let middle = (low + high) / 2
            if terms.bytes(of: Int(sortedTerms[middle])).lexicographicallyPrecedes(prefix) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        var pairs: [(UInt32, UInt32)] = []
        var index = low
        while index < sortedTerms.count, terms.bytes(of: Int(sortedTerms[index])).starts(with: prefix) {
            let hits = termHits(Int(sortedTerms[index]))
            pairs.append(contentsOf: zip(hits.documents, hits.frequencies))
            index += 1
        }
        pairs.sort { $0.0 < $1.0 }
        var hits = Hits()
        for (document, frequency) in pairs {
            if hits.documents.last == document {
                hits.frequencies[hits.frequencies.count - 1] += frequency
            } else {
                hits.documents.append(document)
                hits.frequencies.append(frequency)
            }
        }
        return hits
    }

    private func frequency(_ id: Int) -> Int { postingStart[id + 1] - postingStart[id] }

    private func contains(_ slice: Range<Int>, _ position: UInt32) -> Bool {
        var low = slice.lowerBound
        var high = slice.upperBound
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < slice.upperBound && positions[low] == position
    }

    private func score(_ hits: Hits, count: Double) -> [Double] {
        let frequency = Double(hits.documents.count)
        let idf = log(1 + (count - frequency + 0.5) / (frequency + 0.5))
        var scores = [Double](repeating: 0, count: hits.documents.count)
        for index in scores.indices {
            let tf = Double(hits.frequencies[index])
            let length = Double(lengths[Int(hits.documents[index])])
            let norm = SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * length / averageLength)
            scores[index] = idf * tf * (SearchIndex.k1 + 1) / (tf + norm)
        }
        return scores
    }

    /// The first index at or after `from` whose value is not below `target` (galloping, then binary search).
    static func seek<Value: Comparable>(_ values: [Value], from: Int, to target: Value, end: Int? = nil) -> Int {
        let end = end ?? values.count
        var low = from
        var step = 1
        var high = from
        while high < end && values[high] < target {
            low = high + 1
            high += step
            step <<= 1
        }
        high = min(high, end)
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The values in both ascending lists.
    static func intersect<Value: Comparable>(_ small: [Value], _ large: [Value]) -> [Value] {
        var result: [Value] = []
        var cursor = 0
        for value in small {
            cursor = seek(large, from: cursor, to: value)
            if cursor == large.count { break }
            if large[cursor] == value { result.append(value) }
        }
        return result
    }
}
