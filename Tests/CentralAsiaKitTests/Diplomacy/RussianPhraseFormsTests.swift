import Testing

@testable import CentralAsiaKit

/// Russian forms derived by rule, with the spelling rules after velars and sibilants.
@Suite struct RussianPhraseFormsTests {
    @Test(arguments: [
        (
            RussianPhraseForms.adjective("государственн"),
            "государственный государственного государственному государственным государственном государственная "
                + "государственной государственную государственное государственные государственных государственными"
        ),
        (
            RussianPhraseForms.adjective("рабоч"),
            "рабочий рабочего рабочему рабочим рабочем рабочая рабочей рабочую рабочее рабочие рабочих рабочими"
        ),
        (
            RussianPhraseForms.masculine("визит"),
            "визит визита визиту визитом визите визиты визитов визитам визитами визитах"
        ),
        (RussianPhraseForms.feminine("поездк"), "поездка поездки поездке поездку поездкой поездкам поездками поездках"),
        (RussianPhraseForms.feminine("столиц"), "столица столицы столице столицу столицей столицам столицами столицах"),
        (
            RussianPhraseForms.neuter("заседани"),
            "заседание заседания заседанию заседанием заседании заседаний заседаниям заседаниями заседаниях"
        ),
        (RussianPhraseForms.feminineIa("сесси"), "сессия сессии сессию сессией сессий сессиям сессиями сессиях"),
        (RussianPhraseForms.past("прибы"), "прибыл прибыла прибыли прибыло"),
        (RussianPhraseForms.reflexivePast("встрети"), "встретился встретилась встретились встретилось"),
    ])
    func derivesEveryForm(forms: [String], expected: String) {
        #expect(forms.joined(separator: " ") == expected)
    }
}
