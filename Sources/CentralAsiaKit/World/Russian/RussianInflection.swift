/// Derives the case forms of a Russian name by rule, without a dictionary.
///
/// The gazetteer holds each name in its nominative (`Казахстан`, `Касым-Жомарт Токаев`, `казахстанский`);
/// ``MentionFinder`` compiles every form these rules derive into its automaton, so text in any case
/// (`Казахстана`, `Касыма-Жомарта Токаева`, `казахстанских`) is read in the same single pass. The endings are
/// tables (``nounParadigms``, ``adjectiveParadigms`` and the rest, in `RussianInflection+Endings.swift`); the
/// code only picks a table by a word's ending and by what the name is (``Role``):
/// - **Places and organisations** (``Role/place``): the adjectives in front agree with the first noun, which
///   declines; the words after it stay (`Республика Казахстан` → `Республики Казахстан`, `Кыргызская
///   Республика` → `Кыргызской Республики`, `Соединённые Штаты Америки` → `Соединённых Штатов Америки`). In a
///   hyphenated word only the last part declines (`Алма-Ата` → `Алма-Ате`), or the first when a lower-case
///   word sits between (`Ростов-на-Дону` → `Ростове-на-Дону`).
/// - **People** (``Role/person``): every capitalised word declines, each by its ending: surnames in `-ов`,
///   `-ев`, `-ин`, `-ын` (`Токаевым`), their feminine forms (`Отунбаевой`), first names and patronymics as
///   nouns (`Касыма-Жомарта Кемелевича`); lower-case particles stay.
/// - **Adjectives and demonyms** (``Role/adjective``): every gender, case and number, and the first part of a
///   compound (`российско-`); `-ец` and `-анин` nouns in both numbers (`казахстанцы`, `россиян`).
///
/// Words in capitals (`РФ`, `США`), single letters (initials) and words ending in a vowel that does not
/// decline (`Токио`, `Душанбе`, `Алматы`, `Эмомали`) keep their one form. Forms a rule derives wrongly
/// for some word (`Калласа`) are harmless: they never occur in text. Names in other scripts come back as
/// they are.
enum RussianInflection {
    /// What a name is, which decides how its words change.
    enum Role: Sendable {
        /// A country, city or organisation name: adjectives and the first noun decline.
        case place
        /// A country's adjective or demonym.
        case adjective
        /// A person's name: every capitalised word declines.
        case person
    }

    /// The forms of a name in every case: the name itself first, then the derived forms, each once.
    ///
    /// - Parameters:
    ///   - name: The name in the nominative, as the gazetteer holds it.
    ///   - role: What the name is.
    /// - Returns: `[name]` when the name has no Cyrillic letter.
    static func forms(of name: String, as role: Role) -> [String] {
        guard name.unicodeScalars.contains(where: isCyrillic) else { return [name] }
        var forms = [name]
        var seen: Set<String> = [name]
        let derived: [String]
        if role == .adjective, let adjective = adjectiveForms(name) {
            derived = adjective
        } else {
            derived = phraseForms(name, role: role == .person ? .person : .place)
        }
        for form in derived where seen.insert(form).inserted { forms.append(form) }
        return forms
    }

