extension Sequence where Element == Int {
    /// The ids ordered by a day: earliest first, ids without a day last, ties by id.
    ///
    /// - Parameter day: The day of an id (a first day, to compare dates of any precision), or `nil`.
    /// - Returns: The ids in that order.
    func sortedChronologically(by day: (Int) -> PartialDate?) -> [Int] {
        sorted { left, right in
            switch (day(left), day(right)) {
            case (let a?, let b?) where a != b: a < b
            case (_?, nil): true
            case (nil, _?): false
            default: left < right
            }
        }
    }
}
