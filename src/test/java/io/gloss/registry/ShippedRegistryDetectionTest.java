package io.gloss.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.detect.DetectableOrganization;
import io.gloss.detect.Detection;
import io.gloss.detect.Detector;
import io.gloss.detect.Mention;

/**
 * The detector with the registry Gloss ships: the forms the issue names must be found as the right
 * organisation, and look-alikes and ordinary words must not. Plain JUnit, no server.
 */
class ShippedRegistryDetectionTest {

    private static Detector detector;

    @BeforeAll
    static void compileTheShippedRegistry() throws IOException {
        ShippedRegistry.Release release = ShippedRegistry.read(new ObjectMapper().findAndRegisterModules());
        List<DetectableOrganization> organizations = new ArrayList<>();
        release.organizations().forEach((slug, entry) ->
                organizations.add(new DetectableOrganization(slug, entry.names(), entry.lookAlikes())));
        detector = Detector.compile(organizations);
    }

    @ParameterizedTest(name = "{0} [{1}] names {2} as \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Groups allied with Daesh and Tahrir al-Sham attacked.                      | en | isis            | Daesh
            Groups allied with Daesh and Tahrir al-Sham attacked.                      | en | hts             | Tahrir al-Sham
            HTS, formerly known as the al-Nusra Front, controls the city.              | en | jabhat-al-nusra | al-Nusra Front
            Fighters of the al Nusra Front withdrew.                                    | en | jabhat-al-nusra | al Nusra Front
            Jabhat an-Nusra claimed responsibility.                                     | en | jabhat-al-nusra | Jabhat an-Nusra
            The Islamic State group claimed the attack.                                 | en | isis            | Islamic State group
            ISIS militants attacked the village.                                        | en | isis            | ISIS
            The Taliban took Kabul in 2021.                                             | en | taliban         | Taliban
            Al-Qaeda in the Islamic Maghreb kidnapped two tourists.                    | en | aqim            | Al-Qaeda in the Islamic Maghreb
            Боевики «Исламского государства» атаковали позиции армии.                  | ru | isis            | Исламского государства
            Группировка связана с «Аль-Каидой», считают эксперты.                      | ru | al-qaeda        | Аль-Каидой
            Представители Талибана встретились с делегацией.                          | ru | taliban         | Талибана
            Лидер «Имарата Кавказ» был ликвидирован.                                   | ru | caucasus-emirate | Имарата Кавказ
            Боевики ИГИЛ обстреляли позиции.                                            | ru | isis            | ИГИЛ
            Сторонники «Хизб ут-Тахрир» задержаны в Казани.                            | ru | hizb-ut-tahrir  | Хизб ут-Тахрир
            Члены «Правого сектора» провели акцию.                                      | ru | right-sector    | Правого сектора
            Хайят Тахрир аш-Шам контролирует Идлиб.                                    | ru | hts             | Хайят Тахрир аш-Шам
            Игиловцы взяли на себя ответственность.                                    | ru | isis            | Игиловцы
            Талибы заняли Кабул.                                                        | ru | taliban         | Талибы
            Азовцы сдались в плен.                                                      | ru | azov            | Азовцы
            Hizbollah fighters crossed the border.                                      | en | hezbollah       | Hizbollah
            Hezb'allah fired rockets.                                                   | en | hezbollah       | Hezb'allah
            Die Hisbollah feuerte Raketen ab.                                           | de | hezbollah       | Hisbollah
            Le groupe a rejoint Daech en 2015.                                          | fr | isis            | Daech
            L'État islamique a revendiqué l'attentat.                                   | fr | isis            | État islamique
            Fighters loyal to al-Qa'ida withdrew.                                       | en | al-qaeda        | al-Qa'ida
            Угруповання «Ісламська держава» взяло на себе відповідальність.             | uk | isis            | Угруповання «Ісламська держава
            The minister shared the clip on Instagram.                                  | en | instagram       | Instagram
            «Свидетели Иеговы» провели собрание.                                        | ru | jehovahs-witnesses | Свидетели Иеговы
            Фонд борьбы с коррупцией опубликовал расследование.                         | ru | fbk             | Фонд борьбы с коррупцией
            He quoted the report: «Боевики Исламского государства отступили».           | en | isis            | Исламского государства
            Бойцы легиона «Свобода России» вошли в село.                                | ru | freedom-of-russia-legion | легиона «Свобода России
            """)
    void namedFormIsFoundAsTheRightOrganisation(String text, String language, String organization, String surface) {
        Detection detection = detector.detect(text, language);

        assertThat(detection.mentions()).as(detection.toString())
                .anySatisfy(mention -> {
                    assertThat(mention.organization()).isEqualTo(organization);
                    assertThat(mention.surface()).isEqualTo(surface);
                    assertThat(text.codePoints().skip(mention.start()).limit(mention.end() - mention.start())
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                            .isEqualTo(surface);
                });
    }

    @ParameterizedTest(name = "nothing in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rowers trained on the river Isis before dawn.                                       | en
            Researchers at the ISIS Neutron and Muon Source measured the sample.                | en
            Al-Shabab FC beat Al-Hilal 2-1 in the Saudi league.                                 | en
            This is what it is: the council is to vote on Tuesday.                              | en
            The Egyptian goddess Isis was worshipped for centuries.                             | en
            Командир «вилаята Кавказ» объявил о присяге.                                        | ru
            Погода в Москве на выходные: дожди и ветер.                                         | ru
            Fighting continued in the countryside near Hama.                                    | en
            Шторм на Азовском море оставил без света два района.                                | ru
            Kash Patel testified before the Senate committee.                                   | en
            The ruling party wants to create an Islamic state, the opposition says.            | en
            """)
    void lookAlikesAndOrdinaryWordsAreNoMentions(String text, String language) {
        Detection detection = detector.detect(text, language);

        assertThat(detection.mentions()).as(detection.toString()).isEmpty();
    }

    @ParameterizedTest(name = "weak: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials said IS claimed the attack.   | en | isis | IS
            Эксперты связывают нападение с ИГ.      | ru | isis | ИГ
            """)
    void unsupportedAbbreviationGoesToReview(String text, String language, String organization, String surface) {
        Detection detection = detector.detect(text, language);

        assertThat(detection.mentions()).as(detection.toString()).isEmpty();
        assertThat(detection.review()).extracting(Mention::organization, Mention::surface)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(organization, surface));
    }
}
