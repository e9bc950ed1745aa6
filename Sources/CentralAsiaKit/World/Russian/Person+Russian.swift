extension Person {
    /// A person's name in Russian, in the nominative: the parts ``Gazetteer/standard`` combines into the
    /// person's ``aliases`` and ``surnames``.
    struct RussianName: Sendable {
        /// The canonical English name of a person of ``table`` or ``ministers``.
        let person: String
        /// The first names in every spelling (`Касым-Жомарт`, `Қасым-Жомарт`); a name with a particle keeps it
        /// (`Мухаммед бен`).
        let firstNames: [String]
        /// The patronymic, when the press uses it (`Кемелевич`).
        let patronymic: String?
        /// The surnames in every spelling (`Токаев`, `Тоқаев`); empty when ``firstNames`` are whole names that
        /// are never cut (`Си Цзиньпин`).
        let surnames: [String]
    }

    /// A row of ``russianNames``.
    private static func ru(
        _ person: String, _ first: [String], _ patronymic: String? = nil, _ surnames: [String]
    )
        -> RussianName
    {
        RussianName(person: person, firstNames: first, patronymic: patronymic, surnames: surnames)
    }

    /// The Russian names of the people of the tables, merged by ``Gazetteer/standard``: first name and surname,
    /// first name, patronymic and surname, first name and patronymic (`Шавкат Миромонович`), initials and
    /// surname (`В. Путин`, `В. В. Путин`), and the bare surname (an alias when the English table has the
    /// bare surname as an alias, else a surname that needs the full name in the same text).
    /// ``MentionFinder`` derives the other cases (``RussianInflection``).
    static let russianNames: [RussianName] = [
        // Kazakhstan.
        ru("Nursultan Nazarbayev", ["Нурсултан"], "Абишевич", ["Назарбаев"]),
        ru("Kassym-Jomart Tokayev", ["Касым-Жомарт", "Қасым-Жомарт"], "Кемелевич", ["Токаев", "Тоқаев"]),
        ru("Sergey Tereshchenko", ["Сергей"], "Александрович", ["Терещенко"]),
        ru("Akezhan Kazhegeldin", ["Акежан"], "Магжанович", ["Кажегельдин"]),
        ru("Nurlan Balgimbayev", ["Нурлан"], "Утебович", ["Балгимбаев"]),
        ru("Imangali Tasmagambetov", ["Имангали"], "Нургалиевич", ["Тасмагамбетов"]),
        ru("Daniyal Akhmetov", ["Даниал", "Данияль"], "Кенжетаевич", ["Ахметов"]),
        ru("Karim Massimov", ["Карим"], "Кажимканович", ["Масимов", "Массимов"]),
        ru("Serik Akhmetov", ["Серик"], nil, ["Ахметов"]),
        ru("Bakytzhan Sagintayev", ["Бакытжан"], "Абдирович", ["Сагинтаев"]),
        ru("Askar Mamin", ["Аскар"], "Узакпаевич", ["Мамин"]),
        ru("Alikhan Smailov", ["Алихан"], "Асханович", ["Смаилов"]),
        ru("Olzhas Bektenov", ["Олжас"], "Абаевич", ["Бектенов"]),
        ru("Mukhtar Tileuberdi", ["Мухтар"], nil, ["Тлеуберди"]),
        ru("Murat Nurtleu", ["Мурат"], nil, ["Нуртлеу"]),
        ru("Yermek Kosherbayev", ["Ермек"], nil, ["Кошербаев"]),
        ru("Roman Vassilenko", ["Роман"], nil, ["Василенко"]),
        ru("Magzhan Ilyassov", ["Магжан"], nil, ["Ильясов"]),
        ru("Marat Tazhin", ["Марат"], nil, ["Тажин"]),
        ru("Kairat Abdrakhmanov", ["Кайрат"], nil, ["Абдрахманов"]),
        ru("Yerlan Idrissov", ["Ерлан"], nil, ["Идрисов"]),
        ru("Kanat Saudabayev", ["Канат"], nil, ["Саудабаев"]),
        ru("Yerzhan Kazykhanov", ["Ержан"], nil, ["Казыханов"]),
        ru("Tuleutai Suleimenov", ["Тулеутай"], nil, ["Сулейменов"]),
        ru("Dauren Abayev", ["Даурен"], nil, ["Абаев"]),
        // Kyrgyzstan.
        ru("Askar Akayev", ["Аскар"], "Акаевич", ["Акаев"]),
        ru("Kurmanbek Bakiyev", ["Курманбек"], "Салиевич", ["Бакиев"]),
        ru("Roza Otunbayeva", ["Роза"], "Исаковна", ["Отунбаева"]),
        ru("Almazbek Atambayev", ["Алмазбек"], "Шаршенович", ["Атамбаев"]),
        ru("Sooronbay Jeenbekov", ["Сооронбай"], "Шарипович", ["Жээнбеков", "Жеенбеков"]),
        ru("Sadyr Japarov", ["Садыр"], "Нургожоевич", ["Жапаров", "Джапаров"]),
        ru("Chingiz Aidarbekov", ["Чингиз"], nil, ["Айдарбеков"]),
        ru("Feliks Kulov", ["Феликс"], "Шаршенбаевич", ["Кулов"]),
        ru("Daniar Usenov", ["Данияр"], nil, ["Усенов"]),
        ru("Omurbek Babanov", ["Омурбек"], nil, ["Бабанов"]),
        ru("Zhantoro Satybaldiyev", ["Жанторо"], nil, ["Сатыбалдиев"]),
        ru("Djoomart Otorbaev", ["Джоомарт"], nil, ["Оторбаев"]),
        ru("Temir Sariyev", ["Темир"], nil, ["Сариев"]),
        ru("Sapar Isakov", ["Сапар"], nil, ["Исаков"]),
        ru("Mukhammedkalyi Abylgaziev", ["Мухаммедкалый"], nil, ["Абылгазиев"]),
        ru("Kubatbek Boronov", ["Кубатбек"], nil, ["Боронов"]),
        ru("Ulukbek Maripov", ["Улукбек"], nil, ["Марипов"]),
        ru("Akylbek Japarov", ["Акылбек"], nil, ["Жапаров", "Джапаров"]),
        ru("Adylbek Kasymaliev", ["Адылбек"], nil, ["Касымалиев"]),
        ru("Ruslan Kazakbaev", ["Руслан"], nil, ["Казакбаев"]),
        ru("Jeenbek Kulubaev", ["Жээнбек", "Жеенбек"], nil, ["Кулубаев"]),
        ru("Talant Mamytov", ["Талант"], nil, ["Мамытов"]),
        ru("Askar Aitmatov", ["Аскар"], nil, ["Айтматов"]),
        ru("Erlan Abdyldaev", ["Эрлан"], nil, ["Абдылдаев"]),
        ru("Muratbek Imanaliyev", ["Муратбек"], nil, ["Иманалиев"]),
        ru("Kadyrbek Sarbayev", ["Кадырбек"], nil, ["Сарбаев"]),
        // Tajikistan.
        ru("Rahmon Nabiyev", ["Рахмон"], nil, ["Набиев"]),
        ru("Emomali Rahmon", ["Эмомали"], "Шарипович", ["Рахмон", "Рахмонов"]),
        ru("Akbar Mirzoyev", ["Акбар"], nil, ["Мирзоев"]),
        ru("Kokhir Rasulzoda", ["Кохир", "Кахир"], nil, ["Расулзода"]),
        ru("Sirojiddin Muhriddin", ["Сироджиддин"], nil, ["Мухриддин", "Аслов"]),
        ru("Rustam Emomali", ["Рустам"], nil, ["Эмомали"]),
        ru("Rashid Alimov", ["Рашид"], nil, ["Алимов"]),
        ru("Talbak Nazarov", ["Талбак"], nil, ["Назаров"]),
        ru("Hamrokhon Zarifi", ["Хамрохон"], nil, ["Зарифи"]),
        // Turkmenistan.
        ru("Saparmurat Niyazov", ["Сапармурат"], "Атаевич", ["Ниязов"]),
        ru("Gurbanguly Berdimuhamedov", ["Гурбангулы"], "Мяликгулыевич", ["Бердымухамедов"]),
        ru("Serdar Berdimuhamedov", ["Сердар"], "Гурбангулыевич", ["Бердымухамедов"]),
        ru("Rashid Meredov", ["Рашид"], "Оразович", ["Мередов"]),
        ru("Boris Shikhmuradov", ["Борис"], nil, ["Шихмурадов"]),
        ru("Batyr Berdiyev", ["Батыр"], nil, ["Бердыев"]),
        // Uzbekistan.
        ru("Islam Karimov", ["Ислам"], "Абдуганиевич", ["Каримов"]),
        ru("Otkir Sultonov", ["Уткир"], nil, ["Султанов"]),
        ru("Shavkat Mirziyoyev", ["Шавкат"], "Миромонович", ["Мирзиёев"]),
        ru("Abdulla Aripov", ["Абдулла"], "Нигматович", ["Арипов"]),
        ru("Abdulaziz Kamilov", ["Абдулазиз"], "Хафизович", ["Камилов"]),
        ru("Vladimir Norov", ["Владимир"], "Имамович", ["Норов"]),
        ru("Bakhtiyor Saidov", ["Бахтиёр"], nil, ["Саидов"]),
        ru("Saida Mirziyoyeva", ["Саида"], "Шавкатовна", ["Мирзиёева"]),
        ru("Sodiq Safoyev", ["Содик"], nil, ["Сафаев"]),
        ru("Elyor Ganiev", ["Элёр"], nil, ["Ганиев"]),
        // Russia.
        ru("Vladimir Putin", ["Владимир"], "Владимирович", ["Путин"]),
        ru("Dmitry Medvedev", ["Дмитрий"], "Анатольевич", ["Медведев"]),
        ru("Mikhail Mishustin", ["Михаил"], "Владимирович", ["Мишустин"]),
        ru("Sergey Lavrov", ["Сергей"], "Викторович", ["Лавров"]),
        ru("Boris Yeltsin", ["Борис"], "Николаевич", ["Ельцин"]),
        ru("Viktor Chernomyrdin", ["Виктор"], "Степанович", ["Черномырдин"]),
        ru("Mikhail Kasyanov", ["Михаил"], "Михайлович", ["Касьянов"]),
        ru("Mikhail Fradkov", ["Михаил"], "Ефимович", ["Фрадков"]),
        ru("Viktor Zubkov", ["Виктор"], "Алексеевич", ["Зубков"]),
        ru("Valentina Matviyenko", ["Валентина"], "Ивановна", ["Матвиенко"]),
        ru("Vyacheslav Volodin", ["Вячеслав"], "Викторович", ["Володин"]),
        ru("Dmitry Peskov", ["Дмитрий"], "Сергеевич", ["Песков"]),
        ru("Maria Zakharova", ["Мария"], "Владимировна", ["Захарова"]),
        ru("Yevgeny Primakov", ["Евгений"], "Максимович", ["Примаков"]),
        ru("Yuri Ushakov", ["Юрий"], "Викторович", ["Ушаков"]),
        ru("Alexei Overchuk", ["Алексей"], "Логвинович", ["Оверчук"]),
        ru("Marat Khusnullin", ["Марат"], "Шакирзянович", ["Хуснуллин"]),
        ru("Sergei Shoigu", ["Сергей"], "Кужугетович", ["Шойгу"]),
        ru("Igor Ivanov", ["Игорь"], "Сергеевич", ["Иванов"]),
        ru("Andrei Kozyrev", ["Андрей"], "Владимирович", ["Козырев"]),
        // China.
        ru("Xi Jinping", ["Си Цзиньпин"], nil, []),
        ru("Li Qiang", ["Ли Цян"], nil, []),
        ru("Wang Yi", ["Ван И"], nil, []),
        ru("Jiang Zemin", ["Цзян Цзэминь"], nil, []),
        ru("Hu Jintao", ["Ху Цзиньтао"], nil, []),
        ru("Wen Jiabao", ["Вэнь Цзябао"], nil, []),
        ru("Li Keqiang", ["Ли Кэцян"], nil, []),
        // The United States.
        ru("Donald Trump", ["Дональд"], nil, ["Трамп"]),
        ru("Joe Biden", ["Джо", "Джозеф"], nil, ["Байден"]),
        ru("Barack Obama", ["Барак"], nil, ["Обама"]),
        ru("Antony Blinken", ["Энтони"], nil, ["Блинкен"]),
        ru("Marco Rubio", ["Марко"], nil, ["Рубио"]),
        ru("Bill Clinton", ["Билл"], nil, ["Клинтон"]),
        ru("George W. Bush", ["Джордж"], nil, ["Буш"]),
        ru("Mike Pence", ["Майк"], nil, ["Пенс"]),
        ru("Kamala Harris", ["Камала"], nil, ["Харрис"]),
        ru("JD Vance", ["Джей Ди"], nil, ["Вэнс"]),
        // Other partners.
        ru("Recep Tayyip Erdoğan", ["Реджеп Тайип"], nil, ["Эрдоган"]),
        ru("Hakan Fidan", ["Хакан"], nil, ["Фидан"]),
        ru("Ilham Aliyev", ["Ильхам"], nil, ["Алиев"]),
        ru("Heydar Aliyev", ["Гейдар"], nil, ["Алиев"]),
        ru("Narendra Modi", ["Нарендра"], nil, ["Моди"]),
        ru("Emmanuel Macron", ["Эмманюэль"], nil, ["Макрон"]),
        ru("Olaf Scholz", ["Олаф"], nil, ["Шольц"]),
        ru("Friedrich Merz", ["Фридрих"], nil, ["Мерц"]),
        ru("Frank-Walter Steinmeier", ["Франк-Вальтер"], nil, ["Штайнмайер"]),
        ru("Angela Merkel", ["Ангела"], nil, ["Меркель"]),
        ru("Giorgia Meloni", ["Джорджа"], nil, ["Мелони"]),
        ru("Viktor Orbán", ["Виктор"], nil, ["Орбан"]),
        ru("Alexander Lukashenko", ["Александр"], "Григорьевич", ["Лукашенко"]),
        ru("Roman Golovchenko", ["Роман"], nil, ["Головченко"]),
        ru("Nikol Pashinyan", ["Никол"], nil, ["Пашинян"]),
        ru("Volodymyr Zelensky", ["Владимир"], nil, ["Зеленский"]),
        ru("Masoud Pezeshkian", ["Масуд"], nil, ["Пезешкиан"]),
        ru("Ebrahim Raisi", ["Эбрахим"], nil, ["Раиси"]),
        ru("Hassan Rouhani", ["Хасан"], nil, ["Роухани"]),
        ru("Ali Khamenei", ["Али"], nil, ["Хаменеи"]),
        ru("Mohammed bin Salman", ["Мухаммед бен"], nil, ["Сальман"]),
        ru("Tamim bin Hamad Al Thani", ["Тамим бен Хамад"], nil, ["Аль Тани"]),
        ru("Mohamed bin Zayed Al Nahyan", ["Мухаммед бен"], nil, ["Заид Аль Нахайян"]),
        ru("Ursula von der Leyen", ["Урсула"], nil, ["фон дер Ляйен"]),
        ru("Shehbaz Sharif", ["Шахбаз"], nil, ["Шариф"]),
        ru("Imran Khan", ["Имран Хан"], nil, []),
        ru("Ukhnaagiin Khürelsükh", ["Ухнаагийн"], nil, ["Хурэлсух"]),
        ru("Fumio Kishida", ["Фумио"], nil, ["Кисида"]),
        ru("Shigeru Ishiba", ["Сигэру"], nil, ["Исиба"]),
        ru("Shinzo Abe", ["Синдзо"], nil, ["Абэ"]),
        ru("Yoon Suk Yeol", ["Юн Сок Ёль"], nil, []),
        ru("Moon Jae-in", ["Мун Чжэ Ин"], nil, []),
        ru("Charles Michel", ["Шарль"], nil, ["Мишель"]),
        ru("Josep Borrell", ["Жозеп"], nil, ["Боррель"]),
        ru("Kaja Kallas", ["Кая"], nil, ["Каллас"]),
        ru("António Guterres", ["Антониу"], nil, ["Гутерриш"]),
        ru("Ban Ki-moon", ["Пан Ги Мун"], nil, []),
        ru("Ashraf Ghani", ["Ашраф"], nil, ["Гани"]),
        ru("Hamid Karzai", ["Хамид"], nil, ["Карзай"]),
        ru("Aleksandar Vučić", ["Александр"], nil, ["Вучич"]),
        ru("Rajnath Singh", ["Раджнат"], nil, ["Сингх"]),
        ru("Subrahmanyam Jaishankar", ["Субраманьям"], nil, ["Джайшанкар"]),
        ru("Ishaq Dar", ["Исхак"], nil, ["Дар"]),
        ru("Jeyhun Bayramov", ["Джейхун"], nil, ["Байрамов"]),
        ru("Amir Khan Muttaqi", ["Амир Хан"], nil, ["Муттаки"]),
        ru("Abbas Araghchi", ["Аббас"], nil, ["Аракчи"]),
        ru("Mevlüt Çavuşoğlu", ["Мевлют"], nil, ["Чавушоглу"]),
        ru("Annalena Baerbock", ["Анналена"], nil, ["Бербок"]),
        ru("Vladimir Makei", ["Владимир"], nil, ["Макей"]),
        ru("Maxim Ryzhenkov", ["Максим"], nil, ["Рыженков"]),
        ru("John Kerry", ["Джон"], nil, ["Керри"]),
        ru("Mike Pompeo", ["Майк"], nil, ["Помпео"]),
        ru("Hillary Clinton", ["Хиллари"], nil, ["Клинтон"]),
    ]
}
