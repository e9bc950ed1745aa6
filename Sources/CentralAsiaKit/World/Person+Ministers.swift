extension Person {
    /// A foreign minister (or secretary of state) with one or more terms, each `(start, end)`.
    private static func minister(
        _ name: String, _ country: CountryCode, aliases: [String] = [], surnames: [String],
        title: String = "Foreign Minister", terms: [(String, String?)]
    ) -> Person {
        Person(
            name: name, country: country, aliases: aliases, surnames: surnames,
            offices: terms.map { o(title, country, $0.0, $0.1) })
    }

    /// The foreign ministers of Central Asia since 1991 not listed in ``table``, and the leaders, foreign
    /// ministers and spokespeople of the region's partners since then.
    ///
    /// Terms are given to the day where the date is well known and to the month or year otherwise. Titles
    /// follow ``table``: "Foreign Minister" for every country's minister of foreign (or external) affairs,
    /// "Secretary of State" for the United States, "Foreign Secretary" for the United Kingdom.
    static let ministers: [Person] = centralAsianMinisters + partnerLeaders + partnerMinisters

    /// Foreign ministers of the five states.
    private static let centralAsianMinisters: [Person] = [
        minister(
            "Tuleutai Suleimenov", "KZ", aliases: ["Tuleutay Suleimenov"], surnames: ["Suleimenov"],
            terms: [("1991", "1994-10")]),
        minister(
            "Yerlan Idrissov", "KZ", aliases: ["Erlan Idrissov", "Yerlan Idrisov"], surnames: ["Idrissov", "Idrisov"],
            terms: [("1999-10", "2002-01"), ("2012-09", "2016-12")]),
        minister("Marat Tazhin", "KZ", surnames: ["Tazhin"], terms: [("2007-01", "2009-05")]),
        minister(
            "Kanat Saudabayev", "KZ", aliases: ["Kanat Saudabaev"], surnames: ["Saudabayev", "Saudabaev"],
            terms: [("2009-05", "2011-04")]),
        minister(
            "Yerzhan Kazykhanov", "KZ", aliases: ["Erzhan Kazykhanov"], surnames: ["Kazykhanov"],
            terms: [("2011-04", "2012-09")]),
        minister("Kairat Abdrakhmanov", "KZ", surnames: ["Abdrakhmanov"], terms: [("2016-12", "2018-12")]),
        minister(
            "Muratbek Imanaliyev", "KG", aliases: ["Muratbek Imanaliev"], surnames: ["Imanaliyev", "Imanaliev"],
            terms: [("1997", "2002")]),
        minister("Askar Aitmatov", "KG", surnames: ["Aitmatov"], terms: [("2002", "2005")]),
        minister(
            "Alikbek Jekshenkulov", "KG", aliases: ["Alikbek Dzhekshenkulov"],
            surnames: ["Jekshenkulov", "Dzhekshenkulov"], terms: [("2005", "2007")]),
        minister(
            "Ednan Karabayev", "KG", aliases: ["Ednan Karabaev"], surnames: ["Karabayev", "Karabaev"],
            terms: [("2007", "2009")]),
        minister(
            "Kadyrbek Sarbayev", "KG", aliases: ["Kadyrbek Sarbaev"], surnames: ["Sarbayev", "Sarbaev"],
            terms: [("2009", "2010")]),
        minister(
            "Erlan Abdyldaev", "KG", aliases: ["Erlan Abdyldayev"], surnames: ["Abdyldaev", "Abdyldayev"],
            terms: [("2012", "2018-04")]),
        minister("Rashid Alimov", "TJ", surnames: ["Alimov"], terms: [("1992", "1994")]),
        minister("Talbak Nazarov", "TJ", surnames: ["Nazarov"], terms: [("1994", "2006-11")]),
        minister(
            "Hamrokhon Zarifi", "TJ", aliases: ["Khamrokhon Zarifi"], surnames: ["Zarifi"],
            terms: [("2006-11", "2013-11")]),
        minister("Boris Shikhmuradov", "TM", surnames: ["Shikhmuradov"], terms: [("1995", "2000")]),
        minister(
            "Batyr Berdiyev", "TM", aliases: ["Batyr Berdyev"], surnames: ["Berdiyev", "Berdyev"],
            terms: [("2000", "2001")]),
        minister(
            "Sodiq Safoyev", "UZ", aliases: ["Sadyk Safaev", "Sodyq Safoev"], surnames: ["Safoyev", "Safaev"],
            terms: [("2003", "2005")]),
        minister(
            "Elyor Ganiev", "UZ", aliases: ["Elyor Ganiyev"], surnames: ["Ganiev", "Ganiyev"],
            terms: [("2005", "2006"), ("2010", "2012-01")]),
    ]

    /// Heads of state and government of the partners, and the people who speak for them.
    private static let partnerLeaders: [Person] = [
        Person(
            name: "Boris Yeltsin", country: "RU", aliases: ["Yeltsin"], surnames: ["Yeltsin"],
            offices: [o("President", "RU", "1991-07-10", "1999-12-31")]),
        Person(
            name: "Viktor Chernomyrdin", country: "RU", aliases: ["Chernomyrdin"], surnames: ["Chernomyrdin"],
            offices: [o("Prime Minister", "RU", "1992-12", "1998-03")]),
        Person(
            name: "Mikhail Kasyanov", country: "RU", surnames: ["Kasyanov"],
            offices: [o("Prime Minister", "RU", "2000-05", "2004-02")]),
        Person(
            name: "Mikhail Fradkov", country: "RU", surnames: ["Fradkov"],
            offices: [o("Prime Minister", "RU", "2004-03", "2007-09")]),
        Person(
            name: "Viktor Zubkov", country: "RU", surnames: ["Zubkov"],
            offices: [o("Prime Minister", "RU", "2007-09", "2008-05")]),
        Person(
            name: "Valentina Matviyenko", country: "RU", aliases: ["Valentina Matvienko", "Matviyenko"],
            surnames: ["Matviyenko", "Matvienko"],
            offices: [o("Chairman of the Federation Council", "RU", "2011-09-21")]),
        Person(
            name: "Vyacheslav Volodin", country: "RU", aliases: ["Volodin"], surnames: ["Volodin"],
            offices: [o("Chairman of the State Duma", "RU", "2016-10-05")]),
        Person(
            name: "Dmitry Peskov", country: "RU", aliases: ["Dmitri Peskov", "Peskov"], surnames: ["Peskov"],
            offices: [o("Press Secretary of the President", "RU", "2012-05")]),
        Person(
            name: "Maria Zakharova", country: "RU", aliases: ["Zakharova"], surnames: ["Zakharova"],
            offices: [o("Foreign Ministry Spokesperson", "RU", "2015-08")]),
        Person(
            name: "Jiang Zemin", country: "CN", surnames: ["Jiang"],
            offices: [o("President", "CN", "1993-03-27", "2003-03-15")]),
        Person(
            name: "Hu Jintao", country: "CN", surnames: ["Hu"],
            offices: [o("President", "CN", "2003-03-15", "2013-03-14")]),
        Person(
            name: "Wen Jiabao", country: "CN", surnames: ["Wen"],
            offices: [o("Premier", "CN", "2003-03-16", "2013-03-15")]),
        Person(
            name: "Li Keqiang", country: "CN", surnames: ["Li"],
            offices: [o("Premier", "CN", "2013-03-15", "2023-03-11")]),
        Person(
            name: "George H. W. Bush", country: "US", aliases: ["George H.W. Bush"], surnames: ["Bush"],
            offices: [o("President", "US", "1989-01-20", "1993-01-20")]),
        Person(
            name: "Bill Clinton", country: "US", aliases: ["William J. Clinton"], surnames: ["Clinton"],
            offices: [o("President", "US", "1993-01-20", "2001-01-20")]),
        Person(
            name: "George W. Bush", country: "US", surnames: ["Bush"],
            offices: [o("President", "US", "2001-01-20", "2009-01-20")]),
        Person(
            name: "Mike Pence", country: "US", surnames: ["Pence"],
            offices: [o("Vice President", "US", "2017-01-20", "2021-01-20")]),
        Person(
            name: "Kamala Harris", country: "US", surnames: ["Harris"],
            offices: [o("Vice President", "US", "2021-01-20", "2025-01-20")]),
        Person(
            name: "JD Vance", country: "US", aliases: ["J.D. Vance", "J. D. Vance", "James David Vance"],
            surnames: ["Vance"], offices: [o("Vice President", "US", "2025-01-20")]),
        Person(
            name: "Christopher Landau", country: "US", surnames: ["Landau"],
            offices: [o("Deputy Secretary of State", "US", "2025-03")]),
        Person(
            name: "Abdullah Gül", country: "TR", aliases: ["Abdullah Gul"], surnames: ["Gül", "Gul"],
            offices: [o("President", "TR", "2007-08-28", "2014-08-28")]),
        Person(
            name: "Binali Yıldırım", country: "TR", aliases: ["Binali Yildirim"], surnames: ["Yıldırım", "Yildirim"],
            offices: [o("Prime Minister", "TR", "2016-05-24", "2018-07-09")]),
        Person(
            name: "Jean-Claude Juncker", country: "LU", aliases: ["Juncker"], surnames: ["Juncker"],
            offices: [eu("President of the European Commission", "2014-11-01", "2019-11-30")]),
        Person(
            name: "José Manuel Barroso", country: "PT", aliases: ["Jose Manuel Barroso", "Barroso"],
            surnames: ["Barroso"], offices: [eu("President of the European Commission", "2004-11-22", "2014-10-31")]),
        Person(
            name: "Herman Van Rompuy", country: "BE", aliases: ["Van Rompuy"],
            offices: [eu("President of the European Council", "2009-12-01", "2014-11-30")]),
        Person(
            name: "Donald Tusk", country: "PL", aliases: ["Tusk"], surnames: ["Tusk"],
            offices: [
                o("Prime Minister", "PL", "2007-11-16", "2014-09-22"),
                eu("President of the European Council", "2014-12-01", "2019-11-30"),
                o("Prime Minister", "PL", "2023-12-13"),
            ]),
        Person(
            name: "António Guterres", country: "PT", aliases: ["Antonio Guterres", "Guterres"], surnames: ["Guterres"],
            offices: [organization("UN", "Secretary-General of the United Nations", "2017-01-01")]),
        Person(
            name: "Ban Ki-moon", country: "KR", surnames: ["Ban"],
            offices: [organization("UN", "Secretary-General of the United Nations", "2007-01-01", "2016-12-31")]),
        Person(
            name: "Angela Merkel", country: "DE", aliases: ["Merkel"], surnames: ["Merkel"],
            offices: [o("Chancellor", "DE", "2005-11-22", "2021-12-08")]),
        Person(
            name: "Shinzo Abe", country: "JP", surnames: ["Abe"],
            offices: [
                o("Prime Minister", "JP", "2006-09-26", "2007-09-26"),
                o("Prime Minister", "JP", "2012-12-26", "2020-09-16"),
            ]),
        Person(
            name: "Yoshihide Suga", country: "JP", surnames: ["Suga"],
            offices: [o("Prime Minister", "JP", "2020-09-16", "2021-10-04")]),
        Person(
            name: "Sanae Takaichi", country: "JP", aliases: ["Takaichi"], surnames: ["Takaichi"],
            offices: [o("Prime Minister", "JP", "2025-10-21")]),
        Person(
            name: "Park Geun-hye", country: "KR", surnames: ["Park"],
            offices: [o("President", "KR", "2013-02-25", "2017-03-10")]),
        Person(
            name: "Moon Jae-in", country: "KR", surnames: ["Moon"],
            offices: [o("President", "KR", "2017-05-10", "2022-05-09")]),
        Person(
            name: "Manmohan Singh", country: "IN", surnames: ["Singh"],
            offices: [o("Prime Minister", "IN", "2004-05-22", "2014-05-26")]),
        Person(
            name: "Droupadi Murmu", country: "IN", surnames: ["Murmu"], offices: [o("President", "IN", "2022-07-25")]),
        Person(
            name: "Nawaz Sharif", country: "PK", surnames: ["Sharif"],
            offices: [o("Prime Minister", "PK", "2013-06-05", "2017-07-28")]),
        Person(
            name: "Imran Khan", country: "PK", surnames: ["Khan"],
            offices: [o("Prime Minister", "PK", "2018-08-18", "2022-04-10")]),
        Person(
            name: "Asif Ali Zardari", country: "PK", surnames: ["Zardari"],
            offices: [o("President", "PK", "2008-09-09", "2013-09-09"), o("President", "PK", "2024-03-10")]),
        Person(
            name: "Mahmoud Ahmadinejad", country: "IR", aliases: ["Ahmadinejad"], surnames: ["Ahmadinejad"],
            offices: [o("President", "IR", "2005-08-03", "2013-08-03")]),
        Person(
            name: "Hassan Rouhani", country: "IR", aliases: ["Rouhani"], surnames: ["Rouhani"],
            offices: [o("President", "IR", "2013-08-03", "2021-08-03")]),
        Person(
            name: "Mohammad Mokhber", country: "IR", aliases: ["Mokhber"], surnames: ["Mokhber"],
            offices: [
                o("First Vice President", "IR", "2021-08-08", "2024-07-28"),
                o("Acting President", "IR", "2024-05-20", "2024-07-28"),
            ]),
        Person(
            name: "Ali Khamenei", country: "IR", aliases: ["Ayatollah Ali Khamenei", "Khamenei"],
            surnames: ["Khamenei"],
            offices: [o("Supreme Leader", "IR", "1989-06-04")]),
        Person(
            name: "Heydar Aliyev", country: "AZ", surnames: ["Aliyev"],
            offices: [o("President", "AZ", "1993-06", "2003-10-31")]),
        Person(
            name: "Roman Golovchenko", country: "BY", surnames: ["Golovchenko"],
            offices: [o("Prime Minister", "BY", "2020-06-04", "2025-01")]),
        Person(
            name: "Khaltmaagiin Battulga", country: "MN", aliases: ["Khaltmaa Battulga"], surnames: ["Battulga"],
            offices: [o("President", "MN", "2017-07-10", "2021-06-25")]),
        Person(
            name: "Luvsannamsrain Oyun-Erdene", country: "MN", aliases: ["Oyun-Erdene"], surnames: ["Oyun-Erdene"],
            offices: [o("Prime Minister", "MN", "2021-01-27", "2025-06")]),
        Person(
            name: "Hamid Karzai", country: "AF", aliases: ["Karzai"], surnames: ["Karzai"],
            offices: [o("President", "AF", "2001-12-22", "2014-09-29")]),
    ]

    /// Foreign ministers and secretaries of state of the partners.
    private static let partnerMinisters: [Person] = [
        minister(
            "Andrei Kozyrev", "RU", aliases: ["Andrey Kozyrev", "Kozyrev"], surnames: ["Kozyrev"],
            terms: [("1990-10", "1996-01")]),
        Person(
            name: "Yevgeny Primakov", country: "RU", aliases: ["Yevgeniy Primakov", "Evgeny Primakov", "Primakov"],
            surnames: ["Primakov"],
            offices: [
                o("Foreign Minister", "RU", "1996-01", "1998-09"),
                o("Prime Minister", "RU", "1998-09-11", "1999-05-12"),
            ]),
        minister("Igor Ivanov", "RU", surnames: ["Ivanov"], terms: [("1998-09", "2004-03")]),
        minister("Tang Jiaxuan", "CN", surnames: ["Tang"], terms: [("1998-03", "2003-03")]),
        minister("Li Zhaoxing", "CN", surnames: ["Li"], terms: [("2003-03", "2007-04")]),
        minister("Yang Jiechi", "CN", surnames: ["Yang"], terms: [("2007-04", "2013-03")]),
        minister("Qin Gang", "CN", surnames: ["Qin"], terms: [("2022-12-30", "2023-07-25")]),
        minister(
            "James Baker", "US", aliases: ["James A. Baker"], surnames: ["Baker"], title: "Secretary of State",
            terms: [("1989-01-25", "1992-08-23")]),
        minister(
            "Warren Christopher", "US", surnames: ["Christopher"], title: "Secretary of State",
            terms: [("1993-01-20", "1997-01-17")]),
        minister(
            "Madeleine Albright", "US", aliases: ["Albright"], surnames: ["Albright"], title: "Secretary of State",
            terms: [("1997-01-23", "2001-01-20")]),
        minister(
            "Colin Powell", "US", surnames: ["Powell"], title: "Secretary of State",
            terms: [("2001-01-20", "2005-01-26")]),
        minister(
            "Condoleezza Rice", "US", surnames: ["Rice"], title: "Secretary of State",
            terms: [("2005-01-26", "2009-01-20")]),
        minister(
            "Hillary Clinton", "US", aliases: ["Hillary Rodham Clinton"], surnames: ["Clinton"],
            title: "Secretary of State", terms: [("2009-01-21", "2013-02-01")]),
        minister(
            "John Kerry", "US", surnames: ["Kerry"], title: "Secretary of State",
            terms: [("2013-02-01", "2017-02-01")]),
        minister(
            "Rex Tillerson", "US", aliases: ["Tillerson"], surnames: ["Tillerson"], title: "Secretary of State",
            terms: [("2017-02-01", "2018-03-31")]),
        minister(
            "Mike Pompeo", "US", aliases: ["Michael Pompeo", "Michael R. Pompeo", "Mike R. Pompeo", "Pompeo"],
            surnames: ["Pompeo"], title: "Secretary of State", terms: [("2018-04-26", "2021-01-20")]),
        minister(
            "Mevlüt Çavuşoğlu", "TR", aliases: ["Mevlut Cavusoglu", "Çavuşoğlu", "Cavusoglu"],
            surnames: ["Çavuşoğlu", "Cavusoglu"], terms: [("2014-08-29", "2015-08-28"), ("2015-11-24", "2023-06-04")]),
        Person(
            name: "Ahmet Davutoğlu", country: "TR", aliases: ["Ahmet Davutoglu", "Davutoğlu", "Davutoglu"],
            surnames: ["Davutoğlu", "Davutoglu"],
            offices: [
                o("Foreign Minister", "TR", "2009-05-01", "2014-08-29"),
                o("Prime Minister", "TR", "2014-08-28", "2016-05-24"),
            ]),
        Person(
            name: "Catherine Ashton", country: "GB", surnames: ["Ashton"],
            offices: [eu("High Representative of the European Union for Foreign Affairs", "2009-12-01", "2014-10-31")]),
        Person(
            name: "Federica Mogherini", country: "IT", aliases: ["Mogherini"], surnames: ["Mogherini"],
            offices: [eu("High Representative of the European Union for Foreign Affairs", "2014-11-01", "2019-11-30")]),
        Person(
            name: "Josep Borrell", country: "ES", aliases: ["Josep Borrell Fontelles", "Borrell"],
            surnames: ["Borrell"],
            offices: [eu("High Representative of the European Union for Foreign Affairs", "2019-12-01", "2024-11-30")]),
        minister("Taro Kono", "JP", aliases: ["Taro Kōno"], surnames: ["Kono"], terms: [("2017-08-03", "2019-09-11")]),
        minister(
            "Toshimitsu Motegi", "JP", aliases: ["Motegi"], surnames: ["Motegi"],
            terms: [("2019-09-11", "2021-11-10"), ("2025-10-21", nil)]),
        minister("Yoshimasa Hayashi", "JP", surnames: ["Hayashi"], terms: [("2021-11-10", "2023-09-13")]),
        minister(
            "Yoko Kamikawa", "JP", aliases: ["Kamikawa"], surnames: ["Kamikawa"],
            terms: [("2023-09-13", "2024-10-01")]),
        minister("Takeshi Iwaya", "JP", aliases: ["Iwaya"], surnames: ["Iwaya"], terms: [("2024-10-01", "2025-10-21")]),
        minister("Kang Kyung-wha", "KR", surnames: ["Kang"], terms: [("2017-06", "2021-02")]),
        minister("Chung Eui-yong", "KR", surnames: ["Chung"], terms: [("2021-02", "2022-05")]),
        minister("Park Jin", "KR", surnames: ["Park"], terms: [("2022-05", "2024-01")]),
        minister("Cho Tae-yul", "KR", surnames: ["Cho"], terms: [("2024-01", "2025")]),
        minister(
            "Sushma Swaraj", "IN", aliases: ["Swaraj"], surnames: ["Swaraj"], terms: [("2014-05-26", "2019-05-30")]),
        minister(
            "Subrahmanyam Jaishankar", "IN", aliases: ["S. Jaishankar", "Jaishankar"], surnames: ["Jaishankar"],
            terms: [("2019-05-30", nil)]),
        minister(
            "Shah Mahmood Qureshi", "PK", aliases: ["Qureshi"], surnames: ["Qureshi"],
            terms: [("2018-08-20", "2022-04-10")]),
        minister(
            "Bilawal Bhutto Zardari", "PK", aliases: ["Bilawal Bhutto"], surnames: ["Bhutto Zardari"],
            terms: [("2022-04-27", "2023-08-10")]),
        minister("Ishaq Dar", "PK", surnames: ["Dar"], terms: [("2024-03-11", nil)]),
        minister(
            "Mohammad Javad Zarif", "IR", aliases: ["Javad Zarif"], surnames: ["Zarif"],
            terms: [("2013-08-15", "2021-08-25")]),
        minister(
            "Hossein Amir-Abdollahian", "IR", aliases: ["Amir-Abdollahian", "Hossein Amirabdollahian"],
            surnames: ["Amir-Abdollahian"], terms: [("2021-08-25", "2024-05-19")]),
        minister(
            "Abbas Araghchi", "IR", aliases: ["Abbas Araqchi", "Araghchi"], surnames: ["Araghchi", "Araqchi"],
            terms: [("2024-08-21", nil)]),
        minister(
            "Elmar Mammadyarov", "AZ", aliases: ["Mammadyarov"], surnames: ["Mammadyarov"],
            terms: [("2004-04-02", "2020-07-16")]),
        minister("Jeyhun Bayramov", "AZ", surnames: ["Bayramov"], terms: [("2020-07-16", nil)]),
        minister(
            "Vladimir Makei", "BY", aliases: ["Uladzimir Makei", "Makei"], surnames: ["Makei"],
            terms: [("2012-08-20", "2022-11-26")]),
        minister(
            "Sergei Aleinik", "BY", aliases: ["Sergey Aleinik"], surnames: ["Aleinik"],
            terms: [("2022-12-09", "2024-04")]),
        minister(
            "Maxim Ryzhenkov", "BY", aliases: ["Maksim Ryzhenkov"], surnames: ["Ryzhenkov"],
            terms: [("2024-04", nil)]),
        minister("Amir Khan Muttaqi", "AF", aliases: ["Muttaqi"], surnames: ["Muttaqi"], terms: [("2021-09-07", nil)]),
        minister(
            "Annalena Baerbock", "DE", aliases: ["Baerbock"], surnames: ["Baerbock"],
            terms: [("2021-12-08", "2025-05-06")]),
        minister("Johann Wadephul", "DE", aliases: ["Wadephul"], surnames: ["Wadephul"], terms: [("2025-05-06", nil)]),
        minister(
            "David Lammy", "GB", aliases: ["Lammy"], surnames: ["Lammy"], title: "Foreign Secretary",
            terms: [("2024-07-05", "2025-09-05")]),
    ]
}