    /// Whether a scalar is a Cyrillic letter (U+0400…U+052F).
    static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
        (0x0400...0x052F).contains(scalar.value)
    }

    /// The forms of a one-word adjective or demonym in lower case, or `nil` when the name is not one.
    private static func adjectiveForms(_ name: String) -> [String]? {
        guard !name.contains(" "), let first = name.first, first.isLowercase else { return nil }
        if ["ий", "ый", "ой"].contains(where: name.hasSuffix) {
            let stem = String(name.dropLast(2))
            return countryAdjectiveEndings.map { stem + RussianSpelling.ending($0, after: stem) }
        }
        for (ending, endings) in demonymNounParadigms where name.hasSuffix(ending) {
            let stem = String(name.dropLast(ending.count))
            return endings.map { stem + $0 }
        }
        return nil
    }

    /// What a phrase has read so far: whether its head noun has come, and whether its adjectives are plural.
    private struct PhraseState {
        var headFound = false
        var plural = false
    }

    /// The case forms of a multi-word name: each word's forms by case, combined case by case.
    private static func phraseForms(_ name: String, role: Role) -> [String] {
        let tokens = name.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let lastWord = tokens.lastIndex { $0.unicodeScalars.contains(where: isCyrillic) } ?? tokens.count
        var state = PhraseState()
        var slots: [[[String]]] = []
        for (position, token) in tokens.enumerated() {
            slots.append(tokenSlots(token, role: role, isLast: position == lastWord, state: &state))
        }
        var forms: [String] = []
        for slot in 0..<caseCount {
            var combined = [""]
            for (position, token) in slots.enumerated() {
                let separator = position == 0 ? "" : " "
                combined = combined.flatMap { prefix in token[slot].map { prefix + separator + $0 } }
            }
            forms.append(contentsOf: combined)
        }
        return forms
    }

    /// A token's forms by case; a hyphenated token declines in the parts its role says.
    private static func tokenSlots(_ token: String, role: Role, isLast: Bool, state: inout PhraseState) -> [[String]] {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return wordSlots(token, role: role, isLast: isLast, state: &state) }
        var declining = Set(parts.indices)
        if role == .place {
            let linked = parts.dropFirst().dropLast().contains { $0.first?.isLowercase ?? false }
            declining = [linked ? 0 : parts.count - 1]
        }
        let partSlots = parts.enumerated().map { position, part in
            declining.contains(position)
                ? wordSlots(part, role: role, isLast: isLast, state: &state) : constant(part)
        }
        return (0..<caseCount).map { slot in
            partSlots.dropFirst().reduce(partSlots[0][slot]) { prefixes, part in
                prefixes.flatMap { prefix in part[slot].map { prefix + "-" + $0 } }
            }
        }
    }

    /// A word that keeps its form in every case.
    private static func constant(_ word: String) -> [[String]] {
        Array(repeating: [word], count: caseCount)
    }

    /// A word's forms by case.
    private static func wordSlots(_ word: String, role: Role, isLast: Bool, state: inout PhraseState) -> [[String]] {
        guard word.count > 1, word.unicodeScalars.contains(where: isCyrillic), word != word.uppercased() else {
            return constant(word)
        }
        let lower = word.lowercased()
        if let irregular = irregularNouns[lower] { return irregular.map { [$0] } }
        switch role {
        case .person:
            guard word.first?.isUppercase ?? false else { return constant(word) }
            return apply(personParadigm(lower), to: word)
        case .place, .adjective:
            guard !state.headFound else { return constant(word) }
            if !isLast, !neuterParadigms.contains(where: { lower.hasSuffix($0.ending) }),
                let adjective = adjectiveParadigms.first(where: { lower.hasSuffix($0.ending) })
            {
                if pluralAdjectiveEndings.contains(adjective.ending) { state.plural = true }
                return apply(adjective, to: word)
            }
            state.headFound = true
            return apply(placeParadigm(lower, plural: state.plural), to: word)
        }
    }

    /// The class of a place noun, or `nil` when it does not decline.
    private static func placeParadigm(_ lower: String, plural: Bool) -> Paradigm? {
        if plural || pluralNouns.contains(lower) {
            return lower.hasSuffix(pluralParadigm.ending) ? pluralParadigm : nil
        }
        if let neuter = neuterParadigms.first(where: { lower.hasSuffix($0.ending) }) { return neuter }
        return nounParadigm(lower)
    }

    /// The class of a word of a person's name, or `nil` when it does not decline.
    private static func personParadigm(_ lower: String) -> Paradigm? {
        if feminineSurnameEndings.contains(where: { lower.hasSuffix($0) && lower.count > $0.count + 1 }) {
            return feminineSurname
        }
        if masculineSurnameEndings.contains(where: { lower.hasSuffix($0) && lower.count > $0.count + 1 }) {
            return masculineSurname
        }
        if lower.hasSuffix("ский") || lower.hasSuffix("цкий") || lower.hasSuffix("ская") || lower.hasSuffix("цкая") {
            return adjectiveParadigms.first { lower.hasSuffix($0.ending) }
        }
        return nounParadigm(lower)
    }

    /// The noun class of a word by its ending; `nil` for a word ending in a vowel that does not decline.
    private static func nounParadigm(_ lower: String) -> Paradigm? {
        guard let last = lower.last else { return nil }
        if let paradigm = nounParadigms.first(where: { !$0.ending.isEmpty && lower.hasSuffix($0.ending) }) {
            return paradigm
        }
        let indeclinable: Set<Character> = ["о", "е", "и", "у", "ю", "ы", "э", "ё", "а", "я"]
        guard !indeclinable.contains(last), isCyrillic(last.unicodeScalars.first ?? " ") else { return nil }
        return nounParadigms.first { $0.ending.isEmpty }
    }

    /// The forms of a word in a class, case by case; the word itself in every case when `paradigm` is `nil`.
    private static func apply(_ paradigm: Paradigm?, to word: String) -> [[String]] {
        guard let paradigm else { return constant(word) }
        let stem = String(word.dropLast(paradigm.ending.count))
        return paradigm.cases.map { endings in
            var seen: Set<String> = []
            return endings.map { stem + RussianSpelling.ending($0, after: stem) }.filter { seen.insert($0).inserted }
        }
    }
}
