package io.gloss.detect;

import static io.gloss.detect.Detections.detect;
import static io.gloss.detect.Detections.found;
import static io.gloss.detect.MatchReason.ABBREVIATION_UNSUPPORTED;
import static io.gloss.detect.MatchReason.ABBREVIATION_WITH_FULL_NAME;
import static io.gloss.detect.MatchReason.ABBREVIATION_WITH_TRIGGER;
import static io.gloss.detect.MatchReason.FORMER_NAME;
import static io.gloss.detect.MatchReason.NAME;
import static io.gloss.detect.MatchReason.NAME_IN_LOWER_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Russian passages written for these tests; names come inflected, in quotes, and with ё or without. */
class RussianPassagesTest {

    @Test
    void theGenitiveOfIslamicStateIsAMention() {
        Detection detection = detect("По данным Минобороны, боевики «Исламского государства» атаковали колонну "
                + "к востоку от Пальмиры.", "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("isis", "Исламского государства", NAME));
    }

    @Test
    void theInstrumentalOfAlQaedaIsAMention() {
        Detection detection = detect("Эксперты связывают нападение с «Аль-Каидой», хотя сама она ответственность "
                + "не взяла.", "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface)
                .containsExactly(found("al-qaeda", "Аль-Каидой"));
    }

    @Test
    void theGenitiveOfTalibanIsAMention() {
        Detection detection = detect("Представители Талибана провели в Дохе переговоры с делегацией Узбекистана.",
                "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface)
                .containsExactly(found("taliban", "Талибана"));
    }

    @Test
    void theGenitiveOfImaratKavkazIsAMention() {
        Detection detection = detect("Суд признал подсудимого участником «Имарата Кавказ» и приговорил его "
                + "к двенадцати годам колонии.", "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface)
                .containsExactly(found("caucasus-emirate", "Имарата Кавказ"));
    }

    @Test
    void aNameFoundWithOrWithoutYo() {
        Detection detection = detect("Секта «Аум Синрике» запрещена в России с 2016 года; в приговоре её "
                + "называют «Аум Синрикё».", "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface)
                .containsExactly(
                        found("aum-shinrikyo", "Аум Синрике"),
                        found("aum-shinrikyo", "Аум Синрикё"));
    }

    @Test
    void anyKindOfQuotesAroundANameIsLeftOutOfTheMention() {
        Detection detection = detect("Лидер „Талибана“ встретился с делегацией «ХАМАС», а позже — "
                + "с представителями \"Братьев-мусульман\".", "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface)
                .containsExactly(
                        found("taliban", "Талибана"),
                        found("hamas", "ХАМАС"),
                        found("muslim-brotherhood", "Братьев-мусульман"));
    }

    /** The span ends with the last word, so the closing quote stays outside, as after any other name. */
    @Test
    void theLongerAliasWinsOverTheNameInside() {
        Detection detection = detect("Москва поддерживает контакты с движением «Талибан» с 2018 года.", "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::name)
                .containsExactly(tuple("taliban", "движением «Талибан", "движение «Талибан»"));
    }

    @Test
    void aFormerNameIsReportedAsOne() {
        Detection detection = detect("В 2016 году «Джабхат ан-Нусра» сменила название на «Джабхат Фатх аш-Шам».",
                "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(
                        found("jabhat-al-nusra", "Джабхат ан-Нусра", NAME),
                        found("hts", "Джабхат Фатх аш-Шам", FORMER_NAME));
    }

    @Test
    void anAbbreviationCountsAfterTheFullName() {
        Detection detection = detect("Террористическая группировка «Исламское государство» (ИГ) взяла на себя "
                + "ответственность за взрыв. В заявлении ИГ говорится, что смертник был местным жителем.", "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(
                        found("isis", "Исламское государство", NAME),
                        found("isis", "ИГ", ABBREVIATION_WITH_FULL_NAME),
                        found("isis", "ИГ", ABBREVIATION_WITH_FULL_NAME));
    }

    @Test
    void anAbbreviationCountsNextToAnInflectedTriggerWord() {
        Detection detection = detect("Ночью боевики ИГИЛ обстреляли блокпост. Представители группировки ХТШ "
                + "заявили, что не причастны к нападению.", "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(
                        found("isis", "ИГИЛ", ABBREVIATION_WITH_TRIGGER),
                        found("hts", "ХТШ", ABBREVIATION_WITH_TRIGGER));
    }

    @Test
    void theLegalLabelAfterAnAbbreviationSupportsIt() {
        Detection detection = detect("Суд арестовал двоих сторонников ИГИЛ (запрещена в РФ). По данным следствия, "
                + "они вербовали студентов. ИГ взяло на себя ответственность за взрыв.", "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(
                        found("isis", "ИГИЛ", ABBREVIATION_WITH_TRIGGER),
                        found("isis", "ИГ", ABBREVIATION_WITH_TRIGGER));
    }

    @Test
    void anAbbreviationWithoutSupportIsLeftForAnEditor() {
        Detection detection = detect("На этой неделе ХТШ открыла в Идлибе новый пункт пропуска для торговцев.",
                "ru");

        assertThat(detection.mentions()).isEmpty();
        assertThat(detection.review()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("hts", "ХТШ", ABBREVIATION_UNSUPPORTED));
    }

    @Test
    void aGenericIslamicStateInLowerCaseIsLeftForAnEditor() {
        Detection detection = detect("Подсудимые, по версии следствия, хотели построить на Северном Кавказе "
                + "исламское государство.", "ru");

        assertThat(detection.mentions()).isEmpty();
        assertThat(detection.review()).extracting(Mention::organization, Mention::reason)
                .containsExactly(tuple("isis", NAME_IN_LOWER_CASE));
    }

    @Test
    void aRussianTextMayNameAGroupInLatinLetters() {
        Detection detection = detect("Группировка Hayat Tahrir al-Sham контролирует северо-запад Сирии.", "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface)
                .containsExactly(found("hts", "Hayat Tahrir al-Sham"));
    }
}
