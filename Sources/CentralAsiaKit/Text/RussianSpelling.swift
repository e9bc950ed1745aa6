/// The spelling rules that join a Russian stem and an ending, shared by the readers that derive case forms by
/// rule (names in `World/Russian/`, date words in `Calendar/Phrases/`, visit phrases in `Diplomacy/Languages/`).
enum RussianSpelling {
    /// Consonants after which an ending's `ы` is written `и` (`российских`, `казахским`, `июльский`).
    static let velarsAndSibilants: Set<Character> = ["г", "к", "х", "ж", "ч", "ш", "щ"]
    /// Consonants after which an unstressed ending's `о` is written `е` (`следующего`, `будущем`).
    static let sibilants: Set<Character> = ["ж", "ч", "ш", "щ", "ц"]

    /// The endings of a hard adjective in every gender, number and case (`прошлый`), `ы` standing for `и` after
    /// ``velarsAndSibilants`` and `о` for `е` after ``sibilants``.
    static let hardAdjectiveEndings = ["ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми"]
    /// The endings of a soft adjective, in the same order (`нынешний`, `прошлогодний`).
    static let softAdjectiveEndings = ["ий", "его", "ему", "им", "ем", "яя", "ей", "юю", "ее", "ие", "их", "ими"]

    /// An ending with its `ы` written `и` after a velar or sibilant.
    static func ending(_ ending: String, after stem: String) -> String {
        guard let last = stem.last, velarsAndSibilants.contains(last) else { return ending }
        return String(ending.map { $0 == "ы" ? "и" : $0 })
    }

    /// A stem and an unstressed ending joined: `ы` written `и` after a velar or sibilant, `о` written `е` after
    /// a sibilant.
    static func joinUnstressed(_ stem: String, _ ending: String) -> String {
        guard let last = stem.last, let first = ending.first else { return stem + ending }
        if first == "о", sibilants.contains(last) { return stem + "е" + ending.dropFirst() }
        return stem + self.ending(ending, after: stem)
    }

    /// The forms of an adjective with unstressed endings, from its stem, in the order of
    /// ``hardAdjectiveEndings``.
    ///
    /// - Parameters:
    ///   - stem: The stem (`прошл`, `следующ`, `нынешн`).
    ///   - soft: Whether it takes the soft endings (`нынешний`): a stem in `н` may be either (`государственный`).
    static func adjectiveForms(stem: String, soft: Bool = false) -> [String] {
        soft ? softAdjectiveEndings.map { stem + $0 } : hardAdjectiveEndings.map { joinUnstressed(stem, $0) }
    }
}
