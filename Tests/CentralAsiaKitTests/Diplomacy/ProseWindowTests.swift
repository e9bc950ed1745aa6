import Foundation
import Testing

@testable import CentralAsiaKit

/// The extractors split only the sentences that hold an anchor word; these tests pin where those
/// sentences start and end, that the mention scan reports every anchor word, and that reading only those
/// sentences gives what reading the whole text gives.
@Suite struct ProseWindowTests {
    /// The windows around byte offsets, as the text they cover.
    private func windows(_ text: String, around words: [String]) -> [String] {
        let bytes = Array(text.utf8)
        var anchors: [Int32] = []
        for word in words {
            guard let range = text.range(of: word) else { continue }
            anchors.append(Int32(text.utf8.distance(from: text.startIndex, to: range.lowerBound)))
        }
        anchors.sort()
        let ranges = bytes.withUnsafeBufferPointer { ProseText.sentenceWindows(around: anchors, in: $0) }
        return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func aWindowIsTheSentenceOfItsAnchor() {
        let text = "Talks began. Mr. Li paid a visit to St. Petersburg on Monday. Trade grew.\nA new treaty? Yes."
        #expect(windows(text, around: ["visit"]) == [" Mr. Li paid a visit to St. Petersburg on Monday."])
        #expect(windows(text, around: ["treaty"]) == ["A new treaty?"])
        #expect(windows(text, around: ["Talks"]) == ["Talks began."])
        #expect(windows(text, around: ["Yes"]) == [" Yes."])
        // Two anchors in one sentence give one window; sentences in between are left out.
        #expect(
            windows(text, around: ["paid", "visit", "treaty"]) == [
                " Mr. Li paid a visit to St. Petersburg on Monday.", "A new treaty?",
            ])
    }

