import Foundation

/// The indexes of one state of an archive: built once, then read by any number of tasks.
final class ArchiveIndexes: Sendable {
    let search: SearchIndex
    let entities: EntityIndex
    let diplomacy: DiplomacyIndex

    init(articles: [NewsArticle], diplomacy shelf: DiplomacyShelf) {
        search = SearchIndex(articles)
        entities = EntityIndex(articles)
        diplomacy = DiplomacyIndex(shelf)
    }
}

/// A lock-protected slot for an archive's indexes. A changed archive gets a new cache, so copies that
/// have not changed keep sharing the one they have.
///
/// The lock is an `NSLock` (a pthread mutex) rather than `Synchronization.Mutex`: on Linux the latter
/// waits on raw futexes, which the thread sanitizer cannot see, so every cached read was reported as
/// a race.
final class IndexCache: Sendable {
    private let lock = NSLock()
    // Only read or written while `lock` is held.
    private nonisolated(unsafe) var slot: ArchiveIndexes?

    /// The indexes, built by `build` on the first call; concurrent first callers wait for one build.
    func indexes(_ build: () -> ArchiveIndexes) -> ArchiveIndexes {
        lock.withLock {
            if let slot { return slot }
            let built = build()
            slot = built
            return built
        }
    }
}
