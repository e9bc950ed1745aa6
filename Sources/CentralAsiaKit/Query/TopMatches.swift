/// The best `limit` matches seen so far: a binary heap whose root is the worst kept match.
///
/// Inserting is O(log k); ``sorted()`` is O(k log k). Better means a higher score, then a lower
/// document number, so the order is total and results are stable.
struct TopMatches {
    let limit: Int
    private var heap: [SearchIndex.Match] = []

    init(limit: Int) {
        self.limit = max(limit, 0)
        heap.reserveCapacity(min(self.limit, 1 << 16))
    }

    /// Whether `a` ranks above `b`.
    static func isBetter(_ a: SearchIndex.Match, _ b: SearchIndex.Match) -> Bool {
        a.score != b.score ? a.score > b.score : a.document < b.document
    }

    mutating func insert(_ match: SearchIndex.Match) {
        guard limit > 0 else { return }
        if heap.count < limit {
            heap.append(match)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard TopMatches.isBetter(heap[parent], heap[child]) else { break }
                heap.swapAt(parent, child)
                child = parent
            }
        } else if TopMatches.isBetter(match, heap[0]) {
            heap[0] = match
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var worst = parent
                if left < heap.count && TopMatches.isBetter(heap[worst], heap[left]) { worst = left }
                if right < heap.count && TopMatches.isBetter(heap[worst], heap[right]) { worst = right }
                if worst == parent { break }
                heap.swapAt(parent, worst)
                parent = worst
            }
        }
    }

    /// The kept matches, best first.
    func sorted() -> [SearchIndex.Match] {
        heap.sorted(by: TopMatches.isBetter)
    }
}
