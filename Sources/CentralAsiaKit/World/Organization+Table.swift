extension Organization {
    /// A membership row for the table below.
    private static func m(
        _ country: CountryCode, _ role: Membership.Role = .member, _ since: String? = nil
    ) -> Membership {
        Membership(country, role: role, since: since.flatMap { PartialDate($0) })
    }

    /// Full members without recorded dates.
    private static func members(_ codes: [CountryCode], since: String? = nil) -> [Membership] {
        codes.map { m($0, .member, since) }
    }

    /// The "Central Asia + X" formats share their five Central Asian participants.
    private static func centralAsiaPlus(_ partner: CountryCode, since: String?) -> [Membership] {
        members(["KZ", "KG", "TJ", "TM", "UZ"], since: since) + [m(partner, .partner, since)]
    }

    /// The organisations and formats of Central Asian diplomacy and their main partners.
    ///
    /// Membership lists are complete for the regional bodies (CIS, CSTO, SCO, EAEU, BRICS, OTS, ECO, CAREC and
    /// the formats); for the global ones (UN, IMF, World Bank, OIC, OSCE) they are left empty or list only the
    /// region, and say so in a comment.
    static let table: [Organization] = [
        Organization(
            name: "CIS", fullName: "Commonwealth of Independent States",
            aliases: ["Commonwealth of Independent States"],
            members: members(["AM", "AZ", "BY", "KZ", "KG", "MD", "RU", "TJ", "UZ"], since: "1991-12-21")
                + [m("TM", .associate, "2005-08-26")]),
        Organization(
            name: "CSTO", fullName: "Collective Security Treaty Organization",
            aliases: ["Collective Security Treaty Organization", "Collective Security Treaty Organisation"],
            members: members(["AM", "BY", "KZ", "KG", "RU", "TJ"], since: "2002-10-07")),
        Organization(
            name: "SCO", fullName: "Shanghai Cooperation Organisation",
            aliases: ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO Plus"],
            members: members(["CN", "KZ", "KG", "RU", "TJ", "UZ"], since: "2001-06-15")
                + [
                    m("IN", .member, "2017-06-09"), m("PK", .member, "2017-06-09"), m("IR", .member, "2023-07-04"),
                    m("BY", .member, "2024-07-04"), m("AF", .observer), m("MN", .observer, "2004"),
                    m("AZ", .dialoguePartner), m("AM", .dialoguePartner), m("KH", .dialoguePartner),
                    m("NP", .dialoguePartner), m("TR", .dialoguePartner), m("LK", .dialoguePartner),
                    m("EG", .dialoguePartner), m("QA", .dialoguePartner), m("SA", .dialoguePartner),
                    m("KW", .dialoguePartner), m("MV", .dialoguePartner), m("MM", .dialoguePartner),
                    m("AE", .dialoguePartner), m("BH", .dialoguePartner), m("LA", .dialoguePartner),
                ]),
        Organization(
            name: "EAEU", fullName: "Eurasian Economic Union",
            aliases: ["Eurasian Economic Union", "EAEU", "EEU", "Eurasian Union"],
            members: [
                m("RU", .member, "2015-01-01"), m("BY", .member, "2015-01-01"), m("KZ", .member, "2015-01-01"),
                m("AM", .member, "2015-01-02"), m("KG", .member, "2015-08-12"), m("UZ", .observer, "2020-12-11"),
                m("CU", .observer, "2020-12-11"), m("IR", .observer, "2024-12-26"),
            ]),
        Organization(
            name: "BRICS", fullName: "BRICS", aliases: ["BRICS+", "BRICS Plus"],
            members: members(["BR", "RU", "IN", "CN"], since: "2009-06-16")
                + [
                    m("ZA", .member, "2010-12-24"), m("EG", .member, "2024-01-01"), m("ET", .member, "2024-01-01"),
                    m("IR", .member, "2024-01-01"), m("AE", .member, "2024-01-01"), m("ID", .member, "2025-01-06"),
                ]
                + ["BY", "BO", "KZ", "CU", "MY", "TH", "UG", "UZ"].map { m($0, .dialoguePartner, "2025-01-01") }
                + [m("NG", .partner, "2025-01-17")]),
        Organization(
            name: "OTS", fullName: "Organization of Turkic States",
            aliases: [
                "Organization of Turkic States", "Organisation of Turkic States", "Turkic States", "Turkic Council",
                "Cooperation Council of Turkic Speaking States",
            ],
            members: members(["AZ", "KZ", "KG", "TR"], since: "2009-10-03")
                + [m("UZ", .member, "2019-10-15"), m("HU", .observer, "2018-09-03"), m("TM", .observer, "2021-11-12")]),
        Organization(
            name: "CICA", fullName: "Conference on Interaction and Confidence-Building Measures in Asia",
            aliases: ["Conference on Interaction and Confidence-Building Measures in Asia"],
            members: members([
                "AF", "AZ", "BD", "BH", "KH", "CN", "EG", "IN", "IR", "IQ", "IL", "JO", "KZ", "KW", "KG",
                "MN", "PK", "PS", "QA", "KR", "RU", "LK", "TJ", "TH", "TR", "TM", "AE", "UZ", "VN",
            ])),
        Organization(
            name: "ECO", fullName: "Economic Cooperation Organization",
            aliases: ["Economic Cooperation Organization", "Economic Cooperation Organisation"],
            members: members(["IR", "PK", "TR"], since: "1985")
                + members(["AF", "AZ", "KZ", "KG", "TJ", "TM", "UZ"], since: "1992-11-28")),
        Organization(
            name: "CAREC", fullName: "Central Asia Regional Economic Cooperation Program",
            aliases: [
                "Central Asia Regional Economic Cooperation", "Central Asia Regional Economic Cooperation Program",
            ],
            members: members(["AF", "AZ", "CN", "GE", "KZ", "KG", "MN", "PK", "TJ", "TM", "UZ"])),
        Organization(
            name: "C5+1", fullName: "C5+1 (Central Asia and the United States)",
            aliases: ["C5 + 1", "C5 plus 1", "C5+US", "C5+USA", "C5 plus One"],
            members: centralAsiaPlus("US", since: "2015-11-01")),
        Organization(
            name: "C5+China", fullName: "China–Central Asia",
            aliases: ["C5+China", "China-Central Asia Summit", "China–Central Asia Summit"],
            members: centralAsiaPlus("CN", since: "2020-07-16")),
        Organization(
            name: "Central Asia–Russia", fullName: "Russia–Central Asia",
            aliases: ["C5+Russia", "Central Asia-Russia", "Russia-Central Asia Summit", "Russia–Central Asia Summit"],
            members: centralAsiaPlus("RU", since: "2022-10-14")),
        Organization(
            name: "C5+Japan", fullName: "Central Asia plus Japan Dialogue",
            aliases: ["C5+Japan", "Central Asia plus Japan", "Central Asia + Japan"],
            members: centralAsiaPlus("JP", since: "2004-08-28")),
        Organization(
            name: "C5+Korea", fullName: "Korea–Central Asia Cooperation Forum",
            aliases: ["C5+Korea", "Korea-Central Asia Cooperation Forum"], members: centralAsiaPlus("KR", since: "2007")
        ),
        Organization(
            name: "C5+India", fullName: "India–Central Asia Summit",
            aliases: ["C5+India", "India-Central Asia Summit", "India-Central Asia Dialogue"],
            members: centralAsiaPlus("IN", since: "2019-01-13")),
        Organization(
            name: "C5+Germany", fullName: "Central Asia–Germany format", aliases: ["C5+Germany", "Z5+1"],
            members: centralAsiaPlus("DE", since: "2023-09-29")),
        Organization(
            name: "C5+EU", fullName: "EU–Central Asia Summit", aliases: ["C5+EU", "EU-Central Asia Summit"],
            members: members(["KZ", "KG", "TJ", "TM", "UZ"], since: "2022-10-27")),
        Organization(
            name: "EU", fullName: "European Union", aliases: ["European Union"],
            members: members([
                "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
                "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            ])),
        // 193 members: not listed. Its conferences and Security Council count as the UN.
        Organization(
            name: "UN", fullName: "United Nations",
            aliases: ["United Nations", "U.N.", "COP", "UN Security Council", "UNSC"]),
        // Every UN member; named on its own, as the press names its sessions.
        Organization(
            name: "UNGA", fullName: "United Nations General Assembly",
            aliases: ["UN General Assembly", "U.N. General Assembly", "General Assembly of the United Nations"]),
        // 57 participating States: only Central Asia and the largest partners are listed.
        Organization(
            name: "OSCE", fullName: "Organization for Security and Co-operation in Europe",
            aliases: [
                "Organization for Security and Co-operation in Europe",
                "Organization for Security and Cooperation in Europe",
            ],
            members: members(["KZ", "KG", "TJ", "TM", "UZ"], since: "1992-01-30")
                + members(["RU", "US", "GB", "DE", "FR", "TR", "AZ", "AM", "GE", "MN"])),
        Organization(
            name: "NATO", fullName: "North Atlantic Treaty Organization",
            aliases: ["North Atlantic Treaty Organization"],
            members: members([
                "AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT",
                "LV", "LT", "LU", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
                "TR", "GB", "US",
            ])),
        // 57 members: only Central Asia and Azerbaijan, Türkiye, Iran and the Gulf are listed.
        Organization(
            name: "OIC", fullName: "Organisation of Islamic Cooperation",
            aliases: ["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation"],
            members: members(["KZ", "KG", "TJ", "TM", "UZ", "AZ", "TR", "IR", "SA", "AE", "QA", "KW", "BH", "OM"])),
        Organization(
            name: "Arab League", fullName: "League of Arab States", aliases: ["League of Arab States"],
            members: members([
                "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA",
                "SA", "SO", "SD", "SY", "TN", "AE", "YE",
            ])),
        Organization(
            name: "GCC", fullName: "Gulf Cooperation Council", aliases: ["Gulf Cooperation Council"],
            members: members(["BH", "KW", "OM", "QA", "SA", "AE"], since: "1981-05-25")),
        Organization(
            name: "ASEAN", fullName: "Association of Southeast Asian Nations",
            aliases: ["Association of Southeast Asian Nations"],
            members: members(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"])),
        Organization(
            name: "G7", fullName: "Group of Seven", aliases: ["Group of Seven"],
            members: members(["CA", "FR", "DE", "IT", "JP", "GB", "US"])),
        Organization(name: "G20", fullName: "Group of Twenty", aliases: ["Group of Twenty"]),
        // Shareholders are not listed for the lenders below.
        Organization(
            name: "EBRD", fullName: "European Bank for Reconstruction and Development",
            aliases: ["European Bank for Reconstruction and Development"]),
        Organization(name: "ADB", fullName: "Asian Development Bank", aliases: ["Asian Development Bank"]),
        Organization(
            name: "AIIB", fullName: "Asian Infrastructure Investment Bank",
            aliases: ["Asian Infrastructure Investment Bank"]),
        Organization(name: "World Bank", fullName: "World Bank Group", aliases: ["World Bank Group"]),
        Organization(name: "IsDB", fullName: "Islamic Development Bank", aliases: ["Islamic Development Bank"]),
        Organization(name: "IMF", fullName: "International Monetary Fund", aliases: ["International Monetary Fund"]),
        Organization(name: "WTO", fullName: "World Trade Organization", aliases: ["World Trade Organization"]),
        Organization(
            name: "OPEC", fullName: "Organization of the Petroleum Exporting Countries",
            aliases: ["OPEC+", "Organization of the Petroleum Exporting Countries"]),
    ]
}