    @Test func aFullStopEndsASentenceOnlyBeforeASpaceAndACapital() {
        #expect(
            windows("Prices rose 2.5 percent. the visit went on.", around: ["visit"]) == [
                "Prices rose 2.5 percent. the visit went on."
            ])
        #expect(windows("It ended.The visit went on.", around: ["visit"]) == ["It ended.The visit went on."])
        #expect(windows("It ended. Éva made a visit.", around: ["visit"]) == [" Éva made a visit."])
        // A line break always ends one.
        #expect(windows("No stop here\nthe visit\nnext", around: ["visit"]) == ["the visit\n"])
    }

    @Test func abbreviationsAreReadAsTheTokeniserReadsThem() {
        // "Gen." and "Dr." close abbreviations; "Mast." and "x-st." are longer words and end the sentence.
        #expect(windows("Gen. Ali made a visit.", around: ["visit"]) == ["Gen. Ali made a visit."])
        #expect(windows("Met Dr. Sabyr on a visit.", around: ["visit"]) == ["Met Dr. Sabyr on a visit."])
        #expect(windows("Met Mast. Sabyr on a visit.", around: ["visit"]) == [" Sabyr on a visit."])
        #expect(windows("Met x-st. Sabyr on a visit.", around: ["visit"]) == [" Sabyr on a visit."])
        #expect(windows("Met “St. Sabyr on a visit.", around: ["visit"]) == ["Met “St. Sabyr on a visit."])
    }

    @Test func theScanReportsEveryAnchorWord() {
        let text = "A Visit to Almaty, a state-visit, three visits and the Strategic Partnership Agreement_x."
        let bytes = Array(text.utf8)
        let reading = bytes.withUnsafeBufferPointer { ProseText.standardFinder.extractorReading(inUTF8: $0) }
        let words = reading.anchors.map { offset in
            String(
                decoding: bytes[Int(offset)...].prefix { ProseText.isLetterOrDigit($0) && $0 != 0x5F }, as: UTF8.self)
        }
        #expect(words == ["Visit", "visit", "visits", "Strategic"])
        // Watched words change no mention.
        #expect(
            reading.spans.map { ProseText.standardFinder.automaton.entities[Int($0.entityIndex)] } == [.city("Almaty")])
        #expect(
            ArticleMentions(ProseText.standardFinder.mentions(in: text))
                == ArticleMentions(countries: [], cities: ["Almaty"]))
    }

    /// The sentences a text's anchored reading splits, as text.
    private func anchoredSentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let prose = ProseReadings(bytes, finder: ProseText.standardFinder).anchored
        return prose.tokens.indices
            .filter { $0 == 0 || prose.tokens[$0].sentence != prose.tokens[$0 - 1].sentence }
            .map { prose.string(tokens: $0, through: prose.sentenceRange(of: $0).upperBound - 1) }
    }

    /// A frame cue splits its sentence when it is a whole cue and its sentence names a person or holds a
    /// frame pronoun: a frame reads nothing else.
    @Test(arguments: [
        ("Tokayev is in Minsk.", ["Tokayev is in Minsk."]),
        ("Tokayev is expected to speak.", []),
        ("Tokayev is currently in Minsk.", ["Tokayev is currently in Minsk."]),
        ("Tokayev is currently busy.", []),
        ("Trade is growing. Putin met Tokayev.", ["Putin met Tokayev."]),
        ("Delegations met in Astana.", []),
        ("Talks began. He then arrived in Minsk.", ["He then arrived in Minsk."]),
        ("The ministers held talks in Astana.", []),
        ("Japarov held talks in Astana.", ["Japarov held talks in Astana."]),
        ("Japarov held a forum.", []),
        ("The plane took him to Baku.", ["The plane took him to Baku."]),
        ("Japarov is\nin Minsk.", []),
        // Once a sentence is taken, the anchors after it in that sentence add nothing; the next sentence is
        // checked on its own.
        ("Japarov met Putin and arrived in Minsk. Trade is growing.", ["Japarov met Putin and arrived in Minsk."]),
        ("Japarov met Putin. Trade is growing. He arrived in Minsk.", ["Japarov met Putin.", "He arrived in Minsk."]),
    ])
    func splitsTheSentenceOfAFrameCueThatMayReadSomeone(text: String, sentences: [String]) {
        #expect(anchoredSentences(text) == sentences)
    }

    /// A dialogue noun in lower case splits its sentence only when the sentence holds a word a status cue needs:
    /// the partnership reader reads such a noun only with a status. Capitalised, it is a title, always read.
    @Test(
        arguments: [
            ("Kazakhstan and Uzbekistan held consultations in Astana.", []),
            ("The dialogue between Kazakhstan and Uzbekistan went on.", []),
            (
                "Kazakhstan and Uzbekistan discussed consultations in Astana.",
                ["Kazakhstan and Uzbekistan discussed consultations in Astana."]
            ),
            (
                "Kazakhstan and Uzbekistan will sign a plan of consultations.",
                ["Kazakhstan and Uzbekistan will sign a plan of consultations."]
            ),
            (
                "Kazakhstan and Uzbekistan elevated their dialogue.",
                ["Kazakhstan and Uzbekistan elevated their dialogue."]
            ),
            (
                "The Consultations of Kazakhstan and Uzbekistan began.",
                ["The Consultations of Kazakhstan and Uzbekistan began."]
            ),
            ("Trade grew. Kazakhstan and Uzbekistan held consultations. The plan was signed.", []),
        ] as [(String, [String])])
    func splitsTheSentenceOfALowerCaseDialogueOnlyWithAStatusWord(text: String, sentences: [String]) {
        #expect(anchoredSentences(text) == sentences)
    }

    /// Every status cue has a word among the status words, and so do the headline signs and the elevating
    /// verbs: the words come from the tables.
    @Test func everyStatusCueHasAStatusWord() {
        for cue in PartnershipExtractor.statusCues {
            #expect(cue.words.contains { ProseText.statusWords.contains(ProseText.id(of: $0)) }, "\(cue.words)")
        }
        for word in PartnershipExtractor.headlineSignWords.union(PartnershipExtractor.elevateCues) {
            #expect(ProseText.statusWords.contains(ProseText.id(of: word)), "\(word)")
        }
        #expect(!ProseText.statusWords.contains(ProseText.id(of: "held")))
    }

    /// Reading only the anchored sentences gives what reading the whole text gives, on every diplomacy
    /// and page fixture.
    @Test func anchoredSentencesGiveWhatTheWholeTextGives() throws {
        var texts: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixture.url("diplomacy").path).sorted() {
            texts.append(try Fixture.text("diplomacy/" + name))
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixture.url("pages").path).sorted() {
            for page in PageParser().parseCorpus(try Fixture.text("pages/" + name)).compactMap({ try? $0.get() }) {
                texts += page.articles.map(\.text)
            }
        }
        let extractor = DiplomacyExtractor.standard
        var found = 0
        for text in texts {
            let bytes = Array(text.utf8)
            let readings = ProseReadings(bytes)
            let whole = extractor.extract(readings.whole, reference: nil)
            let anchored = readings.anchored
            if extractor.travel.statesTrips(anchored) { continue }
            let part = extractor.extract(anchored, reference: nil)
            #expect(part.visits == whole.visits, "\(text.prefix(60))")
            #expect(part.partnerships == whole.partnerships, "\(text.prefix(60))")
            #expect(part.travel.isEmpty && whole.travel.isEmpty)
            #expect(
                anchored.tokens.count
                    <= ProseText(bytes: bytes, mentions: [], entities: extractor.mentionFinder.automaton.entityTable)
                    .tokens.count)
            found += part.visits.count + part.partnerships.count
        }
        #expect(found == 135)
    }

    /// Pieces of prose that sit near the edges of the rules: anchor words in every case and next to marks,
    /// hyphens, digits and non-ASCII letters; numbers, possessives, qualifiers, names of every kind; line
    /// breaks, abbreviations and sentence ends.
    private static let pieces: [String] = [
        "visit", "Visit", "visits", "trip", "trips", "journeys", "state-visit", "visit2", "visitors", "“visit”",
        "agreement", "Agreement", "agreements", "memorandum", "Joint", "joint", "statement", "Statement", "dialogue",
        "consultations", "Consultations", "held consultations", "re-signed", "documents", "format", "framework",
        "initiative", "partner", "partners", "“partner”", "strategic",
        "Strategic", "partnership", "Partnership", "comprehensive", "allied", "relations", "alliance", "our",
        "its", "their", "largest", "trade", "reliable", "key", "eight", "Eleven", "twenty-three", "22", "41",
        "foreign", "official", "state", "working", "paid", "will pay", "is on", "arrived", "began", "made",
        "signed", "signed by", "between", "with", "in", "to", "on", "the", "a", "and", "of", "elevate",
        "Tokayev", "Kassym-Jomart Tokayev", "Mirziyoyev", "Serdar Berdimuhamedov", "Kazakhstan", "Uzbekistan",
        "Russia", "the United States", "China", "Moscow", "Astana", "Tashkent", "the C5+1", "SCO", "the EU",
        "BRICS", "on May 15", "in March 2024", "2024", ",", ".", ". The", "!", "?", ":", "(", ")", "—", "-", "’s",
        "\n", "St.", "Dr.", "Mr.", "x-st.", "éight", "visité", "\u{A0}", "_", "Éva",
        // Whole phrases, so that the rules match often.
        "our largest trade partner", "its key partners", "their main “partner”", "a strategic partnership with",
        "elevate relations to a comprehensive strategic partnership", "allied relations with", "signed 41 documents",
        "paid a state visit to", "will pay an official visit to", "is on a working visit in", "the C5+1 format",
        "SCO framework", "eight foreign trips", "22 visits", "the Strategic Partnership Agreement", "a joint statement",
        // Marks and line breaks where tokens and words part ways.
        "comprehensive\nstrategic partnership", "to\nsign", "will\nsign", "and\nthe Roadmap", "”-8 trips",
        "“new”-agreement", "”-41 documents", "partnership-—", "SCO2024 format", "the C5+1x format", "SCO-led format",
        "x-visit", "“visit”-", "agreement’s", "41-documents", "«visit»", "visit…", "•visit", "visit€", "№5-visit",
        "partner\u{A0}visit", "visit\u{AD}s", "agreement×2", "«Газпром»-visit", "Δvisit", "visit\u{0301}",
        // Asides, denials, lists, headlines, topics and retellings.
        ", who met Tokayev,", ", accompanied by Japarov,", "never", "has not", "refused to", "withdrew from",
        "including", "covering", "covers", "Sign", "to Sign", "discussed", "of understanding", "2025–2027",
        "during the visit", "the first such trip", "In April 2022,", "Xi and Mirziyoyev signed", "Rahmon and",
        "Belarusian President", "Alexander Lukashenko",
        // Frame cues, whole and cut short, and the pronouns a frame reads.
        "met", "is in", "is", "held talks", "held", "is currently in", "currently", "took part in", "took him to",
        "He then arrived in", "she", "him", "traveled to", "talks", "taking part", "is expected in",
        // The verb, plurals, and visits called off after they are told.
        "visited", "Visited", "visiting", "will visit", "is visiting", "plans to visit", "to Visit", "invited",
        "did not visit", "Kazakh", "five times", "twice", "paid state visits to", "was postponed", "Putin’s visit",
        // Levels told of their subject, and the EU's officials.
        "have a strategic partnership", "are strategic partners", "allied relationship", "their", "its", ", and",
        ", but", "strategic partnership between", "Strategic Partnership and Cooperation Agreement",
        "Ursula von der Leyen", "signed by von der Leyen and",
        // Subjects of the verb, visits that did not happen, and dates that are not the visit's.
        "hasn’t", "hasn't", "Neither", "nor", ", however,", "If", "whether", "denied", "could have", "several",
        "occasions", "spokesman", "he", "later", "Visits", "since", "until", "was due to", "scrapped plans to",
        "the trip was called off", ";", "who is visiting", "Were", "?",
        // Levels that are not, or not yet.
        "do not have", "could become", "plan to establish", "strategic partners of", "seeking", "were once",
        "While", "Astana and Beijing", "between the two countries", "upgraded their relations to",
    ]

    /// Ends of sentences, and marks that look like one but are not.
    private static let sentenceEnds = [". The", ".\nIn", "! Then", "? So", "\n", ". the", "St. Paul"]

    /// Texts on which reading the anchored sentences once differed from reading the whole text.
    @Test(arguments: [
        "Kazakhstan and Russia agreed to elevate relations to a comprehensive\nstrategic partnership.",
        "Kazakhstan and Russia agreed to elevate relations to a comprehensive\nstrategic partnership with China.",
        "Kazakhstan and Russia signed an agreement to elevate ties to a comprehensive\nTalks went on.\n"
            + "strategic partnership with China.",
        "Kazakhstan and Russia drafted a Trade Agreement to\nsign soon.",
        "Kazakhstan and Russia: the “new”-agreement was signed.", "Kazakhstan and Russia signed ”-41 documents.",
        "Kazakhstan and Russia elevated ties to a strategic partnership-—.", "Talks went on in the SCO2024 format.",
        "Talks went on in the C5+1x format.", "Kazakhstan and Russia signed the Trade Agreement and\nthe Roadmap.",
        "Kazakhstan and Russia signed the Trade Agreement in\nAstana talks went on.",
        "Talks began in Astana. He then arrived in Minsk.", "Tokayev spoke. The plane took him to Baku.",
        "Putin is\nin Minsk. Talks went on.", "Japarov met Tokayev in Astana. Delegations met in Minsk.",
        "Japarov met Tokayev in Astana. HE then arrived in Minsk.", "Japarov spoke in Astana. She arrived in Minsk.",
        "Japarov spoke in Astana. Her plane arrived in Minsk.", "Japarov spoke in Astana. The heir arrived in Minsk.",
        "Japarov spoke in Astana. He2 arrived in Minsk.", "Japarov spoke in Astana. Shelby arrived in Minsk.",
        "Kazakhstan and Uzbekistan re-signed the consultations.", "Kazakhstan and Uzbekistan to\nsign consultations.",
    ])
    func readsEdgeCasesTheSameFromItsAnchoredSentences(text: String) {
        let extractor = DiplomacyExtractor.standard
        let bytes = Array(text.utf8)
        let readings = ProseReadings(bytes)
        let expected = extractor.extract(readings.whole, reference: nil)
        let actual = extractor.extract(readings.anchored, reference: nil)
        #expect(actual.visits == expected.visits)
        #expect(actual.partnerships == expected.partnerships)
    }

    /// A word packed for comparison: its bytes, letters in lower case, first byte lowest; none past eight bytes.
    @Test(
        arguments: [
            ("he", UInt64(0x6568)), ("He", 0x6568), ("HER", 0x72_6568), ("a1", 0x3161),
            ("abcdefgh", 0x6867_6665_6463_6261),
            ("abcdefghi", nil), ("", 0),
        ] as [(String, UInt64?)])
    func packsAWord(word: String, key: UInt64?) {
        #expect(PackedWord.key(word.utf8, foldingCase: true) == key)
    }

    /// The frame pronouns are all short enough to be compared packed.
    @Test func packsEveryFramePronoun() {
        #expect(ProseText.framePronounKeys?.count == VisitFramePhrases.english.pronouns.count)
    }

    /// A total of trips written after a typographic mark and a hyphen still makes the text a summary.
    @Test func findsATotalOfTripsAfterAMarkAndAHyphen() {
        let page = "Serdar Berdimuhamedov made ”-8 trips in 2024."
        let travel = DiplomacyExtractor.standard.travel
        let bytes = Array(page.utf8)
        let anchored = ProseReadings(bytes, finder: ProseText.standardFinder).anchored
        #expect(travel.statesTrips(anchored))
    }

    /// Random prose from ``pieces`` reads the same when only its anchored sentences are split.
    @Test func randomProseReadsTheSameFromItsAnchoredSentences() {
        let extractor = DiplomacyExtractor.standard
        var found = 0
        for seed in SplitMix64.caseSeeds(1_000) {
            var random = SplitMix64(seed: seed)
            var words: [String] = []
            for _ in 0..<(20 + random.below(60)) {
                words.append(Self.pieces[random.below(Self.pieces.count)])
                // Short sentences, so that each holds few anchors.
                if random.below(5) == 0 { words.append(Self.sentenceEnds[random.below(Self.sentenceEnds.count)]) }
            }
            let text = words.joined(separator: random.below(4) == 0 ? "  " : " ")
            let bytes = Array(text.utf8)
            let readings = ProseReadings(bytes)
            let (whole, anchored) = (readings.whole, readings.anchored)
            let travel = extractor.travel
            #expect(travel.statesTrips(anchored) == travel.statesTrips(whole), "seed \(seed): \(text)")
            guard !travel.statesTrips(whole) else { continue }
            let expected = extractor.extract(whole, reference: nil)
            let actual = extractor.extract(anchored, reference: nil)
            #expect(actual.visits == expected.visits, "seed \(seed): \(text)")
            #expect(actual.partnerships == expected.partnerships, "seed \(seed): \(text)")
            found += expected.visits.count + expected.partnerships.count
        }
        #expect(found > 500)
    }
}
