extension VisitFramePhrases {
    /// The Russian cue phrases, each form derived by ``RussianPhraseForms`` from a stem where the verb is regular,
    /// with the status its tense gives: past (прибыл) completed, present (находится) ongoing, future and
    /// infinitive (посетит, посетить) planned.
    private static let russianCues: [Cue] = {
        let past = RussianPhraseForms.past
        let reflexive = RussianPhraseForms.reflexivePast
        let journeys = cues(
            .journey,
            completed: ["прибы", "прилете", "приеха", "отбы", "вылете", "побыва", "соверши", "съезди", "заверши"]
                .flatMap(past)
                + ["отправи", "направи", "находи"].flatMap(reflexive) + ["нанес", "нанесла", "нанесли"],
            ongoing: [
                "находится", "находятся", "пребывает", "пребывают", "прибывает", "прибывают", "прилетает", "приезжает",
                "завершает", "завершают",
            ] + past("нача"),
            planned: [
                "прибудет", "прибудут", "прилетит", "прилетят", "приедет", "приедут", "отправится", "отправятся",
                "направится", "направятся", "совершит", "совершат", "вылетит", "прибыть", "приехать", "прилететь",
                "совершить", "побывать", "нанесет", "нанесут", "поедет", "поедут", "съездит", "отбудет", "побывает",
                "находиться",
            ])
        // Participles ("Токаева, прибывшего в Москву"): their traveller is the person they follow or precede.
        let participles = cues(
            .journey,
            completed: RussianPhraseForms.adjective("прибывш") + RussianPhraseForms.adjective("прилетевш"),
            ongoing: RussianPhraseForms.adjective("находящ").map { $0 + "ся" }, planned: []
        ).map { Cue(words: $0.words, role: $0.role, status: $0.status, isAttributive: true) }
        let visits =
            cues(
                .journey, completed: past("посети"), ongoing: ["посещает", "посещают"],
                planned: ["посетит", "посетят", "посетить"]
            ).map { Cue(words: $0.words, role: $0.role, status: $0.status, placeFollows: true) }
            + cues(.journey, completed: RussianPhraseForms.adjective("посетивш"), ongoing: [], planned: []).map {
                Cue(words: $0.words, role: $0.role, status: $0.status, placeFollows: true, isAttributive: true)
            }
        let nouns = (RussianPhraseForms.masculine("визит") + RussianPhraseForms.feminine("поездк")).map {
            Cue(words: [$0], role: .journey, status: .completed, travellerFollows: true)
        }
        let takingPart = { (forms: [String]) in forms.map { $0 + " участие" } }
        let talks = { (forms: [String]) in forms.flatMap { [$0 + " переговоры", $0 + " встречу"] } }
        let presences = cues(
            .presence,
            completed: takingPart(past("приня")) + talks(past("прове")) + reflexive("встрети")
                + ["встретил", "встретила", "встретившись", "переговоры", "переговорах"] + reflexive("пообща")
                + reflexive("встреча")
                + ["участвова", "выступи", "приня", "приветствова", "подписа", "возложи"].flatMap(past),
            ongoing: takingPart(["принимает", "принимают"]) + talks(["проводит", "проводят"])
                + ["участвует", "участвуют", "встречается", "встречаются"],
            planned: takingPart(["примет", "примут", "принять"]) + talks(["проведет", "проведут", "провести"])
                + ["встретится", "встретятся", "встретиться", "участвовать", "выступит", "подпишут", "подписать"])
        return journeys + participles + visits + nouns + presences
    }()

