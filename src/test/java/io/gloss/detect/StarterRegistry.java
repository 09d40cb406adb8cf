package io.gloss.detect;

import static io.gloss.detect.NameKind.ABBREVIATION;
import static io.gloss.detect.NameKind.ALIAS;
import static io.gloss.detect.NameKind.PRIMARY;

import java.util.List;

/**
 * The 15 organisations of the starter registry with their names as listed there; case-sensitive short
 * aliases and other all-capitals short names become abbreviations. For the benchmark, which should pay
 * for the real registry's phrases, weak ones ("The Base", "База") included.
 */
final class StarterRegistry {

    static final List<DetectableOrganization> ORGANIZATIONS = List.of(
            new DetectableOrganization("isis", List.of(
                    name("en", PRIMARY, "Islamic State"),
                    name("en", ALIAS, "Islamic State group"),
                    name("en", ABBREVIATION, "ISIS"),
                    name("en", ABBREVIATION, "ISIL"),
                    name("en", ABBREVIATION, "IS"),
                    name("en", ALIAS, "Daesh"),
                    name("en", ALIAS, "Da'esh"),
                    name("en", ALIAS, "Islamic State of Iraq and the Levant"),
                    name("en", ALIAS, "Islamic State of Iraq and Syria"),
                    name("en", ALIAS, "al-Qaida in Iraq"),
                    name("ru", PRIMARY, "Исламское государство"),
                    name("ru", ABBREVIATION, "ИГ"),
                    name("ru", ABBREVIATION, "ИГИЛ"),
                    name("ru", ABBREVIATION, "ДАИШ"),
                    name("ru", ALIAS, "Исламское государство Ирака и Леванта"),
                    name("ru", ALIAS, "Исламское государство Ирака и Сирии")),
                    List.of()),
            new DetectableOrganization("isis-k", List.of(
                    name("en", PRIMARY, "ISIS-K"),
                    name("en", ABBREVIATION, "ISKP"),
                    name("en", ALIAS, "IS-K"),
                    name("en", ALIAS, "ISIL-K"),
                    name("en", ALIAS, "Islamic State Khorasan"),
                    name("en", ALIAS, "Wilayat Khorasan"),
                    name("ru", PRIMARY, "ИГИЛ-Хорасан"),
                    name("ru", ALIAS, "ИГ-Хорасан"),
                    name("ru", ALIAS, "Вилаят Хорасан"),
                    name("ru", ALIAS, "Исламское государство - Хорасан")),
                    List.of()),
            new DetectableOrganization("al-qaeda", List.of(
                    name("en", PRIMARY, "al-Qaeda"),
                    name("en", ALIAS, "al-Qaida"),
                    name("en", ALIAS, "Al Qaeda"),
                    name("en", ALIAS, "al-Qa'ida"),
                    name("en", ALIAS, "The Base"),
                    name("ru", PRIMARY, "Аль-Каида"),
                    name("ru", ALIAS, "Аль-Каеда"),
                    name("ru", ALIAS, "База")),
                    List.of()),
            new DetectableOrganization("jabhat-al-nusra", List.of(
                    name("en", PRIMARY, "Jabhat al-Nusra"),
                    name("en", ALIAS, "al-Nusra Front"),
                    name("en", ALIAS, "Nusra Front"),
                    name("en", ALIAS, "al-Nusrah Front"),
                    name("en", ALIAS, "Jabhat Fath al-Sham"),
                    name("en", ALIAS, "Jabhat Fateh al-Sham"),
                    name("ru", PRIMARY, "Джебхат ан-Нусра"),
                    name("ru", ALIAS, "Джабхат ан-Нусра"),
                    name("ru", ALIAS, "Фронт ан-Нусра"),
                    name("ru", ALIAS, "Джабхат Фатх аш-Шам")),
                    List.of()),
            new DetectableOrganization("hts", List.of(
                    name("en", PRIMARY, "Hayat Tahrir al-Sham"),
                    name("en", ALIAS, "Hay'at Tahrir al-Sham"),
                    name("en", ALIAS, "Tahrir al-Sham"),
                    name("en", ABBREVIATION, "HTS"),
                    name("ru", PRIMARY, "Хайят Тахрир аш-Шам"),
                    name("ru", ALIAS, "Хайат Тахрир аш-Шам"),
                    name("ru", ALIAS, "Тахрир аш-Шам"),
                    name("ru", ABBREVIATION, "ХТШ")),
                    List.of()),
            new DetectableOrganization("taliban", List.of(
                    name("en", PRIMARY, "Taliban"),
                    name("en", ALIAS, "Taleban"),
                    name("en", ALIAS, "Islamic Emirate of Afghanistan"),
                    name("ru", PRIMARY, "Талибан"),
                    name("ru", ALIAS, "движение «Талибан»"),
                    name("ru", ALIAS, "Движение талибов")),
                    List.of()),
            new DetectableOrganization("hamas", List.of(
                    name("en", PRIMARY, "Hamas"),
                    name("en", ALIAS, "HAMAS"),
                    name("en", ALIAS, "Islamic Resistance Movement"),
                    name("en", ALIAS, "Izz al-Din al-Qassam Brigades"),
                    name("ru", PRIMARY, "ХАМАС"),
                    name("ru", ALIAS, "Хамас"),
                    name("ru", ALIAS, "Исламское движение сопротивления")),
                    List.of()),
            new DetectableOrganization("hezbollah", List.of(
                    name("en", PRIMARY, "Hezbollah"),
                    name("en", ALIAS, "Hizballah"),
                    name("en", ALIAS, "Hizbollah"),
                    name("en", ALIAS, "Hizbullah"),
                    name("en", ALIAS, "Party of God"),
                    name("ru", PRIMARY, "Хезболла"),
                    name("ru", ALIAS, "Хизбалла"),
                    name("ru", ALIAS, "Хизбулла")),
                    List.of()),
            new DetectableOrganization("muslim-brotherhood", List.of(
                    name("en", PRIMARY, "Muslim Brotherhood"),
                    name("en", ALIAS, "al-Ikhwan al-Muslimun"),
                    name("ru", PRIMARY, "Братья-мусульмане"),
                    name("ru", ALIAS, "Братья мусульмане"),
                    name("ru", ALIAS, "Аль-Ихван аль-Муслимун")),
                    List.of()),
            new DetectableOrganization("hizb-ut-tahrir", List.of(
                    name("en", PRIMARY, "Hizb ut-Tahrir"),
                    name("en", ALIAS, "Hizb ut-Tahrir al-Islami"),
                    name("en", ALIAS, "Party of Islamic Liberation"),
                    name("ru", PRIMARY, "Хизб ут-Тахрир"),
                    name("ru", ALIAS, "Хизб ут-Тахрир аль-Ислами"),
                    name("ru", ALIAS, "Партия исламского освобождения")),
                    List.of()),
            new DetectableOrganization("caucasus-emirate", List.of(
                    name("en", PRIMARY, "Caucasus Emirate"),
                    name("en", ALIAS, "Imarat Kavkaz"),
                    name("ru", PRIMARY, "Имарат Кавказ"),
                    name("ru", ALIAS, "Кавказский эмират")),
                    List.of(
                    new LookAlike("und", "вилаят Кавказ"))),
            new DetectableOrganization("al-shabaab", List.of(
                    name("en", PRIMARY, "al-Shabaab"),
                    name("en", ALIAS, "al-Shabab"),
                    name("en", ALIAS, "Harakat al-Shabaab al-Mujahideen"),
                    name("en", ABBREVIATION, "HSM"),
                    name("ru", PRIMARY, "Аш-Шабаб"),
                    name("ru", ALIAS, "Харакат аш-Шабаб аль-Муджахидин")),
                    List.of(
                    new LookAlike("und", "Al-Shabab FC"))),
            new DetectableOrganization("lashkar-e-taiba", List.of(
                    name("en", PRIMARY, "Lashkar-e-Taiba"),
                    name("en", ALIAS, "Lashkar-e-Tayyiba"),
                    name("en", ABBREVIATION, "LeT"),
                    name("en", ALIAS, "Jamaat-ud-Dawa"),
                    name("ru", PRIMARY, "Лашкар-И-Тайба"),
                    name("ru", ALIAS, "Лашкар-е-Тайба")),
                    List.of()),
            new DetectableOrganization("aqim", List.of(
                    name("en", PRIMARY, "Al-Qaeda in the Islamic Maghreb"),
                    name("en", ABBREVIATION, "AQIM"),
                    name("ru", PRIMARY, "«Аль-Каида» в странах исламского Магриба"),
                    name("ru", ABBREVIATION, "АКИМ")),
                    List.of()),
            new DetectableOrganization("right-sector", List.of(
                    name("en", PRIMARY, "Right Sector"),
                    name("en", ALIAS, "Pravyi Sektor"),
                    name("ru", PRIMARY, "Правый сектор"),
                    name("uk", PRIMARY, "Правий сектор")),
                    List.of()));

    private StarterRegistry() {
    }

    private static OrganizationName name(String language, NameKind kind, String value) {
        return new OrganizationName(language, kind, value);
    }
}
