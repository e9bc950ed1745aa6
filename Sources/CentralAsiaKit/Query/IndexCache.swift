import Synchronization

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
final class IndexCache: Sendable {
    private let slot = Mutex<ArchiveIndexes?>(nil)

    /// The indexes, built by `build` on the first call; concurrent first callers wait for one build.
    func indexes(_ build: () -> ArchiveIndexes) -> ArchiveIndexes {
        slot.withLock { state in
            if let state { return state }
            let built = build()
            state = built
            return built
        }
    }
}