    /// Russian: the cues of ``russianCues``, the place markers в, во, на with the place in the accusative
    /// or prepositional case (the mentions give it in any case), and the words of status, kind and denial in
    /// their inflected forms.
    static let russian = VisitFramePhrases(
        language: .russian,
        cues: russianCues.sorted { $0.words.count > $1.words.count },
        destinationMarkers: ["в", "во", "на"],
        placeMarkers: ["в", "во", "на"],
        planWords: [
            "будет", "будут", "планирует", "планируют", "планируется", "намерен", "намерена", "намерены",
            "ожидается", "ожидаются", "собирается", "собираются", "предстоит", "намечен", "намечена", "намечено",
            "запланирован", "запланирована", "запланировано", "должен", "должна", "должны", "готовится",
        ] + ["предстоящ", "следующ", "грядущ", "будущ"].flatMap(RussianPhraseForms.adjective),
        cancelWords: [
            "отменен", "отменена", "отменено", "отложен", "отложена", "отложено", "перенесен", "перенесена",
            "перенесено", "отмена", "отмене", "отмену",
        ] + RussianPhraseForms.past("отмени") + RussianPhraseForms.past("отложи")
            + RussianPhraseForms.reflexivePast("сорва"),
        blockerWords: [
            "телефону", "видеосвязи", "видеоконференции", "онлайн", "письмо", "письме", "письмом", "послание",
            "посланием", "пригласить", "приглашает", "приглашение", "если", "бы", "не", "ни", "соболезнования",
        ] + RussianPhraseForms.adjective("телефонн") + RussianPhraseForms.feminine("телеграмм")
            + RussianPhraseForms.past("пригласи")
            + RussianPhraseForms.past("поздрави") + ["выборы", "выборов", "выборах"]
            + RussianPhraseForms.feminineIa("инаугураци")
            + RussianPhraseForms.reflexivePast("отказа") + RussianPhraseForms.reflexivePast("созвони")
            + ["может", "могут", "мог", "могла", "могли"] + RussianPhraseForms.neuter("голосовани")
            + ["надеется", "надеются", "надежду", "надежда", "надеждой"],
        eventWords: RussianPhraseForms.masculine("саммит") + RussianPhraseForms.masculine("форум")
            + RussianPhraseForms.masculine("съезд")
            + RussianPhraseForms.neuter("заседани") + RussianPhraseForms.neuter("совещани")
            + RussianPhraseForms.feminineIa("сесси")
            + RussianPhraseForms.feminineIa("конференци") + ["ассамблея", "ассамблеи", "ассамблее", "ассамблею"],
        residentTitles: ["посол", "посла", "послу", "послом", "послы", "послов", "поверенный"],
        capitalWords: RussianPhraseForms.feminine("столиц"),
        cityWords: RussianPhraseForms.masculine("город"),
        clauseBreakers: ["а", "но", "однако", "хотя", "тогда"],
        pronouns: ["он", "она"],
        possessiveMarks: [],
        possessiveEnding: nil,
        landmarks: [
            (["кремль"], "Moscow"), (["кремля"], "Moscow"), (["кремле"], "Moscow"), (["акорда"], "Astana"),
            (["акорде"], "Astana"), (["акорду"], "Astana"), (["куксарой"], "Tashkent"),
        ],
        // Not "нынешний": "в нынешнем году" names the year, not the text's day.
        todayWords: ["сегодня", "сейчас"],
        arrivalWords: ["прибы", "прилете", "приеха"].flatMap(RussianPhraseForms.past),
        visitNouns: RussianPhraseForms.masculine("визит") + RussianPhraseForms.feminine("поездк") + ["поездок"],
        kinds: russianKinds,
        visitMarkers: ["в", "во", "на"],
        conditionWords: ["если"],
        listJoiners: ["и"],
        articles: [],
        cityLink: nil,
        participleEnding: nil,
        subjectMayFollow: true,
        placeMayPrecede: true,
        placeReferences: ["туда"] + RussianPhraseForms.feminine("республик") + RussianPhraseForms.feminine("стран"),
        absenceMarkers: ["от"],
        relativePronouns: RussianPhraseForms.adjective("котор"))

    /// The Russian levels of a visit, every case form of each adjective: государственный (state),
    /// официальный (official), рабочий (working), частный and неофициальный (private).
    private static let russianKinds: [(words: [String], kind: Visit.Kind)] = {
        let levels: [(stem: String, kind: Visit.Kind)] = [
            ("государственн", .state), ("официальн", .official), ("рабоч", .working), ("частн", .private),
            ("неофициальн", .private),
        ]
        let official = RussianPhraseForms.adjective("официальн")
        let working = RussianPhraseForms.adjective("рабоч")
        let officialWorking = zip(official, working).map { (words: [$0, $1], kind: Visit.Kind.officialWorking) }
        return officialWorking
            + levels.flatMap { level in RussianPhraseForms.adjective(level.stem).map { (words: [$0], kind: level.kind) }
            }
    }()
}
