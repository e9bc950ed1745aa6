extension Person {
    /// An office row for the tables; dates are ISO 8601 at any precision.
    static func o(_ title: String, _ country: CountryCode?, _ start: String?, _ end: String? = nil) -> Office {
        Office(
            title: title, country: country, start: start.flatMap { PartialDate($0) },
            end: end.flatMap { PartialDate($0) })
    }

    /// An office of the European Union.
    static func eu(_ title: String, _ start: String, _ end: String? = nil) -> Office {
        organization("EU", title, start, end)
    }

    /// An office of an international organisation, by the organisation's short name.
    static func organization(_ name: String, _ title: String, _ start: String, _ end: String? = nil) -> Office {
        var office = o(title, nil, start, end)
        office.organization = name
        return office
    }

    /// Heads of state and government of Central Asia since 1991, recent foreign ministers, the leaders of the
    /// region's main partners, and people the region's press quotes.
    ///
    /// `aliases` hold other spellings of the full name and bare names that are unambiguous in the news;
    /// `surnames` hold the surname spellings that need the full name earlier or later in the same text.
    static let table: [Person] = [
        // Kazakhstan.
        Person(
            name: "Nursultan Nazarbayev", country: "KZ", aliases: ["Nazarbayev", "Nazarbaev", "Nursultan Nazarbaev"],
            surnames: ["Nazarbayev"],
            offices: [
                o("President", "KZ", "1990-04-24", "2019-03-20"),
                o("Chairman of the Security Council", "KZ", "1991", "2022-01-05"),
            ]),
        Person(
            name: "Kassym-Jomart Tokayev", country: "KZ",
            aliases: [
                "Kasym-Jomart Tokayev", "Kassym-Jomart Toqaev", "Qasym-Jomart Toqaev", "Kasym-Zhomart Tokayev",
                "Tokayev", "Toqaev", "Tokaev",
            ],
            surnames: ["Tokayev", "Toqaev", "Tokaev"],
            offices: [
                o("Foreign Minister", "KZ", "1994-10-13", "1999-10-01"),
                o("Prime Minister", "KZ", "1999-10-01", "2002-01-28"),
                o("Foreign Minister", "KZ", "2002-06-13", "2007-01-10"),
                o("Chairman of the Senate", "KZ", "2007-01-11", "2011-04-15"),
                o("Chairman of the Senate", "KZ", "2013-10-16", "2019-03-19"), o("President", "KZ", "2019-03-20"),
            ]),
        Person(
            name: "Sergey Tereshchenko", country: "KZ", surnames: ["Tereshchenko"],
            offices: [o("Prime Minister", "KZ", "1991-10-16", "1994-10-12")]),
        Person(
            name: "Akezhan Kazhegeldin", country: "KZ", surnames: ["Kazhegeldin"],
            offices: [o("Prime Minister", "KZ", "1994-10-12", "1997-10-10")]),
        Person(
            name: "Nurlan Balgimbayev", country: "KZ", surnames: ["Balgimbayev"],
            offices: [o("Prime Minister", "KZ", "1997-10-10", "1999-10-01")]),
        Person(
            name: "Imangali Tasmagambetov", country: "KZ", surnames: ["Tasmagambetov"],
            offices: [o("Prime Minister", "KZ", "2002-01-28", "2003-06-13")]),
        Person(
            name: "Daniyal Akhmetov", country: "KZ", surnames: ["Akhmetov"],
            offices: [o("Prime Minister", "KZ", "2003-06-13", "2007-01-09")]),
        Person(
            name: "Karim Massimov", country: "KZ", aliases: ["Karim Masimov"], surnames: ["Massimov", "Masimov"],
            offices: [
                o("Prime Minister", "KZ", "2007-01-10", "2012-09-24"),
                o("Prime Minister", "KZ", "2014-04-02", "2016-09-08"),
            ]),
        Person(
            name: "Serik Akhmetov", country: "KZ", surnames: ["Akhmetov"],
            offices: [o("Prime Minister", "KZ", "2012-09-24", "2014-04-02")]),
        Person(
            name: "Bakytzhan Sagintayev", country: "KZ", aliases: ["Bakhytzhan Sagintayev"], surnames: ["Sagintayev"],
            offices: [o("Prime Minister", "KZ", "2016-09-09", "2019-02-21")]),
        Person(
            name: "Askar Mamin", country: "KZ", surnames: ["Mamin"],
            offices: [o("Prime Minister", "KZ", "2019-02-25", "2022-01-05")]),
        Person(
            name: "Alikhan Smailov", country: "KZ", surnames: ["Smailov"],
            offices: [o("Prime Minister", "KZ", "2022-01-11", "2024-02-05")]),
        Person(
            name: "Olzhas Bektenov", country: "KZ", surnames: ["Bektenov"],
            offices: [o("Prime Minister", "KZ", "2024-02-06")]),
        Person(
            name: "Mukhtar Tileuberdi", country: "KZ", surnames: ["Tileuberdi"],
            offices: [o("Foreign Minister", "KZ", "2019-12-18", "2023-04-01")]),
        Person(
            name: "Murat Nurtleu", country: "KZ", surnames: ["Nurtleu"],
            offices: [o("Foreign Minister", "KZ", "2023-04-01", "2025-02-11")]),
        Person(
            name: "Yermek Kosherbayev", country: "KZ", surnames: ["Kosherbayev"],
            offices: [o("Foreign Minister", "KZ", "2025-02-11")]),
        Person(
            name: "Roman Vassilenko", country: "KZ", aliases: ["Roman Vasilenko"],
            surnames: ["Vassilenko", "Vasilenko"],
            offices: [o("Deputy Foreign Minister", "KZ", "2019-01")]),
        Person(
            name: "Magzhan Ilyassov", country: "KZ", aliases: ["Magzhan Ilyasov"], surnames: ["Ilyassov", "Ilyasov"],
            offices: [o("Ambassador to the United Kingdom", "KZ", "2021")]),
        // Kyrgyzstan.
        Person(
            name: "Askar Akayev", country: "KG", aliases: ["Akayev", "Askar Akaev"], surnames: ["Akayev", "Akaev"],
            offices: [o("President", "KG", "1990-10-27", "2005-04-11")]),
        Person(
            name: "Kurmanbek Bakiyev", country: "KG", aliases: ["Kurmanbek Bakiev"], surnames: ["Bakiyev", "Bakiev"],
            offices: [
                o("Prime Minister", "KG", "2000-12-21", "2002-05-22"), o("President", "KG", "2005-08-14", "2010-04-15"),
            ]),
        Person(
            name: "Roza Otunbayeva", country: "KG", aliases: ["Roza Otunbaeva", "Otunbayeva"],
            surnames: ["Otunbayeva", "Otunbaeva"],
            offices: [
                o("Foreign Minister", "KG", "1994", "1997"), o("Foreign Minister", "KG", "2005-03", "2005-09"),
                o("President", "KG", "2010-04-07", "2011-12-01"),
            ]),
        Person(
            name: "Almazbek Atambayev", country: "KG", aliases: ["Almazbek Atambaev", "Atambayev"],
            surnames: ["Atambayev", "Atambaev"],
            offices: [
                o("Prime Minister", "KG", "2010-12-17", "2011-12-01"), o("President", "KG", "2011-12-01", "2017-11-24"),
            ]),
        Person(
            name: "Sooronbay Jeenbekov", country: "KG", aliases: ["Sooronbai Jeenbekov", "Jeenbekov"],
            surnames: ["Jeenbekov", "Zheenbekov"],
            offices: [
                o("Prime Minister", "KG", "2016-04-13", "2017-08-21"), o("President", "KG", "2017-11-24", "2020-10-15"),
            ]),
        Person(
            name: "Sadyr Japarov", country: "KG",
            aliases: ["Sadyr Zhaparov", "Sadyr Dzhaparov", "Japarov", "Zhaparov"],
            surnames: ["Japarov", "Zhaparov", "Dzhaparov"],
            offices: [o("Prime Minister", "KG", "2020-10-10", "2020-11-14"), o("President", "KG", "2021-01-28")]),
        Person(
            name: "Chingiz Aidarbekov", country: "KG", surnames: ["Aidarbekov"],
            offices: [o("Foreign Minister", "KG", "2018-04-19", "2020-10-14")]),
        Person(
            name: "Nasirdin Isanov", country: "KG", surnames: ["Isanov"],
            offices: [o("Prime Minister", "KG", "1991-01", "1991-11")]),
        Person(
            name: "Tursunbek Chyngyshev", country: "KG", surnames: ["Chyngyshev"],
            offices: [o("Prime Minister", "KG", "1992-02", "1993-12")]),
        Person(
            name: "Apas Jumagulov", country: "KG", surnames: ["Jumagulov"],
            offices: [o("Prime Minister", "KG", "1993-12", "1998-03")]),
        Person(
            name: "Kubanychbek Jumaliyev", country: "KG", surnames: ["Jumaliyev"],
            offices: [o("Prime Minister", "KG", "1998-03", "1998-12")]),
        Person(
            name: "Jumabek Ibraimov", country: "KG", surnames: ["Ibraimov"],
            offices: [o("Prime Minister", "KG", "1998-12", "1999-04")]),
        Person(
            name: "Amangeldy Muraliyev", country: "KG", surnames: ["Muraliyev"],
            offices: [o("Prime Minister", "KG", "1999-04", "2000-12")]),
        Person(
            name: "Nikolai Tanayev", country: "KG", surnames: ["Tanayev"],
            offices: [o("Prime Minister", "KG", "2002-05", "2005-03")]),
        Person(
            name: "Feliks Kulov", country: "KG", surnames: ["Kulov"],
            offices: [o("Prime Minister", "KG", "2005-09", "2007-01")]),
        Person(
            name: "Igor Chudinov", country: "KG", surnames: ["Chudinov"],
            offices: [o("Prime Minister", "KG", "2007-12", "2009-10")]),
        Person(
            name: "Daniar Usenov", country: "KG", surnames: ["Usenov"],
            offices: [o("Prime Minister", "KG", "2009-10", "2010-04")]),
        Person(
            name: "Omurbek Babanov", country: "KG", surnames: ["Babanov"],
            offices: [o("Prime Minister", "KG", "2011-12", "2012-09")]),
        Person(
            name: "Zhantoro Satybaldiyev", country: "KG", surnames: ["Satybaldiyev"],
            offices: [o("Prime Minister", "KG", "2012-09", "2014-03")]),
        Person(
            name: "Djoomart Otorbaev", country: "KG", surnames: ["Otorbaev"],
            offices: [o("Prime Minister", "KG", "2014-04", "2015-04")]),
        Person(
            name: "Temir Sariyev", country: "KG", surnames: ["Sariyev"],
            offices: [o("Prime Minister", "KG", "2015-05", "2016-04")]),
        Person(
            name: "Sapar Isakov", country: "KG", surnames: ["Isakov"],
            offices: [o("Prime Minister", "KG", "2017-08", "2018-04")]),
        Person(
            name: "Mukhammedkalyi Abylgaziev", country: "KG", surnames: ["Abylgaziev"],
            offices: [o("Prime Minister", "KG", "2018-04", "2020-06")]),
        Person(
            name: "Kubatbek Boronov", country: "KG", surnames: ["Boronov"],
            offices: [o("Prime Minister", "KG", "2020-06", "2020-10")]),
        Person(
            name: "Ulukbek Maripov", country: "KG", surnames: ["Maripov"],
            offices: [o("Prime Minister", "KG", "2021-02", "2021-10")]),
        Person(
            name: "Akylbek Japarov", country: "KG", aliases: ["Akylbek Zhaparov"], surnames: ["Japarov", "Zhaparov"],
            offices: [o("Chairman of the Cabinet of Ministers", "KG", "2021-10-12", "2024-12-16")]),
        Person(
            name: "Adylbek Kasymaliev", country: "KG", surnames: ["Kasymaliev"],
            offices: [o("Chairman of the Cabinet of Ministers", "KG", "2024-12-16")]),
        Person(
            name: "Ruslan Kazakbaev", country: "KG", surnames: ["Kazakbaev"],
            offices: [
                o("Foreign Minister", "KG", "2010", "2012"), o("Foreign Minister", "KG", "2020-11-10", "2022-10-26"),
            ]),
        Person(
            name: "Jeenbek Kulubaev", country: "KG", aliases: ["Zheenbek Kulubaev"], surnames: ["Kulubaev"],
            offices: [o("Foreign Minister", "KG", "2022-10-26")]),
        // Tajikistan.
        Person(
            name: "Rahmon Nabiyev", country: "TJ", surnames: ["Nabiyev"],
            offices: [o("President", "TJ", "1991-12-02", "1992-09-07")]),
        Person(
            name: "Emomali Rahmon", country: "TJ",
            aliases: ["Emomali Rakhmon", "Emomali Rahmonov", "Emomali Rakhmonov", "Rahmon", "Rakhmon", "Rakhmonov"],
            surnames: ["Rahmon", "Rakhmon", "Rahmonov", "Rakhmonov"],
            offices: [
                o("Chairman of the Supreme Assembly", "TJ", "1992-11-19", "1994-11-16"),
                o("President", "TJ", "1994-11-16"),
            ]),
        Person(
            name: "Akbar Mirzoyev", country: "TJ", surnames: ["Mirzoyev"],
            offices: [o("Prime Minister", "TJ", "1992-01", "1992-09")]),
        Person(
            name: "Abdumalik Abdullajanov", country: "TJ", surnames: ["Abdullajanov"],
            offices: [o("Prime Minister", "TJ", "1992-11", "1993-12")]),
        Person(
            name: "Abdujalil Samadov", country: "TJ", surnames: ["Samadov"],
            offices: [o("Prime Minister", "TJ", "1993-12", "1994-12")]),
        Person(
            name: "Jamshed Karimov", country: "TJ", surnames: ["Karimov"],
            offices: [o("Prime Minister", "TJ", "1994-12", "1996-02")]),
        Person(
            name: "Yahyo Azimov", country: "TJ", surnames: ["Azimov"],
            offices: [o("Prime Minister", "TJ", "1996-02", "1999-12")]),
        Person(
            name: "Oqil Oqilov", country: "TJ", aliases: ["Akil Akilov"], surnames: ["Oqilov", "Akilov"],
            offices: [o("Prime Minister", "TJ", "1999-12-20", "2013-11-23")]),
        Person(
            name: "Kokhir Rasulzoda", country: "TJ", aliases: ["Qohir Rasulzoda"], surnames: ["Rasulzoda"],
            offices: [o("Prime Minister", "TJ", "2013-11-23")]),
        Person(
            name: "Sirojiddin Muhriddin", country: "TJ", aliases: ["Sirodjidin Aslov", "Sirojiddin Aslov"],
            surnames: ["Muhriddin", "Aslov"],
            offices: [o("Foreign Minister", "TJ", "2013-11-28")]),
        Person(
            name: "Rustam Emomali", country: "TJ", surnames: ["Emomali"],
            offices: [
                o("Chairman of the National Assembly", "TJ", "2020-04-17"), o("Mayor of Dushanbe", "TJ", "2017-01-12"),
            ]),
        // Turkmenistan.
        Person(
            name: "Saparmurat Niyazov", country: "TM", aliases: ["Niyazov"], surnames: ["Niyazov"],
            offices: [o("President", "TM", "1990-10-27", "2006-12-21")]),
        Person(
            name: "Gurbanguly Berdimuhamedov", country: "TM",
            aliases: [
                "Gurbanguly Berdymukhamedov", "Gurbanguly Berdimuhammedov", "Gurbanguly Berdymukhammedov",
                "Gurbanguly Berdimuhamedow",
            ],
            surnames: ["Berdimuhamedov", "Berdymukhamedov", "Berdimuhammedov", "Berdymukhammedov", "Berdimuhamedow"],
            offices: [
                o("President", "TM", "2006-12-21", "2022-03-19"),
                o("Chairman of the Halk Maslahaty", "TM", "2023-01-21"),
                o("National Leader of the Turkmen People", "TM", "2023-01-21"),
            ]),
        Person(
            name: "Serdar Berdimuhamedov", country: "TM",
            aliases: [
                "Serdar Berdymukhamedov", "Serdar Berdimuhammedov", "Serdar Berdymukhammedov", "Serdar Berdimuhamedow",
            ],
            surnames: ["Berdimuhamedov", "Berdymukhamedov", "Berdimuhammedov", "Berdymukhammedov", "Berdimuhamedow"],
            offices: [o("President", "TM", "2022-03-19")]),
        Person(
            name: "Rashid Meredov", country: "TM", aliases: ["Rashid Meredow"], surnames: ["Meredov", "Meredow"],
            offices: [o("Foreign Minister", "TM", "2001-07-11")]),
        // Uzbekistan.
        Person(
            name: "Islam Karimov", country: "UZ", aliases: ["Karimov"], surnames: ["Karimov"],
            offices: [o("President", "UZ", "1990-03-24", "2016-09-02")]),
        Person(
            name: "Nigmatilla Yuldashev", country: "UZ", surnames: ["Yuldashev"],
            offices: [
                o("Acting President", "UZ", "2016-09-02", "2016-09-08"),
                o("Chairman of the Senate", "UZ", "2015-01-22", "2019-01"),
            ]),
        Person(
            name: "Beibut Atamkulov", country: "KZ", surnames: ["Atamkulov"],
            offices: [o("Foreign Minister", "KZ", "2018-12-26", "2019-12-18")]),
        Person(
            name: "Abdulhashim Mutalov", country: "UZ", surnames: ["Mutalov"],
            offices: [o("Prime Minister", "UZ", "1992-01-13", "1995-12-21")]),
        Person(
            name: "Otkir Sultonov", country: "UZ", aliases: ["Utkir Sultanov"], surnames: ["Sultonov", "Sultanov"],
            offices: [o("Prime Minister", "UZ", "1995-12-21", "2003-12-12")]),
        Person(
            name: "Shavkat Mirziyoyev", country: "UZ",
            aliases: ["Shavkat Mirziyoev", "Shavkat Mirzioyev", "Mirziyoyev", "Mirziyoev"],
            surnames: ["Mirziyoyev", "Mirziyoev"],
            offices: [o("Prime Minister", "UZ", "2003-12-12", "2016-12-14"), o("President", "UZ", "2016-09-08")]),
        Person(
            name: "Abdulla Aripov", country: "UZ", surnames: ["Aripov"],
            offices: [o("Prime Minister", "UZ", "2016-12-14")]),
        Person(
            name: "Abdulaziz Kamilov", country: "UZ", surnames: ["Kamilov"],
            offices: [
                o("Foreign Minister", "UZ", "1994", "2003"), o("Foreign Minister", "UZ", "2012-01-12", "2022-07-22"),
            ]),
        Person(
            name: "Vladimir Norov", country: "UZ", surnames: ["Norov"],
            offices: [
                o("Foreign Minister", "UZ", "2006", "2010"), o("Foreign Minister", "UZ", "2022-07-22", "2022-11-14"),
            ]),
        Person(
            name: "Bakhtiyor Saidov", country: "UZ", aliases: ["Bakhtiyar Saidov"], surnames: ["Saidov"],
            offices: [o("Foreign Minister", "UZ", "2022-11-14")]),
        Person(
            name: "Saida Mirziyoyeva", country: "UZ", aliases: ["Saida Mirziyoeva"],
            surnames: ["Mirziyoyeva", "Mirziyoeva"],
            offices: [o("Head of the Presidential Administration", "UZ", "2023-07-15")]),
        // Partners.
        Person(
            name: "Vladimir Putin", country: "RU", aliases: ["Putin"], surnames: ["Putin"],
            offices: [
                o("Prime Minister", "RU", "1999-08-16", "2000-05-07"), o("President", "RU", "2000-05-07", "2008-05-07"),
                o("Prime Minister", "RU", "2008-05-08", "2012-05-07"),
                o("President", "RU", "2012-05-07"),
            ]),
        Person(
            name: "Dmitry Medvedev", country: "RU", aliases: ["Medvedev"], surnames: ["Medvedev"],
            offices: [
                o("President", "RU", "2008-05-07", "2012-05-07"), o("Prime Minister", "RU", "2012-05-08", "2020-01-16"),
            ]),
        Person(
            name: "Mikhail Mishustin", country: "RU", aliases: ["Mishustin"], surnames: ["Mishustin"],
            offices: [o("Prime Minister", "RU", "2020-01-16")]),
        Person(
            name: "Sergey Lavrov", country: "RU", aliases: ["Sergei Lavrov", "Lavrov"], surnames: ["Lavrov"],
            offices: [o("Foreign Minister", "RU", "2004-03-09")]),
        Person(
            name: "Xi Jinping", country: "CN", aliases: ["Xi"], surnames: ["Xi"],
            offices: [o("President", "CN", "2013-03-14")]),
        Person(name: "Li Qiang", country: "CN", surnames: ["Li"], offices: [o("Premier", "CN", "2023-03-11")]),
        Person(
            name: "Wang Yi", country: "CN", surnames: ["Wang"],
            offices: [
                o("Foreign Minister", "CN", "2013-03-16", "2022-12-30"),
                o("Foreign Minister", "CN", "2023-07-25"),
            ]),
        Person(
            name: "Donald Trump", country: "US", aliases: ["Donald J. Trump", "Trump"], surnames: ["Trump"],
            offices: [o("President", "US", "2017-01-20", "2021-01-20"), o("President", "US", "2025-01-20")]),
        Person(
            name: "Joe Biden", country: "US", aliases: ["Joseph Biden", "Biden"], surnames: ["Biden"],
            offices: [
                o("Vice President", "US", "2009-01-20", "2017-01-20"), o("President", "US", "2021-01-20", "2025-01-20"),
            ]),
        Person(
            name: "Barack Obama", country: "US", aliases: ["Obama"], surnames: ["Obama"],
            offices: [o("President", "US", "2009-01-20", "2017-01-20")]),
        Person(
            name: "Antony Blinken", country: "US", aliases: ["Blinken"], surnames: ["Blinken"],
            offices: [o("Secretary of State", "US", "2021-01-26", "2025-01-20")]),
        Person(
            name: "Marco Rubio", country: "US", surnames: ["Rubio"],
            offices: [o("Secretary of State", "US", "2025-01-21")]),
        Person(
            name: "Recep Tayyip Erdoğan", country: "TR", aliases: ["Recep Tayyip Erdogan", "Erdoğan", "Erdogan"],
            surnames: ["Erdoğan", "Erdogan"],
            offices: [o("Prime Minister", "TR", "2003-03-14", "2014-08-28"), o("President", "TR", "2014-08-28")]),
        Person(
            name: "Hakan Fidan", country: "TR", surnames: ["Fidan"],
            offices: [o("Foreign Minister", "TR", "2023-06-04")]),
        Person(
            name: "Ilham Aliyev", country: "AZ", aliases: ["Aliyev"], surnames: ["Aliyev"],
            offices: [o("President", "AZ", "2003-10-31")]),
        Person(
            name: "Narendra Modi", country: "IN", aliases: ["Modi"], surnames: ["Modi"],
            offices: [o("Prime Minister", "IN", "2014-05-26")]),
        Person(
            name: "Emmanuel Macron", country: "FR", aliases: ["Macron"], surnames: ["Macron"],
            offices: [o("President", "FR", "2017-05-14")]),
        Person(
            name: "Olaf Scholz", country: "DE", aliases: ["Scholz"], surnames: ["Scholz"],
            offices: [o("Chancellor", "DE", "2021-12-08", "2025-05-06")]),
        Person(
            name: "Friedrich Merz", country: "DE", aliases: ["Merz"], surnames: ["Merz"],
            offices: [o("Chancellor", "DE", "2025-05-06")]),
        Person(
            name: "Frank-Walter Steinmeier", country: "DE", aliases: ["Steinmeier"], surnames: ["Steinmeier"],
            offices: [o("President", "DE", "2017-03-19")]),
        Person(
            name: "Giorgia Meloni", country: "IT", aliases: ["Meloni"], surnames: ["Meloni"],
            offices: [o("Prime Minister", "IT", "2022-10-22")]),
        Person(
            name: "Viktor Orbán", country: "HU", aliases: ["Viktor Orban", "Orbán", "Orban"],
            surnames: ["Orbán", "Orban"],
            offices: [o("Prime Minister", "HU", "1998-07-06", "2002-05-27"), o("Prime Minister", "HU", "2010-05-29")]),
        Person(
            name: "Alexander Lukashenko", country: "BY",
            aliases: ["Aleksandr Lukashenko", "Alyaksandr Lukashenka", "Lukashenko"],
            surnames: ["Lukashenko"], offices: [o("President", "BY", "1994-07-20")]),
        Person(
            name: "Nikol Pashinyan", country: "AM", aliases: ["Pashinyan"], surnames: ["Pashinyan"],
            offices: [o("Prime Minister", "AM", "2018-05-08")]),
        Person(
            name: "Volodymyr Zelensky", country: "UA", aliases: ["Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"],
            surnames: ["Zelensky", "Zelenskyy"], offices: [o("President", "UA", "2019-05-20")]),
        Person(
            name: "Masoud Pezeshkian", country: "IR", aliases: ["Pezeshkian"], surnames: ["Pezeshkian"],
            offices: [o("President", "IR", "2024-07-28")]),
        Person(
            name: "Tamim bin Hamad Al Thani", country: "QA", aliases: ["Sheikh Tamim bin Hamad Al Thani"],
            surnames: ["Al Thani"],
            offices: [o("Emir", "QA", "2013-06-25")]),
        Person(
            name: "Mohamed bin Zayed Al Nahyan", country: "AE",
            aliases: ["Mohamed bin Zayed", "Sheikh Mohamed bin Zayed"],
            surnames: ["Al Nahyan"], offices: [o("President", "AE", "2022-05-14")]),
        Person(
            name: "Mohammed bin Salman", country: "SA", aliases: ["Mohammed bin Salman Al Saud"],
            offices: [o("Crown Prince", "SA", "2017-06-21"), o("Prime Minister", "SA", "2022-09-27")]),
        Person(
            name: "Ursula von der Leyen", country: "DE", aliases: ["von der Leyen"],
            offices: [eu("President of the European Commission", "2019-12-01")]),
        Person(
            name: "David Cameron", country: "GB", aliases: ["Lord Cameron"], surnames: ["Cameron"],
            offices: [
                o("Prime Minister", "GB", "2010-05-11", "2016-07-13"),
                o("Foreign Secretary", "GB", "2023-11-13", "2024-07-05"),
            ]),
        Person(
            name: "Keir Starmer", country: "GB", aliases: ["Starmer"], surnames: ["Starmer"],
            offices: [o("Prime Minister", "GB", "2024-07-05")]),
        Person(
            name: "Rishi Sunak", country: "GB", aliases: ["Sunak"], surnames: ["Sunak"],
            offices: [o("Prime Minister", "GB", "2022-10-25", "2024-07-05")]),
        Person(
            name: "Nusrat Ghani", country: "GB", surnames: ["Ghani"],
            offices: [
                o("Minister of State for Trade Policy", "GB", "2022", "2024"),
                o("Principal Deputy Speaker of the House of Commons", "GB", "2024-07"),
            ]),
        Person(
            name: "Ukhnaagiin Khürelsükh", country: "MN", aliases: ["Ukhnaa Khurelsukh", "Khurelsukh"],
            surnames: ["Khurelsukh"],
            offices: [o("President", "MN", "2021-06-25")]),
        Person(
            name: "Aleksandar Vučić", country: "RS", aliases: ["Aleksandar Vucic", "Vučić", "Vucic"],
            surnames: ["Vučić", "Vucic"],
            offices: [o("President", "RS", "2017-05-31")]),
        Person(
            name: "Shehbaz Sharif", country: "PK", aliases: ["Shahbaz Sharif"], surnames: ["Sharif"],
            offices: [o("Prime Minister", "PK", "2022-04-11", "2023-08-14"), o("Prime Minister", "PK", "2024-03-04")]),
        Person(
            name: "Ashraf Ghani", country: "AF", surnames: ["Ghani"],
            offices: [o("President", "AF", "2014-09-29", "2021-08-15")]),
        Person(
            name: "Hibatullah Akhundzada", country: "AF", aliases: ["Akhundzada"], surnames: ["Akhundzada"],
            offices: [o("Supreme Leader", "AF", "2021-08-15")]),
        Person(
            name: "Ebrahim Raisi", country: "IR", aliases: ["Raisi"], surnames: ["Raisi"],
            offices: [o("President", "IR", "2021-08-03", "2024-05-19")]),
        Person(
            name: "Yoon Suk Yeol", country: "KR", aliases: ["Yoon Suk-yeol"], surnames: ["Yoon"],
            offices: [o("President", "KR", "2022-05-10", "2025-04-04")]),
        Person(name: "Lee Jae-myung", country: "KR", surnames: ["Lee"], offices: [o("President", "KR", "2025-06-04")]),
        Person(
            name: "Fumio Kishida", country: "JP", aliases: ["Kishida"], surnames: ["Kishida"],
            offices: [
                o("Foreign Minister", "JP", "2012-12-26", "2017-08-03"),
                o("Prime Minister", "JP", "2021-10-04", "2024-10-01"),
            ]),
        Person(
            name: "Shigeru Ishiba", country: "JP", aliases: ["Ishiba"], surnames: ["Ishiba"],
            offices: [o("Prime Minister", "JP", "2024-10-01", "2025-10-21")]),
        Person(
            name: "Charles Michel", country: "BE", surnames: ["Michel"],
            offices: [eu("President of the European Council", "2019-12-01", "2024-11-30")]),
        Person(
            name: "António Costa", country: "PT", aliases: ["Antonio Costa"], surnames: ["Costa"],
            offices: [
                o("Prime Minister", "PT", "2015-11-26", "2024-04-02"),
                eu("President of the European Council", "2024-12-01"),
            ]),
        Person(
            name: "Kaja Kallas", country: "EE", aliases: ["Kallas"], surnames: ["Kallas"],
            offices: [
                o("Prime Minister", "EE", "2021-01-26", "2024-07-23"),
                eu("High Representative of the European Union for Foreign Affairs", "2024-12-01"),
            ]),
        // Officials of Russia, Kazakhstan, Kyrgyzstan and India who speak for their countries' dealings with
        // the region.
        Person(
            name: "Yuri Ushakov", country: "RU", aliases: ["Yury Ushakov", "Ushakov"], surnames: ["Ushakov"],
            offices: [o("Presidential Aide", "RU", "2012-05-21")]),
        Person(
            name: "Alexei Overchuk", country: "RU", aliases: ["Alexey Overchuk", "Overchuk"], surnames: ["Overchuk"],
            offices: [o("Deputy Prime Minister", "RU", "2020-01-21")]),
        Person(
            name: "Marat Khusnullin", country: "RU", aliases: ["Khusnullin"], surnames: ["Khusnullin"],
            offices: [o("Deputy Prime Minister", "RU", "2020-01-21")]),
        Person(
            name: "Sergei Shoigu", country: "RU", aliases: ["Sergey Shoigu", "Shoigu"], surnames: ["Shoigu"],
            offices: [
                o("Defence Minister", "RU", "2012-11-06", "2024-05-12"),
                o("Secretary of the Security Council", "RU", "2024-05-12"),
            ]),
        Person(
            name: "Dauren Abayev", country: "KZ", aliases: ["Dauren Abaev"], surnames: ["Abayev", "Abaev"],
            offices: [o("Ambassador to Russia", "KZ", "2022-04")]),
        Person(
            name: "Talant Mamytov", country: "KG", surnames: ["Mamytov"],
            offices: [o("Chairman of the Supreme Council", "KG", "2020-11-04", "2021-05-05")]),
        Person(
            name: "Rajnath Singh", country: "IN", surnames: ["Singh"],
            offices: [o("Defence Minister", "IN", "2019-05-31")]),
        // Analysts and local officials the region's press quotes.
        Person(
            name: "Daniel Runde", country: "US", surnames: ["Runde"],
            offices: [o("Senior Vice President, Center for Strategic and International Studies", "US", nil)]),
        Person(
            name: "Darren Spinck", country: "US", surnames: ["Spinck"],
            offices: [o("Associate Research Fellow, Henry Jackson Society", "GB", nil)]),
        Person(
            name: "Tahir Büyükakın", country: "TR", aliases: ["Tahir Buyukakin"], surnames: ["Büyükakın", "Buyukakin"],
            offices: [o("Mayor of Kocaeli", "TR", "2019-04")]),
        Person(
            name: "Adem Ceylan", country: "TR", surnames: ["Ceylan"],
            offices: [o("Director of the Gebze Güzeller Industrial Zone", "TR", nil)]),
    ]
}
