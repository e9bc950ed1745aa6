import Testing

@testable import CentralAsiaKit

/// Russian forms derived by rule, with the spelling rules after velars and sibilants.
@Suite struct RussianFormsTests {
    @Test(arguments: [
        (
            RussianForms.adjective("государственн"),
            "государственный государственного государственному государственным государственном государственная "
                + "государственной государственную государственное государственные государственных государственными"
        ),
        (
            RussianForms.adjective("рабоч"),
            "рабочий рабочего рабочему рабочим рабочем рабочая рабочей рабочую рабочее рабочие рабочих рабочими"
        ),
        (RussianForms.masculine("визит"), "визит визита визиту визитом визите визиты визитов визитам визитами визитах"),
        (RussianForms.feminine("поездк"), "поездка поездки поездке поездку поездкой поездкам поездками поездках"),
        (RussianForms.feminine("столиц"), "столица столицы столице столицу столицей столицам столицами столицах"),
        (
            RussianForms.neuter("заседани"),
            "заседание заседания заседанию заседанием заседании заседаний заседаниям заседаниями заседаниях"
        ),
        (RussianForms.feminineIa("сесси"), "сессия сессии сессию сессией сессий сессиям сессиями сессиях"),
        (RussianForms.past("прибы"), "прибыл прибыла прибыли прибыло"),
        (RussianForms.reflexivePast("встрети"), "встретился встретилась встретились встретилось"),
    ])
    func derivesEveryForm(forms: [String], expected: String) {
        #expect(forms.joined(separator: " ") == expected)
    }
}
