package io.gloss.detect;

import static io.gloss.detect.NameKind.ABBREVIATION;
import static io.gloss.detect.NameKind.ALIAS;
import static io.gloss.detect.NameKind.FORMER_NAME;
import static io.gloss.detect.NameKind.PRIMARY;

import java.util.List;

/** A small registry written for the tests, after the starter registry's organisations. */
final class TestRegistry {

    static final List<DetectableOrganization> ORGANIZATIONS = List.of(
            new DetectableOrganization("isis", List.of(
                    en(PRIMARY, "Islamic State"),
                    en(ALIAS, "Islamic State group"),
                    en(ALIAS, "Islamic State of Iraq and the Levant"),
                    en(ALIAS, "Islamic State of Iraq and Syria"),
                    en(ALIAS, "Daesh"),
                    en(ALIAS, "Da'esh"),
                    en(ABBREVIATION, "IS"),
                    en(ABBREVIATION, "ISIS"),
                    en(ABBREVIATION, "ISIL"),
                    en(FORMER_NAME, "al-Qaeda in Iraq"),
                    ru(PRIMARY, "Исламское государство"),
                    ru(ALIAS, "Исламское государство Ирака и Леванта"),
                    ru(ALIAS, "ДАИШ"),
                    ru(ABBREVIATION, "ИГ"),
                    ru(ABBREVIATION, "ИГИЛ")),
                    List.of(
                            new LookAlike("en", "ISIS Neutron and Muon Source"),
                            new LookAlike("en", "ISIS neutron source"),
                            new LookAlike("en", "river Isis"),
                            new LookAlike("en", "Isis river"))),
            new DetectableOrganization("jabhat-al-nusra", List.of(
                    en(PRIMARY, "Jabhat al-Nusra"),
                    en(ALIAS, "al-Nusra Front"),
                    en(ALIAS, "al-Nusra"),
                    en(ALIAS, "al-Nusrah Front"),
                    ru(PRIMARY, "Джебхат ан-Нусра"),
                    ru(ALIAS, "Джабхат ан-Нусра"),
                    ru(ALIAS, "Фронт ан-Нусра")),
                    List.of()),
            new DetectableOrganization("hts", List.of(
                    en(PRIMARY, "Hayat Tahrir al-Sham"),
                    en(ALIAS, "Hay'at Tahrir al-Sham"),
                    en(ABBREVIATION, "HTS"),
                    en(FORMER_NAME, "Jabhat Fateh al-Sham"),
                    ru(PRIMARY, "Хайят Тахрир аш-Шам"),
                    ru(ALIAS, "Хайат Тахрир аш-Шам"),
                    ru(ABBREVIATION, "ХТШ"),
                    ru(FORMER_NAME, "Джабхат Фатх аш-Шам")),
                    List.of()),
            new DetectableOrganization("al-qaeda", List.of(
                    en(PRIMARY, "al-Qaeda"),
                    en(ALIAS, "al-Qaida"),
                    en(ALIAS, "al-Qa'ida"),
                    ru(PRIMARY, "Аль-Каида"),
                    ru(ALIAS, "Аль-Каеда")),
                    List.of()),
            new DetectableOrganization("taliban", List.of(
                    en(PRIMARY, "Taliban"),
                    en(ALIAS, "Taleban"),
                    en(ALIAS, "Islamic Emirate of Afghanistan"),
                    ru(PRIMARY, "Талибан"),
                    ru(ALIAS, "движение «Талибан»")),
                    List.of()),
            new DetectableOrganization("caucasus-emirate", List.of(
                    en(PRIMARY, "Caucasus Emirate"),
                    en(ALIAS, "Imarat Kavkaz"),
                    ru(PRIMARY, "Имарат Кавказ"),
                    ru(ALIAS, "Кавказский эмират")),
                    List.of(
                            new LookAlike("ru", "вилаят Кавказ"),
                            new LookAlike("ru", "вилайят Кавказ"),
                            new LookAlike("en", "Wilayat Kavkaz"))),
            new DetectableOrganization("al-shabaab", List.of(
                    en(PRIMARY, "al-Shabaab"),
                    en(ALIAS, "al-Shabab"),
                    en(ALIAS, "Harakat al-Shabaab al-Mujahideen"),
                    ru(PRIMARY, "Аш-Шабаб"),
                    ru(ALIAS, "Харакат аш-Шабаб аль-Муджахидин")),
                    List.of(
                            new LookAlike("en", "Al-Shabab FC"),
                            new LookAlike("en", "Al-Shabab Football Club"),
                            new LookAlike("ru", "ФК «Аш-Шабаб»"),
                            new LookAlike("ru", "футбольный клуб «Аш-Шабаб»"))),
            new DetectableOrganization("hamas", List.of(
                    en(PRIMARY, "Hamas"),
                    en(ALIAS, "Islamic Resistance Movement"),
                    ru(PRIMARY, "ХАМАС"),
                    ru(ALIAS, "Исламское движение сопротивления")),
                    List.of()),
            new DetectableOrganization("muslim-brotherhood", List.of(
                    en(PRIMARY, "Muslim Brotherhood"),
                    ru(PRIMARY, "Братья-мусульмане"),
                    ru(ALIAS, "Братья мусульмане")),
                    List.of()),
            new DetectableOrganization("aum-shinrikyo", List.of(
                    en(PRIMARY, "Aum Shinrikyo"),
                    ru(PRIMARY, "Аум Синрикё")),
                    List.of()));

    static final Detector DETECTOR = Detector.compile(ORGANIZATIONS);

    private TestRegistry() {
    }

    private static OrganizationName en(NameKind kind, String value) {
        return new OrganizationName("en", kind, value);
    }

    private static OrganizationName ru(NameKind kind, String value) {
        return new OrganizationName("ru", kind, value);
    }
}
