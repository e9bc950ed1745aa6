/// The inflected forms of Russian words, derived by rule from a stem: what the Russian phrase tables list
/// instead of every form by hand.
///
/// The phrase tables need common words in every case and number, plural included, and verbs in the past:
/// names are declined by `RussianInflection` (singular, for the mention automaton) and date words by
/// `RussianForms`; these are the forms of ordinary words.
///
/// Only the regular patterns the tables need: adjectives (государственный, рабочий), three noun
/// declensions (визит, поездка, заседание, сессия) and past-tense verbs (прибыл, встретился). The spelling
/// rules apply: after г к х ж ч ш щ an ending's `ы` is written `и` (рабочие, поездки); after ж ч ш щ ц an
/// unstressed ending's `о` is written `е` (рабочего, столицей). Every form is lower case.
enum RussianPhraseForms {
    /// The case endings of a hard masculine noun (визит), singular then plural.
    private static let masculineEndings = ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"]
    /// The case endings of a feminine noun in -а (поездк-а), singular and plural but the genitive plural.
    private static let feminineEndings = ["а", "ы", "е", "у", "ой", "ам", "ами", "ах"]
    /// The case endings of a neuter noun in -ие (заседани-е), singular and plural.
    private static let neuterEndings = ["е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях"]
    /// The case endings of a feminine noun in -ия (сесси-я), singular and plural.
    private static let feminineIaEndings = ["я", "и", "ю", "ей", "й", "ям", "ями", "ях"]
    /// The endings of a past-tense verb: masculine, feminine, plural, neuter (прибы-л).
    private static let pastEndings = ["л", "ла", "ли", "ло"]
    /// The endings of a reflexive past-tense verb (встрети-лся).
    private static let reflexivePastEndings = ["лся", "лась", "лись", "лось"]

    /// Every case form of an adjective, from its stem ("государственн" → государственный, государственного, …).
    static func adjective(_ stem: String) -> [String] { RussianSpelling.adjectiveForms(stem: stem) }

    /// Every case form of a hard masculine noun, from its nominative ("визит" → визита, визиту, …).
    static func masculine(_ noun: String) -> [String] {
        masculineEndings.map { RussianSpelling.joinUnstressed(noun, $0) }
    }

    /// The case forms of a feminine noun in -а, from its stem ("поездк" → поездка, поездки, …); the
    /// genitive plural (поездок) is irregular and listed where needed.
    static func feminine(_ stem: String) -> [String] {
        feminineEndings.map { RussianSpelling.joinUnstressed(stem, $0) }
    }

    /// Every case form of a neuter noun in -ие, from its stem ("заседани" → заседание, заседания, …).
    static func neuter(_ stem: String) -> [String] { neuterEndings.map { stem + $0 } }

    /// Every case form of a feminine noun in -ия, from its stem ("сесси" → сессия, сессии, …).
    static func feminineIa(_ stem: String) -> [String] { feminineIaEndings.map { stem + $0 } }

    /// The past-tense forms of a verb, from its stem ("прибы" → прибыл, прибыла, прибыли, прибыло).
    static func past(_ stem: String) -> [String] { pastEndings.map { stem + $0 } }

    /// The past-tense forms of a reflexive verb ("встрети" → встретился, встретилась, встретились, …).
    static func reflexivePast(_ stem: String) -> [String] { reflexivePastEndings.map { stem + $0 } }
}
